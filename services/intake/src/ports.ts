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
  log?: IntakeLog;
}
