interface Ticket {
  remaining: number;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export interface MicroBatcherOptions<T> {
  maxBatchSize: number;
  maxWaitMs: number;
  /** Processes one batch; items from several partitions, each partition's items in offset order. */
  flush: (items: T[]) => Promise<void>;
}

/**
 * Accumulates messages across partitions into micro-batches of up to `maxBatchSize`, waiting at most
 * `maxWaitMs` after the first queued item. kafkajs hands each partition's fetch to its own `eachBatch` call
 * (with `partitionsConsumedConcurrently`), so batching across partitions means several callers add to one queue
 * and each waits until its own items are flushed. Flushes run one at a time, in arrival order, so every partition's
 * items are processed in offset order. Memory stays bounded: a caller adds at most one chunk and then waits.
 */
export class MicroBatcher<T> {
  private queue: Array<{ item: T; ticket: Ticket }> = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly o: MicroBatcherOptions<T>) {
    if (o.maxBatchSize < 1) throw new Error('maxBatchSize must be at least 1');
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Resolves once every one of `items` has been flushed; rejects if a flush that held one of them failed. */
  add(items: T[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const ticket: Ticket = { remaining: items.length, resolve, reject };
      for (const item of items) this.queue.push({ item, ticket });
      this.schedule();
    });
  }

  /** Flushes whatever is queued now (used on shutdown and by tests). */
  async drain(): Promise<void> {
    while (this.queue.length || this.running) {
      if (!this.running) this.start();
      await this.running?.catch(() => undefined);
    }
  }

  private schedule(): void {
    if (this.running) return; // the running flush re-schedules when it ends
    if (this.queue.length >= this.o.maxBatchSize) {
      this.start();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        if (!this.running) this.start();
      }, this.o.maxWaitMs);
    }
  }

  private start(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue.splice(0, this.o.maxBatchSize);
    if (batch.length === 0) return;
    this.running = this.o
      .flush(batch.map((b) => b.item))
      .then(
        () => {
          for (const { ticket } of batch) if (--ticket.remaining === 0) ticket.resolve();
        },
        (e: unknown) => {
          // A failed flush means the consumer will restart from its committed offsets: everything queued
          // behind it is stale too, so fail those callers as well rather than process them out of order.
          const failed = new Set([...batch, ...this.queue.splice(0)].map((b) => b.ticket));
          for (const t of failed) t.reject(e);
        },
      )
      .finally(() => {
        this.running = undefined;
        if (this.queue.length) this.schedule();
      });
  }
}
