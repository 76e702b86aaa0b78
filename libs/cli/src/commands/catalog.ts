import { parseArgs } from 'node:util';
import { createProgressReporter, createRedisCatalogStore, rebuildCatalog } from '@vitrine/catalog';
import { createLogger } from '@vitrine/observability';
import { clusterOptions, clusterUsage, connectCluster } from '../cluster';

export const catalogUsage = `vitrine catalog rebuild|status [--redis URL] [--key-prefix P] [--pin-model-version V] [--keep-old] ${clusterUsage}`;

export const catalogHelp = `${catalogUsage}

rebuild  Rebuilds the catalog read model from the start of the DescriptionPublished topic into a new Redis namespace
         (a new consumer group) while the current one keeps serving; when it has caught up with the end offsets
         taken at its start it switches the pointer <prefix>:current atomically, drains what the live projector
         wrote meanwhile, and deletes the old namespace (--keep-old keeps it for a rollback). Its state (namespace,
         group, target offsets, phase) lives in Redis: after a crash, run the command again and it resumes from its
         committed offsets. A progress bar with events/s and ETA on a terminal, a plain line every 2 s otherwise.
         --pin-model-version V: events of model version V win over newer versions in the new namespace.
status   Prints the serving namespace, its product count and any rebuild in progress.

Environment: REDIS_URL, CATALOG_KEY_PREFIX, CATALOG_PIN_MODEL_VERSION, KAFKA_BROKERS, SCHEMA_REGISTRY_URL,
TOPIC_PREFIX (flags win).`;

export async function runCatalog(argv: string[], out: { write(s: string): unknown; isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv, allowPositionals: true,
    options: { ...clusterOptions, redis: { type: 'string' }, 'key-prefix': { type: 'string' }, 'pin-model-version': { type: 'string' }, 'keep-old': { type: 'boolean' } },
  });
  const sub = positionals[0];
  if (sub !== 'rebuild' && sub !== 'status') throw new Error(`expected "rebuild" or "status"\n\n${catalogUsage}`);
  const store = createRedisCatalogStore(values.redis ?? env.REDIS_URL ?? 'redis://127.0.0.1:6379', values['key-prefix'] ?? env.CATALOG_KEY_PREFIX ?? 'vitrine:catalog');
  try {
    if (sub === 'status') {
      const [ns, state] = await Promise.all([store.currentNamespace(), store.getRebuild()]);
      out.write(`serving: ${ns ?? '(none)'}${ns ? `, ${await store.countProducts(ns)} product(s)` : ''}\n`);
      out.write(state ? `rebuild in progress: ${state.ns} (${state.phase}), group ${state.groupId}, started ${new Date(state.startedAt).toISOString()}\n` : 'no rebuild in progress\n');
      return 0;
    }
    const { kafka, codec } = connectCluster(values, env);
    await codec.registerAll();
    const pin = values['pin-model-version'] ?? env.CATALOG_PIN_MODEL_VERSION;
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const r = await rebuildCatalog({
        store, kafka, codec, log: createLogger('catalog-rebuild', env.LOG_LEVEL ?? 'warn'), policy: { pinnedModelVersion: pin || undefined },
        onProgress: createProgressReporter(out), keepOldNamespace: values['keep-old'] ?? false, signal: abort.signal,
      });
      out.write(`catalog rebuilt into ${r.ns}${r.resumed ? ' (resumed)' : ''}; it serves now${r.from ? ` (was ${r.from}${values['keep-old'] ? ', kept' : ', deleted'})` : ''}; ${r.events} event(s) in ${r.seconds.toFixed(1)} s${r.secondsToSwitch !== null ? ` (switched after ${r.secondsToSwitch.toFixed(1)} s)` : ''}\n`);
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  } finally {
    await store.close();
  }
}
