import { topicMap } from '@vitrine/contracts';
import { createEventCodec, createRegistryClient, ensureTopics } from '@vitrine/events';
import { createLogger, createStageMetrics, type Logger } from '@vitrine/observability';
import { createStageRunner, defaultBackoff, kafkaClient, type StageRunner } from '@vitrine/stream';
import { startSearchApi } from './adapters/http-api';
import type { SearchIndexerConfig } from './config';
import type { SearchIndexerPorts } from './ports';
import { createSearchIndexerStage } from './stage';

export interface RunningSearchIndexer {
  runner: StageRunner;
  httpPort: number;
  log: Logger;
  counts: Record<'indexed' | 'duplicate' | 'superseded', number>;
  stop(): Promise<void>;
}

/**
 * The stage runner (as startStageService wires it) plus the search API on the same HTTP port as the probes:
 * the indexer is both a consumer and a read service.
 */
export async function startSearchIndexer(config: SearchIndexerConfig, ports: SearchIndexerPorts): Promise<RunningSearchIndexer> {
  const cfg = config.stream;
  let storeError: string | undefined;
  const pingStore = () => ports.ping().then(() => (storeError = undefined), (e: Error) => (storeError = `PostgreSQL: ${e.message}`));
  await pingStore();
  const pinger = setInterval(pingStore, 5000);
  pinger.unref();

  const def = createSearchIndexerStage(ports, { concurrency: config.index.concurrency, storeReady: () => (storeError ? [storeError] : []) });
  const log = createLogger(def.stage, cfg.logLevel);
  const metrics = createStageMetrics(undefined, { defaultMetrics: true });
  const kafka = kafkaClient(`vitrine-${def.stage}`, cfg.brokers, log);
  const topics = topicMap(cfg.topicPrefix);
  const codec = createEventCodec(createRegistryClient(cfg.schemaRegistryUrl), topics);
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(admin, [{ topic: topics.topic('DescriptionPublished'), partitions: cfg.topicPartitions, withDlq: true }]);
  } finally {
    await admin.disconnect();
  }
  await codec.registerAll();

  const runner = createStageRunner({
    stage: def.stage,
    groupId: cfg.groupId ?? `vitrine.${def.stage}`,
    inputs: def.inputs,
    handler: def.handler({ codec, log }),
    kafka, codec, log, metrics,
    mode: cfg.mode ?? def.defaultMode,
    delivery: cfg.delivery,
    maxBatchSize: cfg.maxBatchSize,
    maxWaitMs: cfg.maxWaitMs,
    partitionsConsumedConcurrently: cfg.partitionsConsumedConcurrently,
    maxRecordAttempts: cfg.maxRecordAttempts,
    poisonCap: cfg.poisonCap,
    backoff: defaultBackoff,
    instanceId: cfg.instanceId,
    fromBeginning: cfg.fromBeginning,
    sessionTimeoutMs: cfg.sessionTimeoutMs,
    readyChecks: def.readyChecks,
  });
  const api = await startSearchApi({ port: cfg.httpPort, search: ports.search, registry: metrics.registry, live: runner.live, ready: runner.readiness });
  await runner.start();

  let stopping: Promise<void> | undefined;
  return {
    runner,
    httpPort: api.port,
    log,
    counts: def.counts,
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(pinger);
        await runner.stop();
        await api.close();
        await ports.close();
      })()),
  };
}
