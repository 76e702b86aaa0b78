import type { Admin } from 'kafkajs';
import { dlqTopic } from '@vitrine/contracts';

export interface TopicSpec {
  topic: string;
  partitions: number;
  replicationFactor?: number;
  /** Also create `<topic>.dlq` (one partition is plenty for dead letters). */
  withDlq?: boolean;
  config?: Record<string, string>;
}

/** Creates missing topics (and their dead-letter topics); existing ones are left as they are. Auto-creation is off. */
export async function ensureTopics(admin: Admin, specs: TopicSpec[]): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const wanted = specs.flatMap((s) => [
    { topic: s.topic, numPartitions: s.partitions, replicationFactor: s.replicationFactor ?? 1, configEntries: entries(s.config) },
    ...(s.withDlq ? [{ topic: dlqTopic(s.topic), numPartitions: 1, replicationFactor: s.replicationFactor ?? 1, configEntries: [] }] : []),
  ]);
  const missing = wanted.filter((t) => !existing.has(t.topic));
  if (missing.length) {
    try {
      await admin.createTopics({ topics: missing, waitForLeaders: true });
    } catch (e) {
      // Another instance may have created it between our list and create: TOPIC_ALREADY_EXISTS is fine.
      if (!/already exists/i.test(String((e as Error).message))) throw e;
    }
  }
  return missing.map((t) => t.topic);
}

const entries = (c?: Record<string, string>) => Object.entries(c ?? {}).map(([name, value]) => ({ name, value }));
