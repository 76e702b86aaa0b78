import type { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Message, Producer } from 'kafkajs';
import { dlqTopic, type EventName } from '@vitrine/contracts';
import { SchemaViolation, type EventCodec } from '@vitrine/events';
import type { Logger, Readiness, StageMetrics } from '@vitrine/observability';
import { backoffDelay, type BackoffPolicy } from './backoff';
import { deadLetterMessage } from './dlq';
import { isPoison, PoisonCapExceeded } from './errors';
import { MicroBatcher } from './micro-batcher';
import { PoisonCap } from './poison-cap';
import type { InputRecord, OutputEvent, RecordOutcome, StageHandler } from './types';

export interface StageOptions<E extends EventName> {
  /** Stage name: in logs, metrics, DLQ headers and derived transactional ids. */
  stage: string;
  groupId: string;
  inputs: readonly E[];
  handler: StageHandler<E>;
  kafka: Kafka;
  codec: EventCodec;
  log: Logger;
  metrics: StageMetrics;
  /** per-message: one handler call per message; batch: micro-batches across partitions. */
  mode: 'per-message' | 'batch';
  /** exactly-once: consume-transform-produce in Kafka transactions; at-least-once: idempotent producer, commit after ack. */
  delivery: 'at-least-once' | 'exactly-once';
  maxBatchSize: number;
  maxWaitMs: number;
  partitionsConsumedConcurrently: number;
  /** Attempts for a record whose outcome is `retry` before it is dead-lettered. */
  maxRecordAttempts: number;
  /** Consecutive poison messages tolerated before the stage stops. */
  poisonCap: number;
  backoff: BackoffPolicy;
  /** Stable per instance (pod name): the transactional id derives from it so a restarted instance fences its predecessor. */
  instanceId: string;
  fromBeginning: boolean;
  sessionTimeoutMs: number;
  /** Extra readiness (models loaded, circuit closed …). */
  readyChecks?: () => string[];
}

export interface StageRunner {
  start(): Promise<void>;
  /** Finishes the in-flight batch, commits, leaves the group. */
  stop(): Promise<void>;
  readiness(): Readiness;
  live(): boolean;
  /** Settles when the runner stops: resolves on stop(), rejects on a fatal error (e.g. the poison cap). */
  readonly stopped: Promise<void>;
}

interface Item {
  topic: string;
  partition: number;
  /** The group generation the message was fetched in; a rebalance since makes it stale. */
  generation: number;
  message: KafkaMessage;
  record?: InputRecord;
  decodeError?: Error;
}

class Stopping extends Error {}

/**
 * The group rebalanced since these messages were fetched: another member may own their partitions now. kafkajs has
 * no KIP-447 support (its TxnOffsetCommit carries no generation), so the broker would accept our offsets even after
 * we lost the partition; we fence on the client instead and leave the messages to their new owner.
 */
class StaleBatch extends Error {}

