import type { IHeaders } from 'kafkajs';

/** Header names on a dead-lettered message; the value and key are the original bytes, untouched. */
export const dlqHeaders = Object.freeze({
  error: 'vitrine.dlq.error',
  errorClass: 'vitrine.dlq.error-class',
  reason: 'vitrine.dlq.reason',
  stage: 'vitrine.dlq.stage',
  sourceTopic: 'vitrine.dlq.source-topic',
  sourcePartition: 'vitrine.dlq.source-partition',
  sourceOffset: 'vitrine.dlq.source-offset',
  firstFailureAt: 'vitrine.dlq.first-failure-at',
  attempts: 'vitrine.dlq.attempts',
});

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: IHeaders;
  error: Error;
  reason: string;
  stage: string;
  firstFailureAt: number;
  attempts: number;
}

/** The message to write to `<topic>.dlq`: original key, value and headers, plus where and why it failed. */
export function deadLetterMessage(d: DeadLetter): { key: Buffer | null; value: Buffer | null; headers: IHeaders } {
  const original = Object.fromEntries(Object.entries(d.headers ?? {}).filter(([k]) => !k.startsWith('vitrine.dlq.')));
  return {
    key: d.key,
    value: d.value,
    headers: {
      ...original,
      [dlqHeaders.error]: truncate(d.error.message, 4000),
      [dlqHeaders.errorClass]: d.error.name,
      [dlqHeaders.reason]: d.reason,
      [dlqHeaders.stage]: d.stage,
      [dlqHeaders.sourceTopic]: d.topic,
      [dlqHeaders.sourcePartition]: String(d.partition),
      [dlqHeaders.sourceOffset]: d.offset,
      [dlqHeaders.firstFailureAt]: new Date(d.firstFailureAt).toISOString(),
      [dlqHeaders.attempts]: String(d.attempts),
    },
  };
}

/** Reads the DLQ headers back (for `vitrine dlq list|show|redrive`). */
export function readDeadLetterHeaders(headers: IHeaders | undefined): Record<keyof typeof dlqHeaders, string | undefined> {
  const get = (k: string) => {
    const v = headers?.[k];
    const one = Array.isArray(v) ? v[0] : v;
    return one === undefined ? undefined : one.toString();
  };
  return Object.fromEntries(Object.entries(dlqHeaders).map(([name, header]) => [name, get(header)])) as never;
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
