import type { Admin } from 'kafkajs';

/** Per partition: where the log starts (low) and the first offset after it (high), taken now. */
export interface PartitionRange {
  partition: number;
  low: bigint;
  high: bigint;
}

/** Every partition's range of `topic`, in partition order. */
export async function topicRanges(admin: Admin, topic: string): Promise<PartitionRange[]> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.map((p) => ({ partition: p.partition, low: BigInt(p.low), high: BigInt(p.high) })).sort((a, b) => a.partition - b.partition);
}

/** The group's committed offset per partition of `topic` (absent: nothing committed yet, which Kafka answers as -1). */
export async function committedOffsets(admin: Admin, groupId: string, topic: string): Promise<Map<number, bigint>> {
  const res = await admin.fetchOffsets({ groupId, topics: [topic] });
  const out = new Map<number, bigint>();
  for (const p of res.find((t) => t.topic === topic)?.partitions ?? []) if (Number(p.offset) >= 0) out.set(p.partition, BigInt(p.offset));
  return out;
}
