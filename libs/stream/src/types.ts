import type { IHeaders } from 'kafkajs';
import type { EventName, EventTypes } from '@vitrine/contracts';

/** A decoded input message with its coordinates. */
export interface InputRecord<E extends EventName = EventName> {
  event: E;
  value: EventTypes[E];
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: IHeaders;
  /** Broker timestamp, epoch millis as a string (kafkajs convention). */
  timestamp: string;
}

/** An event to emit; the Kafka key is always the event's productId. */
export type OutputEvent = { [E in EventName]: { event: E; value: EventTypes[E] } }[EventName];

/**
 * What became of one input record:
 * - `outputs`: done (possibly with no output, e.g. a filtered event);
 * - `poison`: can never succeed → dead-letter topic;
 * - `retry`: failed for now → the runner retries this record with backoff, then dead-letters it after
 *   `maxRecordAttempts` (e.g. one image that keeps failing in the model).
 * A handler that throws instead fails the whole batch as transient (a dependency is down): the runner retries it
 * with backoff for as long as it takes, and the partitions stop fetching meanwhile, so nothing is lost.
 */
export type RecordOutcome = { outputs: OutputEvent[] } | { poison: Error; reason?: string } | { retry: Error };

export interface HandlerContext {
  /** Epoch millis at the start of this call; domain code receives time as data. */
  now: number;
  stage: string;
  /** 1 on the first call for these records, then 2, 3 … on retries. */
  attempt: number;
}

/** One call per micro-batch (or per message in per-message mode); returns one outcome per record, in order. */
export type StageHandler<E extends EventName = EventName> = (records: Array<InputRecord<E>>, ctx: HandlerContext) => Promise<RecordOutcome[]>;
