import type { IncomingMessage, ServerResponse } from 'node:http';
import { Kafka, logLevel as KafkaLogLevel } from 'kafkajs';
import { topicMap, type EventName } from '@vitrine/contracts';
import { createEventCodec, createRegistryClient, ensureTopics, type EventCodec } from '@vitrine/events';
import { createLogger, createStageMetrics, startHealthServer, type Logger, type StageMetrics } from '@vitrine/observability';
import { defaultBackoff } from './backoff';
import type { StreamConfig } from './config';
import { createStageRunner, type StageRunner } from './stage-runner';
import type { StageHandler } from './types';

export interface StageDefinition<E extends EventName> {
  stage: string;
  /** e.g. "preprocessor@0.1.0" */
  producer: string;
  inputs: readonly E[];
  outputs: readonly EventName[];
  defaultMode: 'per-message' | 'batch';
  handler: (deps: { codec: EventCodec; log: Logger }) => StageHandler<E>;
  readyChecks?: () => string[];
}

export interface RunningStage {
  runner: StageRunner;
  codec: EventCodec;
  kafka: Kafka;
  log: Logger;
  metrics: StageMetrics;
  httpPort: number;
  stop(): Promise<void>;
}

export function kafkaClient(clientId: string, brokers: readonly string[], log?: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers: [...brokers],
    logLevel: KafkaLogLevel.WARN,
    retry: { retries: 8, initialRetryTime: 200 },
    // Route kafkajs' own logs through pino so every line is JSON.
    logCreator: () => ({ level, log: entry }) => {
      if (!log) return;
      const { message, ...rest } = entry;
      if (level <= KafkaLogLevel.ERROR) log.error({ kafkajs: rest }, message);
      else if (level === KafkaLogLevel.WARN) log.warn({ kafkajs: rest }, message);
    },
  });
}

/**
 * Composition helper for a stage service's main.ts: Kafka client, registry codec, topics (with DLQs), the runner,
 * /healthz /readyz /metrics, and graceful shutdown on SIGTERM/SIGINT.
 */
export interface StageServiceOptions {
  handleSignals?: boolean;
  /** Other HTTP routes on the probe port (e.g. the search indexer's /v1/search); /healthz, /readyz, /metrics win. */
  http?: (req: IncomingMessage, res: ServerResponse) => void;
}

export async function startStageService<E extends EventName>(def: StageDefinition<E>, cfg: StreamConfig, opts: StageServiceOptions = {}): Promise<RunningStage> {
  const log = createLogger(def.stage, cfg.logLevel);
  const metrics = createStageMetrics(undefined, { defaultMetrics: true });
  const kafka = kafkaClient(`vitrine-${def.stage}`, cfg.brokers, log);
  const topics = topicMap(cfg.topicPrefix);
  const codec = createEventCodec(createRegistryClient(cfg.schemaRegistryUrl), topics);

  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(admin, [...new Set([...def.inputs, ...def.outputs])].map((e) => ({ topic: topics.topic(e), partitions: cfg.topicPartitions, withDlq: def.inputs.includes(e as E) })));
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
  const health = await startHealthServer({ port: cfg.httpPort, registry: metrics.registry, live: runner.live, ready: runner.readiness, handle: opts.http });
  await runner.start();

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      log.info('shutting down: finishing the in-flight batch');
      await runner.stop();
      await health.close();
      log.info('stopped');
    })());
  if (opts.handleSignals !== false) {
    for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => void stop().then(() => process.exit(0)));
    runner.stopped.catch(() => health.close().finally(() => process.exit(2)));
  }
  return { runner, codec, kafka, log, metrics, httpPort: health.port, stop };
}
