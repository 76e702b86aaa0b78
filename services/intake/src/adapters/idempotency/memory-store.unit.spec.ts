import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore } from './memory-store';
import { idempotencyStoreContract } from './store.contract';

idempotencyStoreContract('memory', () => createMemoryIdempotencyStore());

describe('memory idempotency store', () => {
  it('drops the oldest entries past its bound', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 2 });
    for (const s of ['a', 'b', 'c']) await store.claim(s, 'f', 60_000);
    expect(await store.claim('a', 'other', 60_000)).toEqual({ state: 'claimed' });
    expect(await store.claim('c', 'other', 60_000)).toEqual({ state: 'mismatch' });
  });
});
