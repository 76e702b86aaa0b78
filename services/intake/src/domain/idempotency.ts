// Idempotency-Key for the upload endpoints (IETF draft "The Idempotency-Key HTTP Header Field",
// https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/): an upload system that lost the answer
// to a POST retries it with the same key and gets the first answer back instead of a second ImageUploaded.
// Keys are scoped to the API key that sent them, so two clients can never collide on one.

import { createHash } from 'node:crypto';
import { deriveEventId } from '@vitrine/contracts';
import { problem, ProblemError } from './problems';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Long enough for a UUID, a ULID or a client's own request id with a prefix; printable ASCII only (it is logged). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The key from the request headers, null when absent; a malformed or repeated header is refused. */
export function parseIdempotencyKey(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  if (Array.isArray(header)) {
    throw new ProblemError(problem('malformed-request', 'send one Idempotency-Key header, not several'));
  }
  // The draft makes the value a structured-field string ("…"); plain tokens are what most clients send. Take both.
  const value = /^".*"$/.test(header) ? header.slice(1, -1) : header;
  if (!KEY_PATTERN.test(value)) {
    throw new ProblemError(problem('malformed-request', 'the Idempotency-Key must be 1 to 255 printable ASCII characters without spaces, e.g. a UUID'));
  }
  return value;
}

/** Where a key is stored: the hash of the API key that sent it (never the API key itself), then the key. */
export function idempotencyScope(apiKey: string, key: string): string {
  return `${createHash('sha256').update(apiKey).digest('hex').slice(0, 16)}:${key}`;
}

/**
 * What makes two requests "the same request": the image's sha256 (or the URL, before it is fetched) and the upload
 * fields, in a fixed order. A retry must match it; the same key with anything else is a client bug worth refusing.
 */
export function requestFingerprint(source: { imageSha256: string } | { url: string }, fields: object): string {
  const canonical = JSON.stringify([source, Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * The event id of an upload sent with a key: the same key and request always give the same id, so even if the store
 * forgot the first answer (expired, or lost between the publish and the write), a retry publishes an event that
 * consumers dedupe by id. A different request under a reused key gets a different id.
 */
export const idempotentEventId = (scope: string, fingerprint: string): string => deriveEventId(scope, 'intake', '', fingerprint);

export const idempotencyProblems = {
  inFlight: (key: string) =>
    new ProblemError(
      problem('idempotency-key-in-use', `a request with Idempotency-Key "${key}" is still being processed; retry after it has been answered`, { headers: { 'retry-after': '1' } }),
    ),
  reused: (key: string) =>
    new ProblemError(
      problem('idempotency-key-reused', `Idempotency-Key "${key}" was already used for a different upload (other image, URL or fields); use a new key for a new upload`),
    ),
};
