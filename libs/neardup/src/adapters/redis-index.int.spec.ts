import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testInfra, uniqueName } from '@vitrine/testkit';
import { nearDupIndexContract } from '../near-dup-index.contract';
import { createNearDupIndex } from './redis-index';

let redis: Redis;
const namespaces: string[] = [];

beforeAll(() => {
  redis = new Redis(testInfra().redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
});

afterAll(async () => {
  for (const ns of namespaces) {
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${ns}:*`, 'COUNT', 1000);
      cursor = next;
      if (found.length > 0) await redis.unlink(...found);
    } while (cursor !== '0');
  }
  await redis.quit();
});

nearDupIndexContract('redis', (label) => {
  const namespace = `${uniqueName(`nd-${label}`)}`.replace(/[^A-Za-z0-9:_.-]/g, '-');
  namespaces.push(namespace);
  return (options) => createNearDupIndex(redis, { ...options, namespace });
});

describe('Redis near-duplicate index specifics', () => {
  it('writes only under its namespace and model version', async () => {
    const namespace = uniqueName('nd-keys');
    namespaces.push(namespace);
    const index = createNearDupIndex(redis, { modelVersion: 'glm@1', namespace });
    await index.add(0x0123456789abcdefn, 'a', 'p');
    const written = await redis.keys(`${namespace}:*`);
    expect(written.sort()).toEqual(
      [`${namespace}:glm%401:b0:0123`, `${namespace}:glm%401:b1:4567`, `${namespace}:glm%401:b2:89ab`, `${namespace}:glm%401:b3:cdef`, `${namespace}:glm%401:h:0123456789abcdef`, `${namespace}:glm%401:n`].sort(),
    );
  });
});
