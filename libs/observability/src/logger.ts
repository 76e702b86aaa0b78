import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout (one object per line) for the cluster's log shipper; `service` on every line. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** A child logger that carries the event's correlation id, so one upload can be followed across services. */
export function withCorrelation(log: Logger, correlationId: string | undefined, extra: Record<string, unknown> = {}): Logger {
  return log.child({ correlationId, ...extra });
}
