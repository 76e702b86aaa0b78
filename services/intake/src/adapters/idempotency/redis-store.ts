import type { Redis } from 'ioredis';
import type { IdempotencyClaim, IdempotencyStore } from '../../ports';

// One key per idempotency scope: `<prefix>:<scope>` → JSON {f: fingerprint, r?: response}. A claim is SET NX with a
// short expiry; the answer replaces it with the long one. Release is a compare-and-delete in Lua, so a request can
// only drop its own claim, never an answer or another request's claim.
const RELEASE = `
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local e = cjson.decode(v)
if e.f == ARGV[1] and e.r == nil then return redis.call('DEL', KEYS[1]) end
return 0
`;

interface Stored {
  f: string;
  r?: unknown;
}

export function createRedisIdempotencyStore(redis: Redis, o: { prefix?: string } = {}): IdempotencyStore {
  const prefix = o.prefix ?? 'vitrine:intake:idem';
  const key = (scope: string) => `${prefix}:${scope}`;
  return {
    async claim(scope, fingerprint, claimTtlMs): Promise<IdempotencyClaim> {
      // Twice at most: the entry we lost the race to may expire between our SET and our GET.
      for (let attempt = 0; attempt < 2; attempt++) {
        if ((await redis.set(key(scope), JSON.stringify({ f: fingerprint } satisfies Stored), 'PX', claimTtlMs, 'NX')) === 'OK') return { state: 'claimed' };
        const raw = await redis.get(key(scope));
        if (raw === null) continue;
        const e = JSON.parse(raw) as Stored;
        if (e.f !== fingerprint) return { state: 'mismatch' };
        return 'r' in e ? { state: 'done', response: e.r } : { state: 'in-flight' };
      }
      return { state: 'in-flight' };
    },
    async complete(scope, fingerprint, response, ttlMs) {
      await redis.set(key(scope), JSON.stringify({ f: fingerprint, r: response } satisfies Stored), 'PX', ttlMs);
    },
    async release(scope, fingerprint) {
      await redis.eval(RELEASE, 1, key(scope), fingerprint);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
