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
      [`${namespace}:glm%401:p0:0123`, `${namespace}:glm%401:p1:4567`, `${namespace}:glm%401:p2:89ab`, `${namespace}:glm%401:p3:cdef`, `${namespace}:glm%401:h:0123456789abcdef`, `${namespace}:glm%401:n`].sort(),
    );
  });

  it('packs each distinct hash once into its band strings, however many images share it or how often it is added', async () => {
    const namespace = uniqueName('nd-packed');
    namespaces.push(namespace);
    const index = createNearDupIndex(redis, { modelVersion: 'glm@1', namespace });
    await index.add(0x0123456789abcdefn, 'a', 'p');
    await index.add(0x0123456789abcdefn, 'a', 'p');
    await index.add(0x0123456789abcdefn, 'b', 'q');
    await index.addMany([{ fingerprint: '0123ffffffffffff', imageId: 'c', payload: 'r' }]);
    expect(await redis.getBuffer(`${namespace}:glm%401:p1:4567`)).toEqual(Buffer.from('0123456789abcdef', 'hex'));
    expect(await redis.getBuffer(`${namespace}:glm%401:p0:0123`)).toEqual(Buffer.from('0123456789abcdef0123ffffffffffff', 'hex'));
    expect(await index.size()).toBe(3);
    // Both images under the shared hash come back from one lookup's candidates; the nearest wins.
    expect((await index.lookup(0x0123456789abcdeen))?.distance).toBe(1);
  });

  it('refuses to read a band string that is not a list of 8-byte hashes, naming the problem', async () => {
    const namespace = uniqueName('nd-corrupt');
    namespaces.push(namespace);
    const index = createNearDupIndex(redis, { modelVersion: 'glm@1', namespace });
    await redis.set(`${namespace}:glm%401:p0:0123`, 'not a hash list');
    await expect(index.lookup(0x0123456789abcdefn)).rejects.toThrow(/15 bytes is not a list of 8-byte hashes/);
  });
});
