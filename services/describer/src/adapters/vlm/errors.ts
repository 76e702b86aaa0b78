/** Why the model server could not be used; all are transient (retry later, pause consumption). */
export type VlmUnavailableReason = 'circuit_open' | 'connection' | 'timeout' | 'http_status' | 'protocol' | 'aborted';

/** Transient: the server is down, overloaded, slow, or the circuit is open. Back off and redeliver; never dead-letter. */
export class VlmUnavailable extends Error {
  override readonly name = 'VlmUnavailable';
  readonly transient = true;
  constructor(
    readonly reason: VlmUnavailableReason,
    message: string,
    readonly attempts: number,
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(`VLM unavailable (${reason}${status !== null ? ` ${status}` : ''}) after ${attempts} attempt(s): ${message}`, options);
  }
}

/** Poison for this image: the reply failed the attribute schema, and so did the one repair reply. */
export class VlmBadOutput extends Error {
  override readonly name = 'VlmBadOutput';
  readonly transient = false;
  constructor(
    readonly errors: readonly string[],
    /** The last reply, truncated, for the dead-letter headers. */
    readonly content: string,
    readonly attempts: number,
  ) {
    super(`VLM output failed the attribute schema after repair: ${errors.slice(0, 5).join('; ')}`);
  }
}

/** Not retried: the server refused the request (4xx other than 408/429). */
export class VlmRequestRejected extends Error {
  override readonly name = 'VlmRequestRejected';
  readonly transient = false;
  constructor(
    readonly status: number,
    readonly body: string,
    readonly attempts: number,
  ) {
    super(`VLM server rejected the request with ${status}: ${body.slice(0, 300)}`);
  }
}

export type VlmError = VlmUnavailable | VlmBadOutput | VlmRequestRejected;

export const isVlmError = (e: unknown): e is VlmError => e instanceof VlmUnavailable || e instanceof VlmBadOutput || e instanceof VlmRequestRejected;

/** A config value the adapter cannot use; `field` names it. */
export class VlmConfigError extends Error {
  override readonly name = 'VlmConfigError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`invalid VLM config "${field}": ${message}`);
  }
}
