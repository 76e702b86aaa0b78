export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  /** Multiplier per attempt. */
  factor: number;
}

export const defaultBackoff: BackoffPolicy = Object.freeze({ initialMs: 200, maxMs: 30_000, factor: 2 });

/**
 * Exponential backoff with full jitter ("Exponential Backoff And Jitter", AWS Architecture Blog, 2015):
 * sleep = random(0, min(max, initial * factor^attempt)). Full jitter spreads retries of many consumers that failed
 * together (a model server restart) instead of synchronising them. `random` is injected so tests are deterministic.
 */
export function backoffDelay(attempt: number, p: BackoffPolicy = defaultBackoff, random: () => number = Math.random): number {
  const ceiling = Math.min(p.maxMs, p.initialMs * Math.pow(p.factor, Math.max(0, attempt)));
  return Math.floor(random() * ceiling);
}
