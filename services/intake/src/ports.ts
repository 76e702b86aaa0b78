import type { BlobStore } from '@vitrine/blobstore';
import type { ImageUploaded } from '@vitrine/contracts';

/** Records an upload on the event bus (Kafka in production, the embedded pipeline in `vitrine up`). */
export type PublishImageUploaded = (event: ImageUploaded) => Promise<void>;

export interface FetchedImage {
  bytes: Buffer;
  /** The URL the bytes finally came from, after redirects. */
  finalUrl: string;
  redirects: number;
}

/**
 * Fetches an image URL under the SSRF policy. Refusals and failures are thrown as ProblemError
 * (url-not-allowed, url-fetch-failed, url-fetch-timeout, payload-too-large) so the API can answer with them as they are.
 */
export type FetchImageUrl = (url: URL, signal?: AbortSignal) => Promise<FetchedImage>;

/** What the store knows of an idempotency key when a request claims it. */
export type IdempotencyClaim =
  /** The key is now this request's: process it, then `complete` or `release`. */
  | { state: 'claimed' }
  /** A request with this key and fingerprint was answered: send the same answer again. */
  | { state: 'done'; response: unknown }
  /** Another request holds the key right now. */
  | { state: 'in-flight' }
  /** The key was used for a request with another fingerprint. */
  | { state: 'mismatch' };

/**
 * Remembers answered uploads by idempotency key (the scope already includes the API key). A claim expires on its own
 * (`claimTtlMs`) so a request that died mid-way does not lock its key forever; an answer is kept `ttlMs`.
 */
export interface IdempotencyStore {
  claim(scope: string, fingerprint: string, claimTtlMs: number): Promise<IdempotencyClaim>;
  complete(scope: string, fingerprint: string, response: unknown, ttlMs: number): Promise<void>;
  /** Gives the key back after a failed request, so its retry is processed; only a claim with this fingerprint is dropped. */
  release(scope: string, fingerprint: string): Promise<void>;
  close(): Promise<void>;
}

export interface Readiness {
  ready: boolean;
  reasons: string[];
}

/** Minimal structured logger (pino's shape), so tests can pass nothing and main.ts passes pino. */
export interface IntakeLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface IntakePorts {
  blobs: Pick<BlobStore, 'put'>;
  publish: PublishImageUploaded;
  fetchUrl: FetchImageUrl;
  now: () => number;
  newEventId: () => string;
  ready: () => Readiness;
  idempotency: IdempotencyStore;
  log?: IntakeLog;
}
