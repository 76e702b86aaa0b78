import { createHash } from 'node:crypto';
import { topicMap, type EventName, type EventTypes } from '@vitrine/contracts';
import type { Logger } from '@vitrine/observability';
import { backoffDelay, isPoison, type BackoffPolicy, type InputRecord, type OutputEvent, type RecordOutcome, type StageDefinition, type StageHandler } from '@vitrine/stream';
import { createOfflineCodec, schemaViolations } from './offline-codec';

/** How one stage runs embedded; defaults follow the stage's own `defaultMode`. */
export interface EmbeddedStageOptions {
  mode?: 'per-message' | 'batch';
  /** Records per handler call in batch mode. */
  maxBatchSize?: number;
  /** Handler calls in flight at once for this stage (records of one product are never in two calls at once). */
  concurrency?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyStage = StageDefinition<any>;

export interface EmbeddedPipelineOptions {
  stages: Array<AnyStage | { definition: AnyStage; options?: EmbeddedStageOptions }>;
  log: Logger;
  /** Used only to name the synthetic topics on InputRecords (and DLQ-like failure reports). */
  topicPrefix?: string;
  /** Synthetic partitions per topic: records are placed by a hash of the productId, as Kafka keys them. */
  partitions?: number;
  /** Attempts for a record whose outcome is `retry` before it fails with reason `retries_exhausted`. */
  maxRecordAttempts?: number;
  /**
   * Attempts for a batch whose handler throws (a dependency is down). The service runner retries such a batch for as
   * long as it takes; a one-shot command cannot wait forever, so after this many attempts its records fail with reason
   * `unavailable` (reported, never dropped).
   */
  maxBatchAttempts?: number;
  backoff?: BackoffPolicy;
  /** Clock for HandlerContext.now; injected so tests are deterministic. */
  now?: () => number;
  /** Called for every event, inputs and outputs alike, in the order they enter the pipeline. */
  onEvent?: (e: RecordedEvent) => void;
  /** Called for every record that could not be processed (what the service would dead-letter). */
  onFailure?: (f: PipelineFailure) => void;
  /** Called after every handler call, for progress reporting. */
  onProgress?: (p: { stage: string; records: number }) => void;
}

export interface RecordedEvent<E extends EventName = EventName> {
  /** Order in which the event entered the pipeline, from 0. */
  seq: number;
  event: E;
  value: EventTypes[E];
  /** The stage that emitted it, or null for an event published from outside (e.g. ImageUploaded). */
  emittedBy: string | null;
  topic: string;
  partition: number;
  offset: string;
}

export interface PipelineFailure {
  stage: string;
  event: EventName;
  productId: string;
  value: unknown;
  topic: string;
  partition: number;
  offset: string;
  /** Same vocabulary as the DLQ header vitrine.dlq.reason: poison reasons, retries_exhausted, output_schema_violation, unavailable. */
  reason: string;
  error: Error;
  attempts: number;
}

export interface EmbeddedPipeline {
  /** Feeds events in (as if published to their topics); they are recorded and routed to the stages that consume them. */
  publish(events: OutputEvent[]): void;
  /** Resolves once every queue is empty and no handler is running: the pipeline is quiescent. */
  idle(): Promise<void>;
  readonly events: readonly RecordedEvent[];
  readonly failures: readonly PipelineFailure[];
  /** Records waiting or in flight, per stage. */
  pending(): Record<string, number>;
}

interface Lane {
  def: AnyStage;
  handler: StageHandler;
  mode: 'per-message' | 'batch';
  maxBatchSize: number;
  concurrency: number;
  queue: InputRecord[];
  inFlight: number;
  /** Product ids in a handler call right now: their next records wait, so each product stays in order. */
  busyKeys: Set<string>;
}

const quickBackoff: BackoffPolicy = Object.freeze({ initialMs: 20, maxMs: 1000, factor: 2 });

/**
 * Runs StageDefinitions in one process with no Kafka: the same handlers the services run, routed by event name.
 * Each output event goes to every stage whose `inputs` include it, as an InputRecord with a synthetic topic,
 * partition (hash of the productId) and offset; outcomes are applied as the Kafka runner applies them (poison and
 * exhausted retries become failures with their reason, an output that violates its schema poisons its input), until
 * nothing is left to do. Every event is recorded, in order.
 */
export function createEmbeddedPipeline(o: EmbeddedPipelineOptions): EmbeddedPipeline {
  const topics = topicMap(o.topicPrefix ?? '');
  const partitions = o.partitions ?? 6;
  const maxRecordAttempts = o.maxRecordAttempts ?? 3;
  const maxBatchAttempts = o.maxBatchAttempts ?? 5;
  const backoff = o.backoff ?? quickBackoff;
  const now = o.now ?? Date.now;
  const codec = createOfflineCodec(topics);

  const lanes: Lane[] = o.stages.map((s) => {
    const def = 'definition' in s ? s.definition : s;
    const opts = 'definition' in s ? (s.options ?? {}) : {};
    const mode = opts.mode ?? def.defaultMode;
    return {
      def,
      handler: def.handler({ codec, log: o.log.child({ stage: def.stage }) }) as StageHandler,
      mode,
      maxBatchSize: mode === 'per-message' ? 1 : (opts.maxBatchSize ?? 16),
      concurrency: Math.max(1, opts.concurrency ?? 1),
      queue: [],
      inFlight: 0,
      busyKeys: new Set(),
    };
  });
  const names = new Set<string>();
  for (const l of lanes) {
    if (names.has(l.def.stage)) throw new Error(`stage "${l.def.stage}" is listed twice`);
    names.add(l.def.stage);
  }
  const consumers = new Map<EventName, Lane[]>();
  for (const l of lanes) for (const e of l.def.inputs as EventName[]) consumers.set(e, [...(consumers.get(e) ?? []), l]);

  const events: RecordedEvent[] = [];
  const failures: PipelineFailure[] = [];
  const offsets = new Map<string, number>();
  let working = 0; // handler calls in flight, plus backoff waits
  let waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];
  let crashed: unknown;

