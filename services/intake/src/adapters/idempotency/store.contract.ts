// The contract both idempotency stores meet; run by memory-store.unit.spec.ts and redis-store.int.spec.ts.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { IdempotencyStore } from '../../ports';

export function idempotencyStoreContract(name: string, make: () => IdempotencyStore): void {
  describe(`IdempotencyStore contract: ${name}`, () => {
    const scope = () => `scope-${randomUUID()}`;

    it('lets the first request claim a key, holds off a second with the same fingerprint, and refuses another fingerprint', async () => {
      const store = make();
      const s = scope();
      expect(await store.claim(s, 'f1', 60_000)).toEqual({ state: 'claimed' });
      expect(await store.claim(s, 'f1', 60_000)).toEqual({ state: 'in-flight' });
      expect(await store.claim(s, 'f2', 60_000)).toEqual({ state: 'mismatch' });
    });

    it('answers a completed key with the stored response, and still refuses another fingerprint', async () => {
      const store = make();
      const s = scope();
      await store.claim(s, 'f1', 60_000);
      await store.complete(s, 'f1', { eventId: 'e1', nested: { n: 1 } }, 60_000);
      expect(await store.claim(s, 'f1', 60_000)).toEqual({ state: 'done', response: { eventId: 'e1', nested: { n: 1 } } });
      expect(await store.claim(s, 'f2', 60_000)).toEqual({ state: 'mismatch' });
    });

    it('gives a released key to the next request, but release never drops an answer or another fingerprint’s claim', async () => {
      const store = make();
      const s = scope();
      await store.claim(s, 'f1', 60_000);
      await store.release(s, 'f2');
      expect(await store.claim(s, 'f1', 60_000)).toEqual({ state: 'in-flight' });
      await store.release(s, 'f1');
      expect(await store.claim(s, 'f1', 60_000)).toEqual({ state: 'claimed' });
      await store.complete(s, 'f1', { ok: true }, 60_000);
      await store.release(s, 'f1');
      expect(await store.claim(s, 'f1', 60_000)).toEqual({ state: 'done', response: { ok: true } });
    });

    it('lets a claim expire, so a request that died mid-way does not lock its key', async () => {
      const store = make();
      const s = scope();
      await store.claim(s, 'f1', 50);
      await new Promise((r) => setTimeout(r, 120));
      expect(await store.claim(s, 'f2', 60_000)).toEqual({ state: 'claimed' });
    });

    it('keeps scopes apart', async () => {
      const store = make();
      const [a, b] = [scope(), scope()];
      await store.claim(a, 'f1', 60_000);
      expect(await store.claim(b, 'f2', 60_000)).toEqual({ state: 'claimed' });
    });
  });
}
