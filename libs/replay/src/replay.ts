import { randomUUID } from 'node:crypto';
import { dlqTopic, topicMap, type ImageUploaded } from '@vitrine/contracts';
import { createEventCodec, createRegistryClient, ensureTopics } from '@vitrine/events';
import { destination, pino } from 'pino';
import { createStageMetrics, type Logger } from '@vitrine/observability';
import { committedOffsets, createStageRunner, defaultBackoff, dlqHeaders, kafkaClient, topicRanges } from '@vitrine/stream';
import { emptyCounts, progressLine, type ReplayCounts } from './domain/progress';
import { selects, type ReplaySelection } from './domain/selection';
import { createReplayHandler } from './replay-handler';
import { scanTopic } from './scan';
import { composeReplayStages, type ReplayStages } from './stages';

export interface ReplayOptions {
  modelVersion: string;
  selection: ReplaySelection;
  dryRun: boolean;
  brokers: readonly string[];
  registryUrl: string;
  topicPrefix: string;
  topicPartitions: number;
  /** Default `<topicPrefix>vitrine.replay.<modelVersion>`: re-running the same replay resumes where it stopped. */
  groupId?: string;
  /** The environment the preprocessor and describer are configured from (BLOB_STORE_DIR, REDIS_URL, DESCRIBER …). */
  env: Record<string, string | undefined>;
  maxBatchSize?: number;
  maxRecordAttempts?: number;
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Called with a progress line every `progressEveryMs` and once at the end. */
  onProgress?: (line: string) => void;
  progressEveryMs?: number;
  /** Test seam: stages built elsewhere (still the services' own handlers). */
  stages?: ReplayStages;
}

export interface ReplayReport {
  modelVersion: string;
  groupId: string;
  dryRun: boolean;
  counts: ReplayCounts;
  elapsedMs: number;
}

/** The replay's consumer group: bound to the model version, so each upgrade replays once and resumes after a crash. */
export const replayGroupId = (topicPrefix: string, modelVersion: string): string => `${topicPrefix}vitrine.replay.${modelVersion}`;

/**
 * Replays the selected uploads under a new model version (shared/DESIGN.md "The model"): reads ImageUploaded from the
 * beginning up to the end offsets taken at start, in the consumer group `vitrine.replay.<version>`, and runs each
 * selected upload through the preprocessor and describer pinned to that version. The near-duplicate cache misses
 * (it is keyed by model version); the outputs go to the real topics, so the translator, moderator, publisher,
 * catalog and indexers process them like any other; the old version's events stay in the log. Uploads that arrive
 * after the start are live traffic and are left to the running services.
 */
