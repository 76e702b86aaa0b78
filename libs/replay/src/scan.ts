import type { Kafka, KafkaMessage } from 'kafkajs';
import type { PartitionRange } from '@vitrine/stream';

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
