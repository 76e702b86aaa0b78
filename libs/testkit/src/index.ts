import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type IHeaders, type KafkaMessage } from 'kafkajs';
import { newEventId, topicMap, type EventName, type EventTypes, type ImageUploaded, type TopicMap } from '@vitrine/contracts';
import { createEventCodec, createRegistryClient, ensureTopics, type EventCodec } from '@vitrine/events';

/** Helpers for integration tests against the real broker and registry started by test/setup/infra.global.ts. */
export interface TestInfra {
  brokers: string[];
  registryUrl: string;
  redisUrl: string;
  databaseUrl: string;
}

export function testInfra(): TestInfra {
  const need = (k: string) => {
    const v = process.env[k];
    if (!v) throw new Error(`${k} is not set: integration tests run under the vitest "int" or "e2e" project, whose global setup starts the infrastructure`);
    return v;
  };
  return { brokers: need('KAFKA_BROKERS').split(','), registryUrl: need('SCHEMA_REGISTRY_URL'), redisUrl: need('REDIS_URL'), databaseUrl: process.env.DATABASE_URL ?? '' };
}

/** A unique topic prefix / group suffix so test runs never see each other's data. */
export const uniqueName = (label: string): string => `t-${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

export function testKafka(infra = testInfra(), clientId = 'vitrine-test'): Kafka {
  return new Kafka({ clientId, brokers: infra.brokers, logLevel: logLevel.NOTHING, retry: { retries: 8, initialRetryTime: 100 } });
}

export interface TestBus {
  kafka: Kafka;
  topics: TopicMap;
  codec: EventCodec;
  prefix: string;
  createTopics(events: EventName[], partitions?: number): Promise<void>;
  publish<E extends EventName>(event: E, values: Array<EventTypes[E]>): Promise<void>;
  publishRaw(topic: string, messages: Array<{ key?: string; value: Buffer | null; headers?: IHeaders }>): Promise<void>;
  /** Reads a topic from the beginning (read_committed) until `count` messages arrived or the timeout passed. */
  readTopic(topic: string, count: number, timeoutMs?: number): Promise<KafkaMessage[]>;
  readEvents<E extends EventName>(event: E, count: number, timeoutMs?: number): Promise<Array<EventTypes[E]>>;
  close(): Promise<void>;
}

export async function createTestBus(label: string, infra = testInfra()): Promise<TestBus> {
  const prefix = `${uniqueName(label)}.`;
  const kafka = testKafka(infra);
  const topics = topicMap(prefix);
  const codec = createEventCodec(createRegistryClient(infra.registryUrl), topics);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const admin = kafka.admin();
  await admin.connect();

  const readTopic = async (topic: string, count: number, timeoutMs = 60_000): Promise<KafkaMessage[]> => {
    const consumer = kafka.consumer({ groupId: uniqueName('reader'), readUncommitted: false });
    const got: KafkaMessage[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    await consumer.run({ eachMessage: async ({ message }) => { got.push(message); if (got.length >= count) done(); } });
    await Promise.race([finished, new Promise((r) => setTimeout(r, timeoutMs))]);
    await consumer.disconnect();
    return got;
  };

  return {
    kafka, topics, codec, prefix,
    async createTopics(events, partitions = 3) {
      await ensureTopics(admin, events.map((e) => ({ topic: topics.topic(e), partitions, withDlq: true })));
    },
    async publish(event, values) {
      const messages = await Promise.all(values.map(async (v) => ({ key: v.productId, value: await codec.encode(event, v) })));
      for (let i = 0; i < messages.length; i += 1000) await producer.send({ topic: topics.topic(event), messages: messages.slice(i, i + 1000), acks: -1 });
    },
    async publishRaw(topic, messages) {
      await producer.send({ topic, messages: messages.map((m) => ({ key: m.key ?? null, value: m.value, headers: m.headers })), acks: -1 });
    },
    readTopic,
    async readEvents(event, count, timeoutMs) {
      const msgs = await readTopic(topics.topic(event), count, timeoutMs);
      return Promise.all(msgs.map((m) => codec.decode(event, m.value!)));
    },
    async close() {
      await producer.disconnect();
      await admin.disconnect();
    },
  };
}

/** A valid ImageUploaded for tests; fields can be overridden. */
export function sampleUpload(i: number, over: Partial<ImageUploaded> = {}): ImageUploaded {
  const id = randomBytes(32).toString('hex');
  return {
    eventId: newEventId(), causationId: null, correlationId: newEventId(), productId: `p-${i}`, occurredAt: Date.now(), producer: 'test@0',
    imageId: id, imageUri: `blob://sha256/${id}`, contentType: 'image/png', byteSize: 1000 + i, sourceUrl: null,
    context: { supplierId: 's1', market: 'DE', categoryHint: null, targetLocales: ['en', 'de'], priceMinor: 1999, currency: 'EUR' },
    ...over,
  };
}
export * from './vlm-standin';
export * from './example-colours';
export * from './prng';