export async function runReplay(o: ReplayOptions): Promise<ReplayReport> {
  if (!o.modelVersion.trim()) throw new RangeError('--model-version is required');
  const started = Date.now();
  // A command's own output owns stdout (--json); its logs go to stderr, JSON lines as every service's.
  const log: Logger = pino({ name: 'replay', level: o.logLevel ?? 'warn', base: { service: 'replay' }, timestamp: pino.stdTimeFunctions.isoTime }, destination(2));
  const kafka = kafkaClient('vitrine-replay', o.brokers, log);
  const topics = topicMap(o.topicPrefix);
  const topic = topics.topic('ImageUploaded');
  const codec = createEventCodec(createRegistryClient(o.registryUrl), topics);
  const groupId = o.groupId ?? replayGroupId(o.topicPrefix, o.modelVersion);
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) throw new Error(`topic ${topic} does not exist: nothing was ever uploaded under TOPIC_PREFIX "${o.topicPrefix}"`);
    const ranges = await topicRanges(admin, topic);
    const endOffsets = new Map(ranges.map((r) => [r.partition, r.high] as const));

    if (o.dryRun) {
      const counts = emptyCounts(ranges.reduce((n, r) => n + Number(r.high - r.low), 0));
      const products = new Set<string>();
      await scanTopic(
        kafka,
        topic,
        ranges,
        async (_partition, message) => {
          counts.read++;
          if (!message.value) return;
          const upload = (await codec.decode('ImageUploaded', message.value)) as ImageUploaded;
          if (!selects(upload, o.selection)) return;
          counts.selected++;
          products.add(upload.productId);
        },
        `vitrine.replay.dry-run.${randomUUID()}`,
      );
      counts.products = products.size;
      o.onProgress?.(progressLine(`${o.modelVersion} (dry run)`, counts, Date.now() - started));
      return { modelVersion: o.modelVersion, groupId, dryRun: true, counts, elapsedMs: Date.now() - started };
    }

    // Resume: start counting from what this group already committed.
    const committed = await committedOffsets(admin, groupId, topic);
    const from = new Map(ranges.map((r) => [r.partition, committed.get(r.partition) ?? r.low] as const));
    const remaining = () => ranges.filter((r) => r.high > (from.get(r.partition) ?? r.low));
    const counts = emptyCounts(ranges.reduce((n, r) => n + Math.max(0, Number(r.high - (from.get(r.partition) ?? r.low))), 0));
    if (remaining().length === 0) {
      o.onProgress?.(progressLine(o.modelVersion, counts, Date.now() - started));
      return { modelVersion: o.modelVersion, groupId, dryRun: false, counts, elapsedMs: Date.now() - started };
    }

    await ensureTopics(admin, (['ImageUploaded', 'ImagePreprocessed', 'DescriptionGenerated'] as const).map((e) => ({ topic: topics.topic(e), partitions: o.topicPartitions, withDlq: e === 'ImageUploaded' })));
    const dlq = dlqTopic(topic);
    const stage = `replay.${o.modelVersion}`;
    const dlqAtStart = await topicRanges(admin, dlq);
    await codec.registerAll();
    const stages = o.stages ?? (await composeReplayStages(o.env, o.modelVersion, { codec, log }));
    const seen = new Map<number, bigint>();
    const maxRecordAttempts = o.maxRecordAttempts ?? 3;
    const handler = createReplayHandler(stages.preprocess, stages.describe, { selection: o.selection, endOffsets, maxRecordAttempts, counts, seen, products: new Set() });
    const runner = createStageRunner({
      stage,
      groupId,
      inputs: ['ImageUploaded'],
      handler,
      kafka, codec, log,
      metrics: createStageMetrics(undefined, { defaultMetrics: false }),
      mode: 'batch',
      delivery: 'at-least-once',
      maxBatchSize: o.maxBatchSize ?? 32,
      maxWaitMs: 50,
      partitionsConsumedConcurrently: Math.max(1, ranges.length),
      maxRecordAttempts,
      poisonCap: 100,
      backoff: defaultBackoff,
      instanceId: `replay-${process.pid}`,
      fromBeginning: true,
      sessionTimeoutMs: 30_000,
      readyChecks: stages.readiness,
    });

    const readNow = () => ranges.reduce((n, r) => {
      const s = seen.get(r.partition);
      const start = from.get(r.partition) ?? r.low;
      return n + (s === undefined ? 0 : Math.max(0, Math.min(Number(r.high - start), Number(s + 1n - start))));
    }, 0);
    const ticker = setInterval(() => {
      counts.read = readNow();
      o.onProgress?.(progressLine(o.modelVersion, counts, Date.now() - started));
    }, o.progressEveryMs ?? 1000);
    try {
      await runner.start();
      // Done when the group's committed offsets reach the end offsets taken at start on every partition. (ImageUploaded
      // is written without transactions — intake, publish-log — so no transaction marker sits at the end of the range.)
      for (;;) {
        await Promise.race([runner.stopped, new Promise((r) => setTimeout(r, 500))]);
        const c = await committedOffsets(admin, groupId, topic);
        if (ranges.every((r) => r.high <= r.low || (c.get(r.partition) ?? -1n) >= r.high)) break;
      }
    } finally {
      clearInterval(ticker);
      await runner.stop();
      if (!o.stages) await stages.close();
    }
    await runner.stopped; // rethrows a fatal stop (e.g. the poison cap)
    counts.read = counts.total;
    // Exact dead-letter count: what this replay's stage wrote to the DLQ during the run (the handler cannot see an
    // output the runner refuses, e.g. one that breaks its schema).
    const dlqNow = new Map((await topicRanges(admin, dlq)).map((r) => [r.partition, r.high] as const));
    let dead = 0;
    await scanTopic(kafka, dlq, dlqAtStart.map((r) => ({ partition: r.partition, low: r.high, high: dlqNow.get(r.partition) ?? r.high })), async (_p, m) => {
      if (m.headers?.[dlqHeaders.stage]?.toString() === stage) dead++;
    }, `vitrine.replay.dlq-count.${randomUUID()}`);
    counts.deadLettered = dead;
    o.onProgress?.(progressLine(o.modelVersion, counts, Date.now() - started));
    return { modelVersion: o.modelVersion, groupId, dryRun: false, counts, elapsedMs: Date.now() - started };
  } finally {
    await admin.disconnect();
  }
}