export function createStageRunner<E extends EventName>(o: StageOptions<E>): StageRunner {
  const eos = o.delivery === 'exactly-once';
  const consumer: Consumer = o.kafka.consumer({
    groupId: o.groupId,
    sessionTimeout: o.sessionTimeoutMs,
    heartbeatInterval: Math.max(500, Math.floor(o.sessionTimeoutMs / 10)),
    // read_committed: never act on the output of an aborted transaction upstream.
    readUncommitted: false,
    retry: { retries: 10 },
  });
  const producer: Producer = o.kafka.producer(
    eos
      ? { transactionalId: `${o.groupId}.${o.instanceId}`, idempotent: true, maxInFlightRequests: 1, transactionTimeout: 30_000 }
      : { idempotent: true, maxInFlightRequests: 1 },
  );
  const poisonCap = new PoisonCap(o.poisonCap);
  const inputTopics = o.inputs.map((e) => o.codec.topics.topic(e));
  let joined = false;
  let generation = 0;
  let running = false;
  let stopping = false;
  let fatal: Error | undefined;
  let blockedSince: number | undefined;
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const stopped = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  stopped.catch(() => undefined); // observed by the caller; never an unhandled rejection

  const labels = { stage: o.stage };

  // ---- the unit of work: handler (with retries) → poison cap → encode → produce (+ offsets) ----
  async function process(items: Item[]): Promise<void> {
    const started = performance.now();
    const fence = () => {
      if (items.some((it) => it.generation !== generation) || !joined) throw new StaleBatch('group rebalanced since fetch');
    };
    fence();
    const outcomes = new Map<Item, RecordOutcome>();
    const attempts = new Map<Item, number>();
    for (const it of items) if (it.decodeError) outcomes.set(it, { poison: it.decodeError, reason: 'undecodable' });

    let pending = items.filter((it) => it.record);
    let batchAttempt = 0;
    while (pending.length) {
      let results: RecordOutcome[];
      try {
        const attempt = 1 + Math.max(0, ...pending.map((it) => attempts.get(it) ?? 0));
        results = await o.handler(pending.map((it) => it.record!) as Array<InputRecord<E>>, { now: Date.now(), stage: o.stage, attempt });
        if (results.length !== pending.length) throw new Error(`handler returned ${results.length} outcomes for ${pending.length} records`);
        batchAttempt = 0;
        blockedSince = undefined;
      } catch (e) {
        // Transient for the whole batch: back off and try again, for as long as it takes; our partitions fetch
        // nothing meanwhile (their eachBatch calls are waiting on us), which is the backpressure.
        blockedSince ??= Date.now();
        o.metrics.retries.inc(labels);
        const delay = backoffDelay(batchAttempt++, o.backoff);
        o.log.warn({ err: e, attempt: batchAttempt, delayMs: delay, records: pending.length }, 'batch failed; retrying');
        await pause(delay);
        continue;
      }
      const retry: Item[] = [];
      pending.forEach((it, i) => {
        const r = results[i]!;
        if ('retry' in r) {
          const n = (attempts.get(it) ?? 1) + 1;
          attempts.set(it, n);
          if (n > o.maxRecordAttempts) outcomes.set(it, { poison: r.retry, reason: 'retries_exhausted' });
          else retry.push(it);
        } else outcomes.set(it, r);
      });
      pending = retry;
      if (pending.length) {
        o.metrics.retries.inc(labels, pending.length);
        await pause(backoffDelay(Math.max(...pending.map((it) => attempts.get(it)!)) - 2, o.backoff));
      }
    }

    // Encode outputs now: an output that violates its schema is this record's poison, not the batch's.
    const messages: Array<{ topic: string; message: Message }> = [];
    const perItem: Array<{ item: Item; poison?: { error: Error; reason: string }; out: Array<{ topic: string; message: Message }> }> = [];
    for (const it of items) {
      const oc = outcomes.get(it)!;
      if ('outputs' in oc) {
        try {
          perItem.push({ item: it, out: await Promise.all(oc.outputs.map(encodeOutput)) });
        } catch (e) {
          if (!(e instanceof SchemaViolation)) throw e;
          perItem.push({ item: it, poison: { error: e, reason: 'output_schema_violation' }, out: [] });
        }
      } else if ('poison' in oc) {
        perItem.push({ item: it, poison: { error: oc.poison, reason: oc.reason ?? (isPoison(oc.poison) ? oc.poison.reason : 'poison') }, out: [] });
      }
    }
    const commitCap = poisonCap.plan(perItem.map((p) => ({ poison: !!p.poison, error: p.poison?.error.message })));
    for (const p of perItem) {
      if (p.poison) {
        const it = p.item;
        o.log.error({ err: p.poison.error, topic: it.topic, partition: it.partition, offset: it.message.offset, reason: p.poison.reason }, 'dead-lettering message');
        messages.push({
          topic: dlqTopic(it.topic),
          message: deadLetterMessage({
            topic: it.topic, partition: it.partition, offset: it.message.offset, key: it.message.key, value: it.message.value,
            headers: it.message.headers, error: p.poison.error, reason: p.poison.reason, stage: o.stage,
            firstFailureAt: Date.now(), attempts: attempts.get(it) ?? 1,
          }),
        });
      } else messages.push(...p.out);
    }

    fence();
    await send(messages, items, fence);
    commitCap();
    o.metrics.batchSize.observe(labels, items.length);
    o.metrics.handlerSeconds.observe(labels, (performance.now() - started) / 1000);
    for (const m of messages) {
      if (m.topic.endsWith('.dlq')) o.metrics.deadLettered.inc({ ...labels, topic: m.topic, reason: String(m.message.headers?.['vitrine.dlq.reason'] ?? '') });
      else o.metrics.produced.inc({ ...labels, topic: m.topic });
    }
  }

  async function encodeOutput(out: OutputEvent): Promise<{ topic: string; message: Message }> {
    const topic = o.codec.topics.topic(out.event);
    const value = await o.codec.encode(out.event, out.value as never);
    return { topic, message: { key: out.value.productId, value, headers: { 'vitrine.event': out.event } } };
  }

  async function send(messages: Array<{ topic: string; message: Message }>, items: Item[], fence: () => void): Promise<void> {
    const topicMessages = groupByTopic(messages);
    if (!eos) {
      if (topicMessages.length) await producer.sendBatch({ topicMessages, acks: -1 });
      return;
    }
    const txn = await producer.transaction();
    try {
      if (topicMessages.length) await txn.sendBatch({ topicMessages, acks: -1 });
      await retryConcurrentTransactions(() => txn.sendOffsets({ consumerGroupId: o.groupId, topics: nextOffsets(items) }));
      fence();
      await txn.commit();
    } catch (e) {
      await txn.abort().catch((abortError: unknown) => o.log.warn({ err: abortError }, 'transaction abort failed'));
      throw e;
    }
  }

  // kafkajs issue #430: sendOffsets inside a transaction can answer CONCURRENT_TRANSACTIONS while the coordinator
  // is still completing the previous transaction; it is safe to retry.
  async function retryConcurrentTransactions(fn: () => Promise<void>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if ((e as { type?: string }).type !== 'CONCURRENT_TRANSACTIONS' || attempt >= 20) throw e;
        await pause(50 + backoffDelay(attempt, { initialMs: 50, maxMs: 1000, factor: 2 }));
      }
    }
  }

  async function pause(ms: number): Promise<void> {
    if (stopping) throw new Stopping('stopping');
    await new Promise((r) => setTimeout(r, ms));
    if (stopping) throw new Stopping('stopping');
  }

  const batcher = new MicroBatcher<Item>({ maxBatchSize: o.maxBatchSize, maxWaitMs: o.maxWaitMs, flush: process });

  async function decode(topic: string, partition: number, message: KafkaMessage): Promise<Item> {
    const event = o.codec.topics.eventOf(topic) as E | undefined;
    const item: Item = { topic, partition, message, generation };
    if (!event) item.decodeError = new Error(`no event is bound to topic ${topic}`);
    else if (!message.value) item.decodeError = new Error('empty message value (tombstone)');
    else {
      try {
        const value = await o.codec.decode(event, message.value);
        item.record = { event, value, topic, partition, offset: message.offset, key: message.key?.toString() ?? null, headers: message.headers ?? {}, timestamp: message.timestamp } as InputRecord;
      } catch (e) {
        item.decodeError = e as Error;
      }
    }
    return item;
  }

  /**
   * Keeps the group membership alive while a partition waits for its micro-batch. A heartbeat that fails (a
   * rebalance is in progress) is rethrown once the wait is over, so kafkajs rejoins instead of us working on.
   */
  async function withHeartbeat<T>(p: Promise<T>, heartbeat: () => Promise<void>): Promise<T> {
    let failed: unknown;
    const t = setInterval(() => heartbeat().catch((e: unknown) => (failed ??= e)), Math.max(500, Math.floor(o.sessionTimeoutMs / 5)));
    try {
      const r = await p;
      if (failed) throw failed;
      return r;
    } finally {
      clearInterval(t);
    }
  }

  async function eachBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    o.metrics.consumerLag.set({ ...labels, topic, partition: String(partition) }, Number(batch.offsetLag()));
    if (o.mode === 'per-message') {
      for (const message of batch.messages) {
        if (!isRunning() || isStale()) break;
        await process([await decode(topic, partition, message)]);
        o.metrics.consumed.inc({ ...labels, topic });
        resolveOffset(message.offset);
        await heartbeat();
      }
    } else {
      for (let i = 0; i < batch.messages.length; i += o.maxBatchSize) {
        if (!isRunning() || isStale()) break;
        await heartbeat(); // throws when a rebalance is in progress: stop here rather than work on a lost partition
        const chunk = batch.messages.slice(i, i + o.maxBatchSize);
        const items = await Promise.all(chunk.map((m) => decode(topic, partition, m)));
        await withHeartbeat(batcher.add(items), heartbeat);
        o.metrics.consumed.inc({ ...labels, topic }, chunk.length);
        const last = chunk[chunk.length - 1]!.offset;
        resolveOffset(last);
        // Commit as each micro-batch completes, not only when the fetched batch is done (kafkajs commits after
        // eachBatch returns, and one fetch can hold thousands of messages): a crash then redoes at most one
        // micro-batch per partition, not hours of model work. With offsets given, kafkajs commits them now.
        if (!eos) await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset: (BigInt(last) + 1n).toString() }] }] });
      }
    }
    // In exactly-once mode the offsets were committed inside each transaction (sendOffsets); resolving them above
    // only moves the fetch position.
    if (!eos) await commitOffsetsIfNecessary();
  }

  function onFatal(e: Error): void {
    if (fatal) return;
    fatal = e;
    o.log.fatal({ err: e }, 'stage stopped on a fatal error');
    void shutdown().finally(() => settle.reject(e));
  }

  async function shutdown(): Promise<void> {
    if (stopping) return;
    stopping = true;
    try {
      await consumer.stop();
      await batcher.drain().catch(() => undefined);
    } finally {
      await consumer.disconnect().catch(() => undefined);
      await producer.disconnect().catch(() => undefined);
      running = false;
    }
  }

  return {
    stopped,
    async start() {
      consumer.on(consumer.events.GROUP_JOIN, () => {
        generation++;
        joined = true;
      });
      consumer.on(consumer.events.REBALANCING, () => {
        joined = false;
      });
      consumer.on(consumer.events.CRASH, (ev) => {
        const err = ev.payload.error;
        if (err instanceof PoisonCapExceeded || !ev.payload.restart) onFatal(err);
        else o.log.warn({ err }, 'consumer crashed; kafkajs restarts it from the committed offsets');
      });
      await producer.connect();
      await consumer.connect();
      await consumer.subscribe({ topics: inputTopics, fromBeginning: o.fromBeginning });
      running = true;
      await consumer.run({
        partitionsConsumedConcurrently: o.partitionsConsumedConcurrently,
        eachBatchAutoResolve: false,
        autoCommit: !eos,
        eachBatch: async (payload) => {
          try {
            await eachBatch(payload);
          } catch (e) {
            if (e instanceof PoisonCapExceeded) {
              onFatal(e);
              return;
            }
            if (e instanceof Stopping || e instanceof StaleBatch) return;
            throw e;
          }
        },
      });
      o.log.info({ stage: o.stage, groupId: o.groupId, inputs: inputTopics, mode: o.mode, delivery: o.delivery }, 'stage started');
    },
    async stop() {
      await shutdown();
      settle.resolve();
    },
    live: () => !fatal,
    readiness() {
      const reasons: string[] = [];
      if (fatal) reasons.push(`fatal: ${fatal.message}`);
      if (!running) reasons.push('not running');
      else if (!joined) reasons.push('consumer has not joined its group');
      if (blockedSince) reasons.push(`blocked since ${new Date(blockedSince).toISOString()}: a dependency keeps failing`);
      reasons.push(...(o.readyChecks?.() ?? []));
      return { ready: reasons.length === 0, reasons, details: { stage: o.stage, groupId: o.groupId, consecutivePoison: poisonCap.current } };
    },
  };
}

function groupByTopic(messages: Array<{ topic: string; message: Message }>): Array<{ topic: string; messages: Message[] }> {
  const byTopic = new Map<string, Message[]>();
  for (const m of messages) {
    const list = byTopic.get(m.topic);
    if (list) list.push(m.message);
    else byTopic.set(m.topic, [m.message]);
  }
  return [...byTopic].map(([topic, msgs]) => ({ topic, messages: msgs }));
}

/** Offsets to commit: one past the highest processed offset, per topic-partition. */
function nextOffsets(items: Item[]): Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }> {
  const max = new Map<string, Map<number, bigint>>();
  for (const it of items) {
    const parts = max.get(it.topic) ?? new Map<number, bigint>();
    max.set(it.topic, parts);
    const off = BigInt(it.message.offset);
    if ((parts.get(it.partition) ?? -1n) < off) parts.set(it.partition, off);
  }
  return [...max].map(([topic, parts]) => ({ topic, partitions: [...parts].map(([partition, off]) => ({ partition, offset: String(off + 1n) })) }));
}

export type { IHeaders };
