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

export interface EnsureTopicsOptions {
  /** How long to wait for every wanted topic to have a leader on each partition. */
  leaderTimeoutMs?: number;
}

/**
 * Creates missing topics (and their dead-letter topics), then waits until every wanted topic — created here or by a
 * concurrent instance — has a leader on each partition. Existing topics are left as they are; auto-creation is off.
 */
export async function ensureTopics(admin: Admin, specs: TopicSpec[], opts: EnsureTopicsOptions = {}): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const wanted = specs.flatMap((s) => [
    { topic: s.topic, numPartitions: s.partitions, replicationFactor: s.replicationFactor ?? 1, configEntries: entries(s.config) },
    ...(s.withDlq ? [{ topic: dlqTopic(s.topic), numPartitions: 1, replicationFactor: s.replicationFactor ?? 1, configEntries: [] }] : []),
  ]);
  const missing = wanted.filter((t) => !existing.has(t.topic));
  if (missing.length) {
    try {
      // Not kafkajs's waitForLeaders: it retries only LEADER_NOT_AVAILABLE, and a KRaft broker answers
      // UNKNOWN_TOPIC_OR_PARTITION for a moment after the controller created the topic — that killed a service at start.
      await admin.createTopics({ topics: missing, waitForLeaders: false });
    } catch (e) {
      // Another instance may have created some between our list and create: TOPIC_ALREADY_EXISTS is fine.
      if (!onlyAlreadyExists(e)) throw explained(e);
    }
  }
  await waitForLeaders(admin, wanted.map((t) => t.topic), opts.leaderTimeoutMs ?? 30_000);
  return missing.map((t) => t.topic);
}

const RETRIABLE_METADATA = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

async function waitForLeaders(admin: Admin, topics: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no metadata yet';
  for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
    try {
      const { topics: meta } = await admin.fetchTopicMetadata({ topics });
      const leaderless = meta.filter((t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0)).map((t) => t.name);
      if (!leaderless.length) return;
      last = `no leader yet for ${leaderless.join(', ')}`;
    } catch (e) {
      if (!RETRIABLE_METADATA.has((e as { type?: string }).type ?? '')) throw e;
      last = (e as Error).message;
    }
    if (Date.now() + delay > deadline) throw new Error(`topics ${topics.join(', ')} not ready after ${timeoutMs} ms: ${last}`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

/** kafkajs reports a failed create as "Topic creation errors"; name each topic and the broker's reason instead. */
function explained(e: unknown): Error {
  const errors = (e as { errors?: { type?: string; message?: string }[] }).errors;
  if (!Array.isArray(errors) || !errors.length) return e as Error;
  return new Error(`could not create topics: ${errors.map((x) => `${x.type}: ${x.message}`).join('; ')}`, { cause: e });
}

function onlyAlreadyExists(e: unknown): boolean {
  const errors = (e as { errors?: { type?: string }[] }).errors;
  if (Array.isArray(errors) && errors.length) return errors.every((x) => x.type === 'TOPIC_ALREADY_EXISTS');
  return (e as { type?: string }).type === 'TOPIC_ALREADY_EXISTS' || /already exists/i.test(String((e as Error).message));
}

const entries = (c?: Record<string, string>) => Object.entries(c ?? {}).map(([name, value]) => ({ name, value }));
