// One call for composition roots: the Redis adapter when a client is given, the in-memory adapter when the
// caller asks for it by name ('memory', e.g. the CLI's embedded single-process mode). There is no silent
// fallback from Redis to memory: a cache that is not shared between replicas must be chosen on purpose.

import type { Redis } from 'ioredis';
import { createMemoryNearDupIndex } from './adapters/memory-index';
import { createNearDupIndex } from './adapters/redis-index';
import type { NearDupOptions } from './domain/options';
import type { NearDupIndex } from './port';

export interface NearDupIndexConfig extends NearDupOptions {
  redis: Redis | 'memory';
}

export function createNearDupIndexFromConfig(config: NearDupIndexConfig): NearDupIndex {
  const { redis, ...options } = config;
  if (redis === 'memory') return createMemoryNearDupIndex(options);
  if (!redis || typeof (redis as Redis).mgetBuffer !== 'function') {
    throw new TypeError("near-duplicate index: redis must be an ioredis client or 'memory'");
  }
  return createNearDupIndex(redis, options);
}
