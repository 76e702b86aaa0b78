/**
 * A counting semaphore. ONNX Runtime already spreads one run over `intraOpNumThreads` threads, so on a
 * 2-core machine two batches running at once only fight for the same cores (and double the arena
 * memory). Every session run goes through one shared semaphore so the number of runs in flight stays
 * bounded whatever the callers do.
 */
export class Semaphore {
  private available: number;
  private readonly waiters: Array<() => void> = [];

  constructor(readonly permits: number) {
    if (!Number.isInteger(permits) || permits < 1) throw new RangeError(`permits must be a positive integer, got ${permits}`);
    this.available = permits;
  }

  /** Runs `task` once a permit is free; the permit is released however `task` ends. */
  async use<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  get inFlight(): number {
    return this.permits - this.available;
  }

  get queued(): number {
    return this.waiters.length;
  }

  private acquire(): Promise<void> {
    if (this.available > 0) {
      this.available -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(): void {
    const next = this.waiters.shift();
    // Hand the permit straight to the next waiter (FIFO) rather than returning it to the pool,
    // so a burst of new callers cannot starve the queue.
    if (next) next();
    else this.available += 1;
  }
}
