import type { IdempotencyClaim, IdempotencyStore } from '../../ports';

interface Entry {
  fingerprint: string;
  response?: unknown;
  expiresAt: number;
}

/**
 * In-process idempotency store for a single intake process (`vitrine up`, tests). Several intake replicas need the
 * Redis store: a retry may reach another replica. Bounded: past `maxEntries` the oldest entries go first.
 */
export function createMemoryIdempotencyStore(o: { now?: () => number; maxEntries?: number } = {}): IdempotencyStore {
  const now = o.now ?? Date.now;
  const maxEntries = o.maxEntries ?? 100_000;
  const entries = new Map<string, Entry>();
  const live = (scope: string): Entry | undefined => {
    const e = entries.get(scope);
    if (e && e.expiresAt <= now()) {
      entries.delete(scope);
      return undefined;
    }
    return e;
  };
  return {
    async claim(scope, fingerprint, claimTtlMs): Promise<IdempotencyClaim> {
      const e = live(scope);
      if (!e) {
        entries.set(scope, { fingerprint, expiresAt: now() + claimTtlMs });
        while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
        return { state: 'claimed' };
      }
      if (e.fingerprint !== fingerprint) return { state: 'mismatch' };
      return 'response' in e ? { state: 'done', response: e.response } : { state: 'in-flight' };
    },
    async complete(scope, fingerprint, response, ttlMs) {
      entries.delete(scope); // re-inserted last: the Map's order is the eviction order
      entries.set(scope, { fingerprint, response, expiresAt: now() + ttlMs });
    },
    async release(scope, fingerprint) {
      const e = live(scope);
      if (e && e.fingerprint === fingerprint && !('response' in e)) entries.delete(scope);
    },
    async close() {
      entries.clear();
    },
  };
}