  const partitionOf = (key: string) => createHash('sha1').update(key).digest().readUInt32BE(0) % partitions;

  function record(out: OutputEvent, emittedBy: string | null): void {
    const topic = topics.topic(out.event);
    const partition = partitionOf(out.value.productId);
    const k = `${topic}/${partition}`;
    const offset = offsets.get(k) ?? 0;
    offsets.set(k, offset + 1);
    const rec: RecordedEvent = { seq: events.length, event: out.event, value: out.value, emittedBy, topic, partition, offset: String(offset) };
    events.push(rec);
    o.onEvent?.(rec);
    const input: InputRecord = {
      event: out.event, value: out.value, topic, partition, offset: rec.offset, key: out.value.productId,
      headers: { 'vitrine.event': out.event }, timestamp: String(now()),
    } as InputRecord;
    for (const lane of consumers.get(out.event) ?? []) lane.queue.push(input);
  }

  function fail(lane: Lane, r: InputRecord, error: Error, reason: string, attempts: number): void {
    const f: PipelineFailure = { stage: lane.def.stage, event: r.event, productId: r.value.productId, value: r.value, topic: r.topic, partition: r.partition, offset: r.offset, reason, error, attempts };
    failures.push(f);
    o.log.debug({ stage: f.stage, productId: f.productId, reason, err: error }, 'record failed');
    o.onFailure?.(f);
  }

  /** Takes the next batch: queue order, skipping products already in a call (they keep their order). */
  function take(lane: Lane): InputRecord[] {
    const batch: InputRecord[] = [];
    const keys = new Set<string>();
    for (let i = 0; i < lane.queue.length && batch.length < lane.maxBatchSize; ) {
      const r = lane.queue[i]!;
      const key = r.key ?? '';
      if (lane.busyKeys.has(key) || keys.has(key)) {
        i++;
        continue;
      }
      keys.add(key);
      batch.push(r);
      lane.queue.splice(i, 1);
    }
    for (const k of keys) lane.busyKeys.add(k);
    return batch;
  }

