import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { testInfra, uniqueName } from '@vitrine/testkit';
import { createRedisIdempotencyStore } from './redis-store';
import { idempotencyStoreContract } from './store.contract';

// Against the real Redis of test/setup/infra.global.ts.
const redis = new Redis(testInfra().redisUrl, { maxRetriesPerRequest: 2 });
const prefix = uniqueName('idem');

afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.unlink(...keys);
  await redis.quit();
});

idempotencyStoreContract('redis', () => createRedisIdempotencyStore(redis, { prefix }));

describe('Redis idempotency store', () => {
  it('keeps an answer for its TTL in Redis, under the prefix', async () => {
    const store = createRedisIdempotencyStore(redis, { prefix });
    await store.claim('0123abcd:key-1', 'f1', 60_000);
    await store.complete('0123abcd:key-1', 'f1', { eventId: 'e1' }, 86_400_000);
    const ttl = await redis.pttl(`${prefix}:0123abcd:key-1`);
    expect(ttl).toBeGreaterThan(86_000_000);
    expect(JSON.parse((await redis.get(`${prefix}:0123abcd:key-1`))!)).toEqual({ f: 'f1', r: { eventId: 'e1' } });
  });
});
