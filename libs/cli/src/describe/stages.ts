import { join } from 'node:path';
import type { Logger } from 'pino';
import { createFsBlobStore, type BlobStore } from '@vitrine/blobstore';
import type { DescriptionModerated } from '@vitrine/contracts';
import type { EmbeddedPipelineOptions } from '@vitrine/pipeline';
import type { DescribeOptions } from './options';

export interface EmbeddedStages {
  definitions: EmbeddedPipelineOptions['stages'];
  /** The run's blob store (OUT/blobs): uploads and derivatives, content-addressed. */
  blobs: BlobStore;
  /** Whether the publisher publishes this moderation (else the product is held for review). */
  publishes(m: DescriptionModerated): boolean;
  close(): Promise<void>;
}

/**
 * The five stages of `vitrine describe`, each built by its own service's config parser and compose function, with
 * in-process adapters: the filesystem blob store under OUT/blobs (shared by every stage) and one in-memory
 * near-duplicate index shared by the preprocessor (lookup) and the describer (store). The services' other
 * environment variables apply as they do in the services (MT, OCR_*, ORT_*, MODERATION_* …).
 */
export async function composeEmbeddedStages(opts: DescribeOptions, env: Record<string, string | undefined>, log: Logger): Promise<EmbeddedStages> {
  // The services are imported here, not at the top, so `vitrine --help` and the other commands stay light.
  const [pre, descCompose, descConfig, tr, mod, pub] = await Promise.all([
    import('@vitrine/svc/preprocessor'),
    import('@vitrine/svc/describer'),
    import('@vitrine/svc/describer'),
    import('@vitrine/svc/translator'),
    import('@vitrine/svc/moderator'),
    import('@vitrine/svc/publisher'),
  ]);
  const desc = { ...descCompose, ...descConfig };

  const blobDir = join(opts.out, 'blobs');
  const blobs = createFsBlobStore(blobDir, { fsync: false });
  const serviceEnv: Record<string, string | undefined> = {
    ...env,
    BLOB_STORE_DIR: blobDir,
    DESCRIBER: opts.describer,
    ...(opts.vlmUrl ? { VLM_URL: opts.vlmUrl } : {}),
    ...(opts.vlmModel ? { VLM_MODEL: opts.vlmModel } : {}),
    NEARDUP_CACHE: 'memory',
    NEARDUP_INDEX: 'memory',
  };
  const describerConfig = desc.parseDescriberConfig(serviceEnv);
  // The preprocessor checks the cache for, and pins its events to, the describer's model version: they must agree,
  // or the describer skips every image as belonging to another version.
  serviceEnv.MODEL_VERSION = describerConfig.modelVersion;
  // NEARDUP_INDEX=memory: the preprocessor builds an in-process index (with its configured thresholds), and the
  // describer stores into that same index.
  const preprocessor = pre.composePreprocessor(pre.parsePreprocessorConfig(serviceEnv), { blobStore: blobs, log });
  const describer = desc.composeDescriber(describerConfig, { blobStore: blobs, nearDupIndex: preprocessor.nearDupIndex, log });
  const translatorConfig = tr.parseTranslatorConfig(serviceEnv);
  const moderatorConfig = mod.parseModeratorConfig(serviceEnv);
  const publisher = pub.composePublisher(pub.parsePublisherConfig(serviceEnv));

  await describer.ocr.loaded;
  const notReady = describer.ports.modelReadiness();
  if (notReady.length) {
    await describer.close();
    throw new Error(`the describer's models are not ready: ${notReady.join('; ')}`);
  }

  return {
    definitions: [
      { definition: preprocessor.stage, options: { mode: 'per-message', concurrency: preprocessor.options.concurrency ?? 2 } },
      { definition: describer.stage, options: { mode: 'batch', maxBatchSize: opts.batch, concurrency: 1 } },
      { definition: tr.createTranslatorStage(tr.composeTranslator(translatorConfig), {}), options: { concurrency: 2 } },
      { definition: mod.createModeratorStage(mod.composeModerator(moderatorConfig), mod.moderatorStageOptions(moderatorConfig)), options: { concurrency: 2 } },
      { definition: pub.createPublisherStage(publisher) },
    ],
    blobs,
    publishes: (m) => m.verdict.status === 'approved',
    async close() {
      await Promise.allSettled([describer.close(), preprocessor.close()]);
    },
  };
}
