/** The slice of a pino logger the library uses, so callers pass theirs and tests pass a recorder. */
export interface InferenceLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export const silentLogger: InferenceLogger = Object.freeze({
  info: () => undefined,
  warn: () => undefined,
});
