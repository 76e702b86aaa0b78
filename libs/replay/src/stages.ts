import { createHash } from 'node:crypto';
import type { Logger } from '@vitrine/observability';
import type { EventCodec } from '@vitrine/events';
import type { StageHandler } from '@vitrine/stream';

export interface ReplayStages {
  preprocess: StageHandler<'ImageUploaded'>;
  describe: StageHandler<'ImagePreprocessed'>;
  modelId: string;
  readiness(): string[];
  close(): Promise<void>;
}

/**
 * The preprocessor and describer exactly as their services build them (each service's config parser and compose
 * function over the same environment), with MODEL_VERSION forced to the replay's version, sharing one
 * near-duplicate index (Redis by default) so the describer's new descriptions are found by later look-ups of the
 * same version. The services are imported here, lazily, so the CLI's other commands stay light.
 */
export async function composeReplayStages(env: Record<string, string | undefined>, modelVersion: string, deps: { codec: EventCodec; log: Logger }): Promise<ReplayStages> {
  const [pre, desc] = await Promise.all([import('@vitrine/svc/preprocessor'), import('@vitrine/svc/describer')]);
  const serviceEnv = { ...env, MODEL_VERSION: modelVersion };
  const preprocessor = pre.composePreprocessor(pre.parsePreprocessorConfig(serviceEnv), { log: deps.log });
  const describerConfig = desc.parseDescriberConfig(serviceEnv);
  const describer = desc.composeDescriber(describerConfig, { nearDupIndex: preprocessor.nearDupIndex, log: deps.log });
  await describer.ocr.loaded.catch(() => undefined);
  const notReady = describer.ports.modelReadiness();
  if (notReady.length) {
    await Promise.allSettled([describer.close(), preprocessor.close()]);
    throw new Error(`the describer's models are not ready: ${notReady.join('; ')}`);
  }
  // A replay is a reproducible re-run: with a model server, greedy decoding and a seed fixed by the version (the
  // offline describer is deterministic anyway).
  const replaySeed = createHash('sha256').update(modelVersion).digest().readUInt32BE(0) & 0x7fffffff;
  const describeStage = desc.createDescriberStage(describer.ports, { ...describer.options, sampling: { temperature: 0, seed: replaySeed } });
  return {
    preprocess: preprocessor.stage.handler(deps),
    describe: describeStage.handler(deps),
    modelId: describerConfig.modelId,
    readiness: () => [...(preprocessor.stage.readyChecks?.() ?? []), ...(describeStage.readyChecks?.() ?? [])],
    async close() {
      await Promise.allSettled([describer.close(), preprocessor.close()]);
    },
  };
}
