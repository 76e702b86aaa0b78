import { deriveEventId } from './ids';

/** The fields every event carries (shared/DESIGN.md "Events"). */
export interface Envelope {
  eventId: string;
  causationId: string | null;
  correlationId: string;
  productId: string;
  occurredAt: number;
  producer: string;
}

export interface DeriveOptions {
  /** The stage that emits the derived event, e.g. "translator". */
  stage: string;
  /** "<service>@<version>". */
  producer: string;
  /** Epoch millis; passed in so domain code stays a pure function of its inputs. */
  now: number;
  modelVersion?: string;
  /** Distinguishes several outputs of one stage for one input (rare). */
  discriminator?: string;
}

/** The envelope of an event caused by `cause`: same product and correlation, deterministic id. */
export function deriveEnvelope(cause: Envelope, o: DeriveOptions): Envelope {
  return {
    eventId: deriveEventId(cause.eventId, o.stage, o.modelVersion ?? '', o.discriminator ?? ''),
    causationId: cause.eventId,
    correlationId: cause.correlationId,
    productId: cause.productId,
    occurredAt: o.now,
    producer: o.producer,
  };
}
