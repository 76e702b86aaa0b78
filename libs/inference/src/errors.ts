/**
 * Raised when a configured model cannot be brought to a ready state (missing file, unreadable graph,
 * inputs that disagree with the registry entry, warm-up failure). The describer treats it as
 * "not ready" and reports `modelId`, `file` and `reason` on /readyz instead of crashing blind.
 */
export class ModelLoadError extends Error {
  override readonly name = 'ModelLoadError';
  constructor(
    readonly modelId: string,
    readonly file: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`model "${modelId}" (${file}) failed to load: ${reason}`, options);
  }
}

/** A configuration value that cannot be used; `field` is the dotted path of the offending value. */
export class InferenceConfigError extends Error {
  override readonly name = 'InferenceConfigError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`invalid inference config at "${field}": ${message}`);
  }
}

/** Raised when a run is asked of a model id the registry does not hold. */
export class UnknownModelError extends Error {
  override readonly name = 'UnknownModelError';
  constructor(readonly modelId: string) {
    super(`no model "${modelId}" is loaded`);
  }
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
