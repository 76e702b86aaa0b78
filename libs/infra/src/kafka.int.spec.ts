// The local broker works for what the services do with kafkajs 2.2.4: explicit topic creation (auto-create
// is off), produce/consume in a consumer group, and transactions (consume-transform-produce with
// sendOffsets), including that an aborted transaction stays invisible to read_committed consumers.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, Partitioners, logLevel, type Consumer, type EachMessagePayload } from 'kafkajs';
import { ensureTopics } from '@vitrine/events';

const brokers = (process.env.KAFKA_BROKERS ?? '').split(',');
// NOTHING: kafkajs logs the retriable errors it recovers from (coordinator loading, #430) at ERROR level.
const kafka = new Kafka({ clientId: 'infra-int-test', brokers, logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const run = randomUUID().slice(0, 8);
const topic = (name: string) => `infra-test.${name}.${run}`;
const consumers: Consumer[] = [];

/** Consumes `topic` from the beginning until `count` messages arrived (or fails after timeoutMs). */
async function consume(t: string, count: number, opts: { groupId?: string; readUncommitted?: boolean } = {}, timeoutMs = 30_000) {
  const consumer = kafka.consumer({ groupId: opts.groupId ?? `infra-test-reader-${randomUUID()}`, readUncommitted: opts.readUncommitted ?? false });
  consumers.push(consumer);
  await consumer.connect();
  await consumer.subscribe({ topic: t, fromBeginning: true });
  const got: EachMessagePayload['message'][] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${got.length}/${count} messages from ${t}`)), timeoutMs);
    void consumer.run({
      eachMessage: async ({ message }) => {
        got.push(message);
        if (got.length >= count) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return got;
}

beforeAll(async () => {
  expect(process.env.KAFKA_BROKERS, 'KAFKA_BROKERS is set by test/setup/infra.global.ts').toBeTruthy();
  await admin.connect();
});

afterAll(async () => {
  await Promise.all(consumers.map((c) => c.disconnect().catch(() => undefined)));
  await admin.deleteTopics({ topics: ['plain', 'in', 'out'].map(topic) }).catch(() => undefined);
  await admin.disconnect();
});

describe('local Kafka broker', () => {
  it('creates a topic explicitly and refuses to auto-create an unknown one', async () => {
    // ensureTopics, not createTopics' waitForLeaders: a KRaft broker can briefly deny a topic it just created.
    expect(await ensureTopics(admin, [{ topic: topic('plain'), partitions: 3 }])).toEqual([topic('plain')]);
    const meta = await admin.fetchTopicMetadata({ topics: [topic('plain')] });
    expect(meta.topics[0]?.partitions).toHaveLength(3);
    await expect(admin.fetchTopicMetadata({ topics: [topic('never-created')] })).rejects.toThrow(/does not host this topic-partition|UNKNOWN_TOPIC/i);
    expect(await admin.listTopics()).not.toContain(topic('never-created'));
  });

  it('produces and consumes a keyed message with headers', async () => {
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: topic('plain'), messages: [{ key: 'p-1', value: 'hello vitrine', headers: { stage: 'test' } }] });
    await producer.disconnect();
    const [message] = await consume(topic('plain'), 1);
    expect(message?.key?.toString()).toBe('p-1');
    expect(message?.value?.toString()).toBe('hello vitrine');
    expect(message?.headers?.stage?.toString()).toBe('test');
  });

  it('runs consume-transform-produce transactions: committed output and offsets, aborted output invisible', async () => {
    await ensureTopics(admin, [{ topic: topic('in'), partitions: 1 }, { topic: topic('out'), partitions: 1 }]);
    const plain = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await plain.connect();
    await plain.send({ topic: topic('in'), messages: [{ key: 'k', value: 'one' }, { key: 'k', value: 'two' }] });
    await plain.disconnect();

    const groupId = `infra-test-tx-${run}`;
    const producer = kafka.producer({ transactionalId: `infra-test-${run}`, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();

    // Committed: output for "one" plus the input offset, atomically.
    const tx = await producer.transaction();
    await tx.send({ topic: topic('out'), messages: [{ key: 'k', value: 'ONE' }] });
    // kafkajs issue #430: sendOffsets can meet CONCURRENT_TRANSACTIONS right after a send; kafkajs retries it.
    await tx.sendOffsets({ consumerGroupId: groupId, topics: [{ topic: topic('in'), partitions: [{ partition: 0, offset: '1' }] }] });
    await tx.commit();

    // Aborted: never visible to read_committed readers.
    const aborted = await producer.transaction();
    await aborted.send({ topic: topic('out'), messages: [{ key: 'k', value: 'ABORTED' }] });
    await aborted.abort();

    const tx2 = await producer.transaction();
    await tx2.send({ topic: topic('out'), messages: [{ key: 'k', value: 'TWO' }] });
    await tx2.sendOffsets({ consumerGroupId: groupId, topics: [{ topic: topic('in'), partitions: [{ partition: 0, offset: '2' }] }] });
    await tx2.commit();
    await producer.disconnect();

    const committed = await consume(topic('out'), 2);
    expect(committed.map((m) => m.value?.toString())).toEqual(['ONE', 'TWO']);
    const everything = await consume(topic('out'), 3, { readUncommitted: true });
    expect(everything.map((m) => m.value?.toString())).toEqual(['ONE', 'ABORTED', 'TWO']);

    const offsets = await admin.fetchOffsets({ groupId, topics: [topic('in')] });
    expect(offsets[0]?.partitions[0]?.offset).toBe('2');
  });
});
