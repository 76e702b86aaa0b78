import { parseArgs } from 'node:util';
import { createLogger } from '@vitrine/observability';
import { parseStreamConfig, startStageService, type StageDefinition } from '@vitrine/stream';
import { clusterEnv, clusterOptions } from '../cluster';

/** The five pipeline stages run by default; the read side and the intake API join with --only or --all. */
export const PIPELINE_SERVICES = ['preprocessor', 'describer', 'translator', 'moderator', 'publisher'] as const;
export const UP_SERVICES = [...PIPELINE_SERVICES, 'catalog', 'search-indexer', 'intake'] as const;
type ServiceName = (typeof UP_SERVICES)[number];

export const upHelp = `vitrine up [--only ${UP_SERVICES.join(',')}] [--all] [--brokers H:P,…] [--registry URL] [--topic-prefix P] [--http-port N]

Runs Vitrine's services in one process against Kafka and the schema registry, for development. Each is built by its
own service's config parser and compose function and started as its main.ts would start it, each stage with its own
consumer group (vitrine.<stage>); one signal handler stops them all (SIGINT / SIGTERM: every stage finishes its
in-flight batch and commits; exit status 2 when a stage stopped on a fatal error).

  default   the pipeline stages: ${PIPELINE_SERVICES.join(', ')}
  --all     also catalog (Redis read model + its API), search-indexer (PostgreSQL + GET /v1/search) and intake
            (POST /v1/images; needs INTAKE_API_KEYS)
  --only    exactly these services

Images enter through the intake API or \`vitrine publish-log\` of a describe run. Every service reads its settings
from the environment (README, "Configuration"); GROUP_ID is ignored here (each stage keeps its own group).
HTTP: each service on --http-port + i (i = its position in the list above) when --http-port is given, else on a
free port; the addresses are printed at start. When MODEL_VERSION is unset, the preprocessor and the describer both
use the describer's default, so that the preprocessor pins events to the version the describer runs.`;

interface Started {
  name: ServiceName;
  line: string;
  stopped: Promise<void>;
  stop(): Promise<void>;
}

