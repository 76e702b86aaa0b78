import { describe, expect, it } from 'vitest';
import { fullJitterDelay, parseRetryAfter, sleep } from './backoff';
import { CircuitBreaker, type CircuitState } from './circuit-breaker';
import { ConcurrencyLimiter } from './limiter';

describe('circuit breaker', () => {
  const setup = (threshold = 3, cooldownMs = 1000, probes = 1) => {
    let t = 0;
    const changes: Array<[CircuitState, CircuitState]> = [];
    const b = new CircuitBreaker({ failureThreshold: threshold, cooldownMs, halfOpenProbes: probes }, () => t, (f, to) => changes.push([f, to]));
    return { b, changes, advance: (ms: number) => (t += ms) };
  };

  it('opens after consecutive failures only; a success in between resets the count', () => {
    const { b } = setup(3);
    b.acquire()!.failure();
    b.acquire()!.failure();
    b.acquire()!.success();
    b.acquire()!.failure();
    b.acquire()!.failure();
    expect(b.state()).toBe('closed');
    b.acquire()!.failure();
    expect(b.state()).toBe('open');
    expect(b.isOpen()).toBe(true);
    expect(b.acquire()).toBeNull();
  });

  it('half-opens after the cooldown, admits only the probes, closes on success and reopens on failure', () => {
    const { b, changes, advance } = setup(1, 1000, 1);
    b.acquire()!.failure();
    advance(999);
    expect(b.isOpen()).toBe(true);
    advance(1);
    expect(b.state()).toBe('half-open');
    expect(b.isOpen()).toBe(false);
    const probe = b.acquire()!;
    expect(b.acquire()).toBeNull(); // one probe at a time
    probe.failure();
    expect(b.state()).toBe('open');
    advance(1000);
    const probe2 = b.acquire()!;
    probe2.success();
    probe2.failure(); // ignored: one outcome per permit
    expect(b.state()).toBe('closed');
    expect(changes).toEqual([
      ['closed', 'open'],
      ['open', 'half-open'],
      ['half-open', 'open'],
      ['open', 'half-open'],
      ['half-open', 'closed'],
    ]);
  });

  it('gives the probe slot back when a probe is released without an outcome', () => {
    const { b, advance } = setup(1, 10, 1);
    b.acquire()!.failure();
    advance(10);
    b.acquire()!.release();
    expect(b.state()).toBe('half-open');
    expect(b.acquire()).not.toBeNull();
  });
});

describe('backoff', () => {
  it('draws a full-jitter delay below min(cap, base·2^attempt), with Retry-After as a floor', () => {
    expect(fullJitterDelay(0, 100, 10_000, () => 0.999)).toBe(99);
    expect(fullJitterDelay(3, 100, 10_000, () => 0.5)).toBe(400);
    expect(fullJitterDelay(10, 100, 1_000, () => 0.999)).toBe(999);
    expect(fullJitterDelay(0, 100, 10_000, () => 0)).toBe(0);
    expect(fullJitterDelay(0, 100, 10_000, () => 0, 2_000)).toBe(2_000);
    expect(fullJitterDelay(0, 100, 1_000, () => 0, 60_000)).toBe(1_000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
  });

  it('sleeps, and stops at once on abort', async () => {
    const c = new AbortController();
    const p = sleep(10_000, c.signal);
    c.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});

describe('concurrency limiter', () => {
  it('never runs more than the limit at once and serves waiters in order', async () => {
    const lim = new ConcurrencyLimiter(2);
    let active = 0, peak = 0;
    const order: number[] = [];
    const task = (i: number) => lim.run(async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      order.push(i);
      active--;
    });
    await Promise.all([0, 1, 2, 3, 4, 5].map(task));
    expect(peak).toBe(2);
    expect(order.slice(2)).toEqual([2, 3, 4, 5]);
    expect(lim.inFlight).toBe(0);
    expect(() => new ConcurrencyLimiter(0)).toThrow(/positive/);
  });

  it('drops a waiter whose signal aborts', async () => {
    const lim = new ConcurrencyLimiter(1);
    let release!: () => void;
    const first = lim.run(() => new Promise<void>((r) => (release = r)));
    const c = new AbortController();
    const second = lim.run(async () => 'ran', c.signal);
    expect(lim.queued).toBe(1);
    c.abort(new Error('gone'));
    await expect(second).rejects.toThrow('gone');
    expect(lim.queued).toBe(0);
    release();
    await first;
  });
});
