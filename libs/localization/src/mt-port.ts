/**
 * The machine-translation port. Adapters (services/translator/src/adapters) implement it for an OpenAI-compatible
 * chat-completions server and for LibreTranslate; the translator service picks one in its composition root (MT=…).
 */
export interface TranslateRequest {
  /** Texts to translate, in order; the result has one entry per text, in the same order. */
  texts: readonly string[];
  /** BCP 47 source locale, e.g. "en", "zh-CN". */
  from: string;
  /** BCP 47 target locale. */
  to: string;
  /**
   * Terms that must come back verbatim (brand, model, text printed on the product). Adapters mask them before the
   * call and restore them after (see maskTerms), and fail with MtIntegrityError if the engine lost one.
   */
  protectedTerms: readonly string[];
}

export type TranslateFn = (request: TranslateRequest) => Promise<string[]>;

/** Base of every machine-translation failure. `retryable` tells the caller whether a retry with backoff may help. */
export class MtError extends Error {
  override readonly name: string = 'MtError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Network failure, timeout, 429 or 5xx: worth retrying with backoff. */
export class MtTransientError extends MtError {
  override readonly name = 'MtTransientError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, true, options);
  }
}

/** The engine refused the request (4xx other than 429, unsupported language, malformed answer): retrying will not help. */
export class MtPermanentError extends MtError {
  override readonly name = 'MtPermanentError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, false, options);
  }
}

/** The engine answered, but lost or altered a protected term, or returned the wrong number of texts. */
export class MtIntegrityError extends MtError {
  override readonly name = 'MtIntegrityError';
  constructor(message: string) {
    super(message, false);
  }
}
