import { parseArgs } from 'node:util';
import { createLogger } from '@vitrine/observability';
import { parseStreamConfig, startStageService, type RunningStage, type StageDefinition } from '@vitrine/stream';
import { clusterOptions } from '../cluster';

export const UP_SERVICES = ['preprocessor', 'describer', 'translator', 'moderator', 'publisher'] as const;
type ServiceName = (typeof UP_SERVICES)[number];

export const upHelp = `vitrine up [--only ${UP_SERVICES.join(',')}] [--brokers H:P,…] [--registry URL] [--topic-prefix P] [--http-port N]

Runs the stage services in one process against Kafka and the schema registry, for development: each stage is built
by its own service's config parser and compose function and started with its own consumer group
(vitrine.<stage>), exactly as its main.ts would, with one signal handler that stops them all (SIGINT / SIGTERM:
every stage finishes its in-flight batch and commits). Images enter through the intake API or
\`vitrine publish-log\` of a describe run.

Every service reads its settings from the environment (see the README's configuration table); GROUP_ID is ignored
here (each stage keeps its own group). Health and metrics: one HTTP server per stage, on --http-port + i
(i = 0 … in the order above) when --http-port is given, else on free ports, printed at start.
When MODEL_VERSION is unset, the preprocessor and the describer both use the describer's default, so that the
preprocessor pins events to the version the describer runs.`;

interface Started {
  name: ServiceName;
  running: RunningStage;
  close(): Promise<void>;
}

export async function runUp(argv: string[], out: { write(s: string): unknown } = process.stdout): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...clusterOptions, only: { type: 'string' }, 'http-port': { type: 'string' } } });
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : [...UP_SERVICES];
  const unknown = only.filter((s) => !UP_SERVICES.includes(s as ServiceName));
  if (unknown.length) throw new Error(`--only: unknown service(s) ${unknown.join(', ')}; choose from ${UP_SERVICES.join(', ')}`);
  const basePort = values['http-port'] === undefined ? undefined : Number(values['http-port']);
  if (basePort !== undefined && (!Number.isInteger(basePort) || basePort < 1 || basePort > 65535 - UP_SERVICES.length)) throw new Error(`--http-port must be a port number, got "${values['http-port']}"`);

  const env: Record<string, string | undefined> = {
    ...process.env,
    ...(values.brokers !== undefined && { KAFKA_BROKERS: values.brokers }),
    ...(values.registry !== undefined && { SCHEMA_REGISTRY_URL: values.registry }),
    ...(values['topic-prefix'] !== undefined && { TOPIC_PREFIX: values['topic-prefix'] }),
    GROUP_ID: undefined,
  };
  const started: Started[] = [];
  const stopAll = async () => {
    for (const s of [...started].reverse()) {
      await s.running.stop().catch(() => undefined);
      await s.close().catch(() => undefined);
    }
  };
  try {
    for (const name of UP_SERVICES) {
      if (!only.includes(name)) continue;
      const port = basePort === undefined ? '0' : String(basePort + UP_SERVICES.indexOf(name));
      const serviceEnv = { ...env, HTTP_PORT: port };
      const { definition, close } = await composeService(name, serviceEnv);
      const running = await startStageService(definition, parseStreamConfig(serviceEnv), { handleSignals: false });
      started.push({ name, running, close });
      out.write(`${name.padEnd(13)} started: group vitrine.${definition.stage}, inputs ${definition.inputs.join(', ')}, http://127.0.0.1:${running.httpPort}/readyz\n`);
    }
  } catch (e) {
    await stopAll();
    throw e;
  }
  out.write(`${started.length} stage(s) running; Ctrl-C stops them\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (code: number, why: string) => {
      if (stopping) return;
      stopping = true;
      out.write(`${why}: stopping every stage (finishing in-flight batches)\n`);
      void stopAll().then(() => resolve(code));
    };
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => stop(0, sig));
    for (const s of started) s.running.runner.stopped.catch((e: Error) => stop(2, `${s.name} stopped on a fatal error: ${e.message}`));
  });
}

/** Each service's own config parser and compose function: what its main.ts does, minus starting. */
async function composeService(name: ServiceName, env: Record<string, string | undefined>): Promise<{ definition: StageDefinition<never>; close(): Promise<void> }> {
  const log = createLogger(name, env.LOG_LEVEL ?? 'info');
  const none = async () => {};
  switch (name) {
    case 'preprocessor': {
      const pre = await import('../../../../services/preprocessor/src/index');
      const desc = await import('../../../../services/describer/src/config');
      const modelVersion = env.MODEL_VERSION ?? desc.parseDescriberConfig(env).modelVersion;
      const composed = pre.composePreprocessor(pre.parsePreprocessorConfig({ ...env, MODEL_VERSION: modelVersion }), { log });
      return { definition: composed.stage as never, close: async () => composed.close?.() };
    }
    case 'describer': {
      const { composeDescriber } = await import('../../../../services/describer/src/compose');
      const { parseDescriberConfig } = await import('../../../../services/describer/src/config');
      const composed = composeDescriber(parseDescriberConfig(env), { log });
      return { definition: composed.stage as never, close: composed.close };
    }
    case 'translator': {
      const tr = await import('../../../../services/translator/src/index');
      return { definition: tr.createTranslatorStage(tr.composeTranslator(tr.parseTranslatorConfig(env))) as never, close: none };
    }
    case 'moderator': {
      const mod = await import('../../../../services/moderator/src/index');
      const c = mod.parseModeratorConfig(env);
      return { definition: mod.createModeratorStage(mod.composeModerator(c), mod.moderatorStageOptions(c)) as never, close: none };
    }
    case 'publisher': {
      const pub = await import('../../../../services/publisher/src/index');
      const { ports, options } = pub.composePublisher(pub.parsePublisherConfig(env));
      return { definition: pub.createPublisherStage(ports, options) as never, close: none };
    }
  }
}
