import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? '', { lazyConnect: true, maxRetriesPerRequest: 1 });
afterAll(() => redis.quit());

describe('local Redis', () => {
  it('answers PING, SET and GET', async () => {
    expect(process.env.REDIS_URL).toMatch(/^redis:\/\//);
    await redis.connect();
    expect(await redis.ping()).toBe('PONG');
    const key = `infra-test:${process.pid}:${Date.now()}`;
    expect(await redis.set(key, 'vitrine', 'EX', 60)).toBe('OK');
    expect(await redis.get(key)).toBe('vitrine');
    await redis.del(key);
    expect(await redis.get(key)).toBeNull();
  });
});
