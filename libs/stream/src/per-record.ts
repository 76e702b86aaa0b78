import type { EventName } from '@vitrine/contracts';
import { PoisonError } from './errors';
import type { HandlerContext, InputRecord, OutputEvent, RecordOutcome, StageHandler } from './types';

/** A dependency is down (model server, blob store): fail the whole batch as transient, retry it indefinitely. */
export class UnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnavailableError';
  }
}

/**
 * Adapts a function of one record into a batch handler, running up to `concurrency` records at a time.
 * Errors are classified by type: PoisonError → dead letter; UnavailableError → whole batch transient;
 * anything else → this record is retried, then dead-lettered.
 */
export function perRecord<E extends EventName>(
  fn: (record: InputRecord<E>, ctx: HandlerContext) => Promise<OutputEvent[]>,
  concurrency = 1,
): StageHandler<E> {
  return async (records, ctx) => {
    const out: RecordOutcome[] = new Array(records.length);
    let next = 0;
    let unavailable: unknown;
    const worker = async () => {
      while (next < records.length && !unavailable) {
        const i = next++;
        try {
          out[i] = { outputs: await fn(records[i]!, ctx) };
        } catch (e) {
          if (e instanceof UnavailableError) unavailable = e;
          else if (e instanceof PoisonError) out[i] = { poison: e, reason: e.reason };
          else out[i] = { retry: e instanceof Error ? e : new Error(String(e)) };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, records.length)) }, worker));
    if (unavailable) throw unavailable;
    return out;
  };
}
