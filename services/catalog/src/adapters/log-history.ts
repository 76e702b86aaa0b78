import { randomUUID } from 'node:crypto';
import { Partitioners, type Kafka } from 'kafkajs';
import type { EventName } from '@vitrine/contracts';
import type { EventCodec } from '@vitrine/events';
import type { Logger } from '@vitrine/observability';
import { problem } from '../domain/requests';
import type { HistoryEntry, HistoryReader } from '../ports';

export interface LogHistoryOptions {
  kafka: Kafka;
  codec: EventCodec;
  log: Logger;
  /** Topics to read, by event; all are keyed by productId. */
  events?: EventName[];
  /** Newest messages examined per topic partition (the bound on the scan). */
  maxScanPerPartition?: number;
  timeoutMs?: number;
  /** Scans at a time; each is a consumer group join, so more are refused (503) rather than queued. */
  maxConcurrent?: number;
}

const partitionOf = Partitioners.DefaultPartitioner();

/**
 * A product's history straight from the log. Its events sit on one partition per topic (key = productId, kafkajs'
 * default murmur2 partitioner, as every producer here uses), so we read only that partition, and only its newest
 * `maxScanPerPartition` messages, with a throwaway consumer group that commits nothing (kafkajs has no manual
 * assignment: the group's only member gets every partition, we pause the others and seek the one we need).
 */
export function createLogHistoryReader(o: LogHistoryOptions): HistoryReader {
  const events = o.events ?? ['DescriptionModerated', 'DescriptionReviewed', 'DescriptionPublished'];
  const maxScan = o.maxScanPerPartition ?? 10_000;
  let inFlight = 0;
  return async (productId, limit) => {
    if (inFlight >= (o.maxConcurrent ?? 2)) throw problem(503, 'history-busy', 'History busy', 'too many history scans are running; retry in a few seconds');
    inFlight++;
    try {
      return await scan(productId, limit);
    } finally {
      inFlight--;
    }
  };

  async function scan(productId: string, limit: number) {
    const admin = o.kafka.admin();
    await admin.connect();
    const plan: Array<{ event: EventName; topic: string; partition: number; start: bigint; end: bigint; others: number[] }> = [];
    let truncated = false;
    try {
      for (const event of events) {
        const topic = o.codec.topics.topic(event);
        const offsets = await admin.fetchTopicOffsets(topic).catch(() => []);
        if (!offsets.length) continue;
        const partition = partitionOf({ topic, partitionMetadata: offsets.map((p) => ({ partitionId: p.partition, leader: 0, partitionErrorCode: 0, replicas: [], isr: [] })), message: { key: productId, value: null } });
        const p = offsets.find((x) => x.partition === partition)!;
        const low = BigInt(p.low);
        const end = BigInt(p.high);
        const start = end - BigInt(maxScan) > low ? end - BigInt(maxScan) : low;
        if (start > low) truncated = true;
        if (end > start) plan.push({ event, topic, partition, start, end, others: offsets.map((x) => x.partition).filter((x) => x !== partition) });
      }
    } finally {
      await admin.disconnect();
    }
    if (!plan.length) return { entries: [], scanned: 0, truncated };

    const groupId = `vitrine.catalog.history.${randomUUID()}`;
    const consumer = o.kafka.consumer({ groupId, readUncommitted: false, maxWaitTimeInMs: 100, retry: { retries: 3 } });
    const entries: HistoryEntry[] = [];
    let scanned = 0;
    const pending = new Set(plan.map((p) => `${p.topic}/${p.partition}`));
    let finish!: () => void;
    const finished = new Promise<void>((r) => (finish = r));
    const timer = setTimeout(() => {
      truncated = true;
      finish();
    }, o.timeoutMs ?? 10_000);
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: plan.map((p) => p.topic), fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatch: async ({ batch }) => {
          const step = plan.find((p) => p.topic === batch.topic && p.partition === batch.partition);
          if (!step) return;
          for (const m of batch.messages) {
            const off = BigInt(m.offset);
            if (off < step.start || off >= step.end) continue;
            scanned++;
            if (m.key?.toString() === productId && m.value) {
              try {
                entries.push(toEntry(step.event, step.topic, step.partition, m.offset, (await o.codec.decode(step.event, m.value)) as unknown as Record<string, unknown>));
              } catch (e) {
                o.log.warn({ err: e, topic: step.topic, offset: m.offset }, 'history: undecodable message skipped');
              }
            }
          }
          if (BigInt(batch.lastOffset()) >= step.end - 1n) pending.delete(`${step.topic}/${step.partition}`);
          if (!pending.size) finish();
        },
      });
      for (const p of plan) {
        if (p.others.length) consumer.pause([{ topic: p.topic, partitions: p.others }]);
        consumer.seek({ topic: p.topic, partition: p.partition, offset: String(p.start) });
      }
      await finished;
    } finally {
      clearTimeout(timer);
      await consumer.disconnect().catch(() => undefined);
      const cleanup = o.kafka.admin();
      await cleanup.connect().then(() => cleanup.deleteGroups([groupId])).catch(() => undefined).finally(() => cleanup.disconnect());
    }
    entries.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.topic.localeCompare(b.topic) || Number(BigInt(a.offset) - BigInt(b.offset)));
    return { entries: entries.slice(-limit), scanned, truncated: truncated || entries.length > limit };
  }
}

function toEntry(event: EventName, topic: string, partition: number, offset: string, v: Record<string, unknown>): HistoryEntry {
  const status =
    event === 'DescriptionPublished' ? `published:${(v.moderation as { status: string }).status}${v.review ? `/${(v.review as { decision: string }).decision}` : ''}`
    : event === 'DescriptionModerated' ? `moderated:${(v.verdict as { status: string }).status}`
    : event === 'DescriptionReviewed' ? `reviewed:${String(v.decision)}`
    : event;
  return {
    event, eventId: String(v.eventId), topic, partition, offset, occurredAt: new Date(Number(v.occurredAt)).toISOString(),
    modelId: String(v.modelId ?? ''), modelVersion: String(v.modelVersion ?? ''), status,
  };
}
