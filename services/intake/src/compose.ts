import { createFsBlobStore, type BlobStore } from '@vitrine/blobstore';
import { newEventId, topicMap } from '@vitrine/contracts';
import { createEventCodec, createRegistryClient, ensureTopics } from '@vitrine/events';
import type { Logger } from '@vitrine/observability';
import { kafkaClient } from '@vitrine/stream';
import { Redis } from 'ioredis';
import { createIntakeApp, type IntakeApp } from './adapters/http/app';
import { createMemoryIdempotencyStore } from './adapters/idempotency/memory-store';
import { createRedisIdempotencyStore } from './adapters/idempotency/redis-store';
import { createIntakeMetrics } from './adapters/http/metrics';
import { createKafkaPublisher } from './adapters/kafka-publisher';
import { createUrlFetcher } from './adapters/url-fetcher';
import { parseAllowlist } from './domain/address-policy';
import type { IntakeConfig } from './config';
import type { IdempotencyStore, IntakePorts, PublishImageUploaded } from './ports';

export { createIntakeApp, type IntakeApp, type IntakeAppConfig } from './adapters/http/app';
export { parseIntakeConfig, type IntakeConfig } from './config';

export const INTAKE_PRODUCER = 'intake@0.1.0';

/**
 * The Idempotency-Key store the config names. Redis commands fail at once while Redis is unreachable (no offline
 * queue), so a keyed upload is answered 503 instead of hanging; uploads without a key never touch Redis.
 */
async function idempotencyStore(cfg: IntakeConfig): Promise<IdempotencyStore> {
  if (cfg.idempotencyStore === 'memory') return createMemoryIdempotencyStore();
  const redis = new Redis(cfg.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 5000 });
  try {
    await redis.connect();
  } catch (e) {
    redis.disconnect();
    throw new Error(`intake: cannot reach Redis at ${cfg.redisUrl} for Idempotency-Key answers (${(e as Error).message}); start it, or set INTAKE_IDEMPOTENCY_STORE=memory for a single process`);
  }
  return createRedisIdempotencyStore(redis);
}

/**
 * Builds the intake's ports from its config. `publish` may be given (the CLI's embedded pipeline, no Kafka);
 * otherwise ImageUploaded goes to Kafka, after the topic exists and the schema is registered.
 */
export async function composeIntake(cfg: IntakeConfig, o: { log?: Logger; publish?: PublishImageUploaded; blobs?: BlobStore; defaultMetrics?: boolean } = {}): Promise<{ ports: IntakePorts; app: IntakeApp; close(): Promise<void> }> {
  const blobs = o.blobs ?? createFsBlobStore(cfg.blobStoreDir);
  const idempotency = await idempotencyStore(cfg);
  const fetchUrl = createUrlFetcher({
    allowlist: parseAllowlist(cfg.urlFetchAllowlist).allowlist,
    allowedPorts: cfg.urlFetchAllowedPorts,
    maxRedirects: cfg.urlFetchMaxRedirects,
    maxBytes: cfg.maxImageBytes,
    timeoutMs: cfg.urlFetchTimeoutMs,
  });
  let publish = o.publish;
  let ready = () => ({ ready: true, reasons: [] as string[] });
  let close = async () => {};
  if (!publish) {
    const kafka = kafkaClient('vitrine-intake', cfg.stream.brokers, o.log);
    const topics = topicMap(cfg.stream.topicPrefix);
    const codec = createEventCodec(createRegistryClient(cfg.stream.schemaRegistryUrl), topics);
    const admin = kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, [{ topic: topics.topic('ImageUploaded'), partitions: cfg.stream.topicPartitions, withDlq: true }]);
    } finally {
      await admin.disconnect();
    }
    await codec.registerAll();
    const publisher = await createKafkaPublisher(kafka, codec, { maxQueueMs: Math.max(50, cfg.publishTimeoutMs - 1000) });
    publish = publisher.publish;
    ready = () => (publisher.connected() ? { ready: true, reasons: [] } : { ready: false, reasons: ['the Kafka producer is not connected'] });
    close = publisher.close;
  }
  const ports: IntakePorts = { blobs, publish, fetchUrl, now: Date.now, newEventId, ready, idempotency, ...(o.log ? { log: o.log } : {}) };
  const app = createIntakeApp(ports, {
    apiKeys: cfg.apiKeys,
    maxImageBytes: cfg.maxImageBytes,
    producer: INTAKE_PRODUCER,
    publishTimeoutMs: cfg.publishTimeoutMs,
    metrics: createIntakeMetrics(undefined, { defaultMetrics: o.defaultMetrics ?? false }),
    idempotencyTtlMs: cfg.idempotencyTtlSeconds * 1000,
    // A claim outlives the longest a request can take: fetching the URL, then waiting for the event bus.
    idempotencyClaimTtlMs: cfg.urlFetchTimeoutMs + cfg.publishTimeoutMs + 30_000,
  });
  return {
    ports,
    app,
    close: async () => {
      await close();
      await idempotency.close();
    },
  };
}
