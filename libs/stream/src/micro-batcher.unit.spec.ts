import { describe, expect, it } from 'vitest';
import { MicroBatcher } from './micro-batcher';
import { backoffDelay } from './backoff';
import { PoisonCap } from './poison-cap';
import { PoisonCapExceeded } from './errors';
import { deadLetterMessage, readDeadLetterHeaders } from './dlq';

describe('MicroBatcher', () => {
  it('batches items from several callers up to maxBatchSize, in arrival order', async () => {
    const seen: number[][] = [];
    const b = new MicroBatcher<number>({ maxBatchSize: 4, maxWaitMs: 1000, flush: async (xs) => void seen.push(xs) });
    await Promise.all([b.add([1, 2, 3]), b.add([4, 5]), b.add([6, 7, 8])]);
    expect(seen).toEqual([[1, 2, 3, 4], [5, 6, 7, 8]]);
  });

  it('flushes a partial batch after maxWaitMs', async () => {
    const seen: number[][] = [];
    const b = new MicroBatcher<number>({ maxBatchSize: 100, maxWaitMs: 20, flush: async (xs) => void seen.push(xs) });
    const t0 = Date.now();
    await b.add([1, 2]);
    expect(seen).toEqual([[1, 2]]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(15);
  });

  it('never runs two flushes at once', async () => {
    let active = 0;
    let maxActive = 0;
    const b = new MicroBatcher<number>({
      maxBatchSize: 2, maxWaitMs: 1,
      flush: async () => { active++; maxActive = Math.max(maxActive, active); await new Promise((r) => setTimeout(r, 5)); active--; },
    });
    await Promise.all(Array.from({ length: 10 }, (_, i) => b.add([i, i + 100])));
    expect(maxActive).toBe(1);
  });

  it('fails the callers of a failed flush and everything queued behind it', async () => {
    const b = new MicroBatcher<number>({ maxBatchSize: 2, maxWaitMs: 1, flush: async (xs) => { if (xs.includes(1)) throw new Error('boom'); } });
    const results = await Promise.allSettled([b.add([1, 2]), b.add([3])]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with full jitter', () => {
    const p = { initialMs: 100, maxMs: 1000, factor: 2 };
    expect(backoffDelay(0, p, () => 0.999)).toBe(99);
    expect(backoffDelay(3, p, () => 0.999)).toBe(799);
    expect(backoffDelay(10, p, () => 0.999)).toBe(999);
    expect(backoffDelay(10, p, () => 0)).toBe(0);
  });
});

describe('PoisonCap', () => {
  it('refuses a unit that would cross the cap, and a success resets the count', () => {
    const cap = new PoisonCap(3);
    cap.plan([{ poison: true }, { poison: true }])();
    expect(cap.current).toBe(2);
    expect(() => cap.plan([{ poison: true }, { poison: true, error: 'bad' }])).toThrow(PoisonCapExceeded);
    expect(cap.current).toBe(2);
    cap.plan([{ poison: true }, { poison: false }, { poison: true }])();
    expect(cap.current).toBe(1);
  });
});

describe('dead letters', () => {
  it('keep the original bytes and record where and why', () => {
    const m = deadLetterMessage({
      topic: 't', partition: 2, offset: '41', key: Buffer.from('p1'), value: Buffer.from([1, 2]), headers: { trace: 'x' },
      error: new TypeError('bad image'), reason: 'invalid_image', stage: 'preprocessor', firstFailureAt: 0, attempts: 3,
    });
    expect(m.value).toEqual(Buffer.from([1, 2]));
    const h = readDeadLetterHeaders(m.headers);
    expect(h).toMatchObject({ error: 'bad image', errorClass: 'TypeError', reason: 'invalid_image', stage: 'preprocessor', sourceTopic: 't', sourcePartition: '2', sourceOffset: '41', attempts: '3', firstFailureAt: '1970-01-01T00:00:00.000Z' });
    expect(m.headers.trace).toBe('x');
  });
});
