// Every service ensures its topics at start, and in a deployment (or the e2e harness) they start together: several
// instances create the same topics at once, and each must come back only when all of them are usable. A CI run lost
// the publisher to a KRaft broker answering UNKNOWN_TOPIC_OR_PARTITION just after the topic was created.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { ensureTopics } from './topics-admin.js';

const kafka = new Kafka({ clientId: 'topics-admin-int', brokers: (process.env.KAFKA_BROKERS ?? '').split(','), logLevel: logLevel.NOTHING });
const admins: Admin[] = [];

afterAll(async () => {
  await Promise.all(admins.map((a) => a.disconnect()));
});

describe('ensureTopics', () => {
  it('lets eight instances create overlapping new topics at once, and each returns only when every partition has a leader', async () => {
    const run = randomUUID().slice(0, 8);
    const names = Array.from({ length: 40 }, (_, i) => `topics-admin.${run}.t${i}`); // enough that a loaded broker lags
    for (let i = 0; i < 8; i++) admins.push(kafka.admin());
    await Promise.all(admins.map((a) => a.connect()));

    // Each instance wants ten topics, half of them shared with the next instance, as services sharing inputs and outputs do.
    const results = await Promise.all(
      admins.map((a, i) => ensureTopics(a, Array.from({ length: 10 }, (_, k) => ({ topic: names[(i * 5 + k) % names.length]!, partitions: 3, withDlq: true })))),
    );

    // Between them they found every topic and its dead-letter topic missing (two may race on one: both report it).
    expect([...new Set(results.flat())].sort()).toEqual([...names, ...names.map((n) => `${n}.dlq`)].sort());
    const { topics } = await admins[0]!.fetchTopicMetadata({ topics: [...names, ...names.map((n) => `${n}.dlq`)] });
    for (const t of topics) {
      expect(t.partitions.length, t.name).toBe(t.name.endsWith('.dlq') ? 1 : 3);
      for (const p of t.partitions) expect(p.leader, `${t.name}/${p.partitionId}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('leaves existing topics as they are and returns nothing to create', async () => {
    const admin = kafka.admin();
    admins.push(admin);
    await admin.connect();
    const name = `topics-admin.${randomUUID().slice(0, 8)}.existing`;
    expect(await ensureTopics(admin, [{ topic: name, partitions: 2 }])).toEqual([name]);
    expect(await ensureTopics(admin, [{ topic: name, partitions: 5 }])).toEqual([]);
    const { topics } = await admin.fetchTopicMetadata({ topics: [name] });
    expect(topics[0]!.partitions).toHaveLength(2);
  });

  it('refuses a topic the broker will not create, with the broker’s reason', async () => {
    const admin = kafka.admin();
    admins.push(admin);
    await admin.connect();
    await expect(ensureTopics(admin, [{ topic: `topics-admin.${randomUUID().slice(0, 8)}.bad`, partitions: 1, replicationFactor: 3 }])).rejects.toThrow(
      /replication factor|INVALID_REPLICATION_FACTOR|brokers/i,
    );
  });
});
