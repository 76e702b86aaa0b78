/**
 * The three routes an error can take (shared/DESIGN.md "Conventions"):
 * - transient: retried with exponential backoff and jitter (a handler throwing anything but PoisonError);
 * - poison: this message can never succeed → `<topic>.dlq` with the reason in headers;
 * - expected business outcome: not an error at all, the handler returns an event (e.g. a rejected verdict).
 */
export class PoisonError extends Error {
  constructor(message: string, readonly reason = 'poison', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PoisonError';
  }
}

/** Stops the stage: too many consecutive poison messages (a bad deploy must not drain a topic into the DLQ). */
export class PoisonCapExceeded extends Error {
  constructor(readonly consecutive: number, readonly cap: number, readonly lastError: string) {
    super(`stopping: ${consecutive} consecutive messages failed (cap ${cap}); last error: ${lastError}`);
    this.name = 'PoisonCapExceeded';
  }
}

export const isPoison = (e: unknown): e is PoisonError => e instanceof PoisonError;