export async function runUp(argv: string[], out: { write(s: string): unknown } = process.stdout): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...clusterOptions, only: { type: 'string' }, all: { type: 'boolean', default: false }, 'http-port': { type: 'string' } } });
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : values.all ? [...UP_SERVICES] : [...PIPELINE_SERVICES];
  const unknown = only.filter((s) => !UP_SERVICES.includes(s as ServiceName));
  if (unknown.length) throw new Error(`--only: unknown service(s) ${unknown.join(', ')}; choose from ${UP_SERVICES.join(', ')}`);
  const basePort = values['http-port'] === undefined ? undefined : Number(values['http-port']);
  if (basePort !== undefined && (!Number.isInteger(basePort) || basePort < 1 || basePort > 65535 - UP_SERVICES.length)) throw new Error(`--http-port must be a port number, got "${values['http-port']}"`);

  const env: Record<string, string | undefined> = { ...clusterEnv(values, process.env), GROUP_ID: undefined };
  if (env.MODEL_VERSION === undefined) {
    const { parseDescriberConfig } = await import('@vitrine/svc/describer');
    env.MODEL_VERSION = parseDescriberConfig(env).modelVersion;
  }

  const started: Started[] = [];
  const stopAll = async () => {
    for (const s of [...started].reverse()) await s.stop().catch(() => undefined);
  };
  try {
    for (const name of UP_SERVICES) {
      if (!only.includes(name)) continue;
      const port = basePort === undefined ? '0' : String(basePort + UP_SERVICES.indexOf(name));
      const s = await startService(name, { ...env, HTTP_PORT: port, CATALOG_API_PORT: env.CATALOG_API_PORT ?? '0' });
      started.push(s);
      out.write(`${name.padEnd(14)} ${s.line}\n`);
    }
  } catch (e) {
    await stopAll();
    throw e;
  }
  out.write(`${started.length} service(s) running; Ctrl-C stops them\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (code: number, why: string) => {
      if (stopping) return;
      stopping = true;
      out.write(`${why}: stopping every service (finishing in-flight batches)\n`);
      void stopAll().then(() => resolve(code));
    };
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => stop(0, sig));
    for (const s of started) s.stopped.catch((e: Error) => stop(2, `${s.name} stopped on a fatal error: ${e.message}`));
  });
}

/** What each service's main.ts does, minus reading process.env and installing signal handlers. */
async function startService(name: ServiceName, env: Record<string, string | undefined>): Promise<Started> {
  const log = createLogger(name, env.LOG_LEVEL ?? 'info');
  const stage = async (definition: StageDefinition<never>, close: () => Promise<void> = async () => {}): Promise<Started> => {
    const running = await startStageService(definition, parseStreamConfig(env), { handleSignals: false });
    return {
      name,
      line: `group vitrine.${definition.stage}, inputs ${definition.inputs.join(', ')}, http://127.0.0.1:${running.httpPort}/readyz`,
      stopped: running.runner.stopped,
      stop: async () => {
        await running.stop();
        await close();
      },
    };
  };
  switch (name) {
    case 'preprocessor': {
      const pre = await import('@vitrine/svc/preprocessor');
      const composed = pre.composePreprocessor(pre.parsePreprocessorConfig(env), { log });
      return stage(composed.stage as never, composed.close);
    }
    case 'describer': {
      const { composeDescriber } = await import('@vitrine/svc/describer');
      const { parseDescriberConfig } = await import('@vitrine/svc/describer');
      const composed = composeDescriber(parseDescriberConfig(env), { log });
      return stage(composed.stage as never, composed.close);
    }
    case 'translator': {
      const tr = await import('@vitrine/svc/translator');
      return stage(tr.createTranslatorStage(tr.composeTranslator(tr.parseTranslatorConfig(env))) as never);
    }
    case 'moderator': {
      const mod = await import('@vitrine/svc/moderator');
      const c = mod.parseModeratorConfig(env);
      return stage(mod.createModeratorStage(mod.composeModerator(c), mod.moderatorStageOptions(c)) as never);
    }
    case 'publisher': {
      const pub = await import('@vitrine/svc/publisher');
      return stage(pub.createPublisherStage(pub.composePublisher(pub.parsePublisherConfig(env))) as never);
    }
    case 'catalog': {
      const { CATALOG_STAGE, parseCatalogConfig, startCatalog } = await import('@vitrine/svc/catalog');
      const running = await startCatalog(parseCatalogConfig(env), log);
      return {
        name,
        line: `group vitrine.${CATALOG_STAGE}, inputs DescriptionPublished, http://127.0.0.1:${running.httpPort}/readyz, API http://127.0.0.1:${running.apiPort}/`,
        stopped: running.runner.stopped,
        stop: running.stop,
      };
    }
    case 'search-indexer': {
      const si = await import('@vitrine/svc/search-indexer');
      const { composeSearchIndexer } = await import('@vitrine/svc/search-indexer');
      const { parseSearchIndexerConfig } = await import('@vitrine/svc/search-indexer');
      const config = parseSearchIndexerConfig(env);
      const running = await si.startSearchIndexer(config, await composeSearchIndexer(config));
      return { name, line: `group vitrine.search-indexer, GET http://127.0.0.1:${running.httpPort}/v1/search`, stopped: running.runner.stopped, stop: running.stop };
    }
    case 'intake': {
      const { composeIntake, parseIntakeConfig } = await import('@vitrine/svc/intake');
      const { app, close } = await composeIntake(parseIntakeConfig(env), { log });
      const server = await app.listen(Number(env.HTTP_PORT ?? 0), env.HTTP_HOST ?? '127.0.0.1');
      return { name, line: `POST http://127.0.0.1:${server.port}/v1/images`, stopped: new Promise(() => {}), stop: async () => (await server.close(), await close()) };
    }
  }
}
