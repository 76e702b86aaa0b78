/**
 * Exponential backoff with full jitter: delay = random(0, min(cap, base · 2^attempt)). Full jitter spreads the retries
 * of many clients that failed together (AWS Architecture Blog, "Exponential Backoff And Jitter",
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/). A server's Retry-After, when given,
 * is a floor (capped at `capMs`).
 */
export function fullJitterDelay(attempt: number, baseMs: number, capMs: number, random: () => number, retryAfterMs: number | null = null): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  const jittered = Math.floor(random() * ceiling);
  return retryAfterMs !== null ? Math.max(jittered, Math.min(capMs, retryAfterMs)) : jittered;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Sleeps `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