  async function runBatch(lane: Lane, batch: InputRecord[]): Promise<void> {
    const attempts = new Map<InputRecord, number>(batch.map((r) => [r, 1]));
    let pending = batch;
    let batchAttempt = 0;
    while (pending.length) {
      let results: RecordOutcome[];
      try {
        const attempt = Math.max(...pending.map((r) => attempts.get(r)!)) + batchAttempt;
        results = await lane.handler(pending, { now: now(), stage: lane.def.stage, attempt });
        if (results.length !== pending.length) throw new Error(`handler returned ${results.length} outcomes for ${pending.length} records`);
      } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        if (isPoison(err)) {
          // A thrown PoisonError poisons the batch it was thrown for (the Kafka runner would retry the batch; a
          // PoisonError never succeeds on retry, so fail it now).
          for (const r of pending) fail(lane, r, err, err.reason, attempts.get(r)!);
          return;
        }
        if (++batchAttempt >= maxBatchAttempts) {
          for (const r of pending) fail(lane, r, err, 'unavailable', batchAttempt);
          return;
        }
        o.log.warn({ stage: lane.def.stage, err, attempt: batchAttempt }, 'batch failed; retrying');
        await sleep(backoffDelay(batchAttempt, backoff));
        continue;
      }
      const retry: InputRecord[] = [];
      pending.forEach((r, i) => {
        const oc = results[i]!;
        if ('retry' in oc) {
          const n = attempts.get(r)! + 1;
          if (n > maxRecordAttempts) fail(lane, r, oc.retry, 'retries_exhausted', n - 1);
          else {
            attempts.set(r, n);
            retry.push(r);
          }
        } else if ('poison' in oc) {
          fail(lane, r, oc.poison, oc.reason ?? (isPoison(oc.poison) ? oc.poison.reason : 'poison'), attempts.get(r)!);
        } else {
          // Validate before emitting anything, as the Kafka runner encodes all of a record's outputs before sending.
          const bad = oc.outputs.map((out) => ({ out, paths: schemaViolations(out.event, out.value) })).find((x) => x.paths.length);
          if (bad) fail(lane, r, new Error(`${bad.out.event} does not match its schema at ${listPaths(bad.paths)}`), 'output_schema_violation', attempts.get(r)!);
          else for (const out of oc.outputs) record(out, lane.def.stage);
        }
      });
      pending = retry;
      if (pending.length) await sleep(backoffDelay(Math.max(...pending.map((r) => attempts.get(r)!)) - 2, backoff));
    }
  }

  function pump(): void {
    if (crashed) return;
    for (const lane of lanes) {
      while (lane.inFlight < lane.concurrency && lane.queue.length) {
        const batch = take(lane);
        if (!batch.length) break;
        lane.inFlight++;
        working++;
        void runBatch(lane, batch)
          .then(() => o.onProgress?.({ stage: lane.def.stage, records: batch.length }))
          .catch((e: unknown) => {
            crashed = e; // a bug in the runner itself (e.g. onEvent threw): stop and surface it
          })
          .finally(() => {
            lane.inFlight--;
            working--;
            for (const r of batch) lane.busyKeys.delete(r.key ?? '');
            pump();
          });
      }
    }
    settleIfIdle();
  }

  function settleIfIdle(): void {
    if (crashed) {
      const w = waiters;
      waiters = [];
      for (const x of w) x.reject(crashed);
      return;
    }
    if (working === 0 && lanes.every((l) => l.queue.length === 0)) {
      const w = waiters;
      waiters = [];
      for (const x of w) x.resolve();
    }
  }

  return {
    publish(evts) {
      for (const e of evts) {
        const bad = schemaViolations(e.event, e.value);
        if (bad.length) throw new Error(`${e.event} for product ${e.value.productId} does not match its schema at ${listPaths(bad)}`);
        record(e, null);
      }
      pump();
    },
    idle() {
      return new Promise<void>((resolve, reject) => {
        waiters.push({ resolve, reject });
        settleIfIdle();
      });
    },
    events,
    failures,
    pending: () => Object.fromEntries(lanes.map((l) => [l.def.stage, l.queue.length + l.busyKeys.size])),
  };
}

const listPaths = (paths: string[], max = 4) => (paths.length > max ? `${paths.slice(0, max).join(', ')} and ${paths.length - max} more` : paths.join(', '));

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
