import type { Admin, Kafka, KafkaMessage } from 'kafkajs';

/** Per partition: where the log starts (low) and the first offset after it (high), taken now. */
export interface PartitionRange {
  partition: number;
  low: bigint;
  high: bigint;
}

export async function topicRanges(admin: Admin, topic: string): Promise<PartitionRange[]> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.map((p) => ({ partition: p.partition, low: BigInt(p.low), high: BigInt(p.high) })).sort((a, b) => a.partition - b.partition);
}

/** The group's committed offset per partition (absent: nothing committed yet). */
export async function committedOffsets(admin: Admin, groupId: string, topic: string): Promise<Map<number, bigint>> {
  const res = await admin.fetchOffsets({ groupId, topics: [topic] });
  const out = new Map<number, bigint>();
  for (const p of res.find((t) => t.topic === topic)?.partitions ?? []) if (Number(p.offset) >= 0) out.set(p.partition, BigInt(p.offset));
  return out;
}

/**
 * Reads every message of `topic` in [low, high) per partition, once, without a committed position (a throwaway group
 * that commits nothing), and hands each to `each`. For the dry run and the dead-letter count: it touches nothing.
 */
export async function scanTopic(kafka: Kafka, topic: string, ranges: PartitionRange[], each: (partition: number, message: KafkaMessage) => Promise<void>, groupId: string): Promise<void> {
  const lows = new Map(ranges.map((r) => [r.partition, r.low] as const));
  const pending = new Map(ranges.filter((r) => r.high > r.low).map((r) => [r.partition, r.high] as const));
  if (pending.size === 0) return;
  const consumer = kafka.consumer({ groupId, readUncommitted: false, allowAutoTopicCreation: false });
  await consumer.connect();
  let done!: () => void;
  let failed!: (e: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => ((done = resolve), (failed = reject)));
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
        try {
          const end = pending.get(batch.partition);
          for (const m of batch.messages) {
            if (end === undefined || BigInt(m.offset) >= end) break;
            if (BigInt(m.offset) >= (lows.get(batch.partition) ?? 0n)) await each(batch.partition, m);
            resolveOffset(m.offset);
            if (BigInt(m.offset) + 1n >= end) {
              pending.delete(batch.partition);
              if (pending.size === 0) done();
            }
          }
          // A transaction marker can sit at the end of the range: no message will reach it, the batch's last offset does.
          if (end !== undefined && pending.has(batch.partition) && !batch.isEmpty() && BigInt(batch.lastOffset()) + 1n >= end) {
            pending.delete(batch.partition);
            if (pending.size === 0) done();
          }
          await heartbeat();
        } catch (e) {
          failed(e);
        }
      },
    });
    await finished;
  } finally {
    await consumer.disconnect();
  }
}
