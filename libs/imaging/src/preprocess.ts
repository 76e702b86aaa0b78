// Everything the preprocessor needs from one upload, from a single decode.

import { createModelDerivative, type DerivativeOptions, type ModelDerivative } from './derivative';
import { decodeAndValidate } from './decode';
import type { ImageLimits } from './domain/limits';
import { measureFacts, type ImageFacts } from './facts';

export interface PreprocessOptions {
  limits?: Partial<ImageLimits>;
  derivative?: Partial<DerivativeOptions>;
}

export interface PreprocessedImage {
  facts: ImageFacts;
  derivative: ModelDerivative;
}

/** Throws ImageRejected (with a stable `code`) for any input that is not an acceptable photo. */
export async function preprocessImage(bytes: Uint8Array, options: PreprocessOptions = {}): Promise<PreprocessedImage> {
  const workingMaxSide = Math.max(options.derivative?.maxSide ?? 1024, 64);
  const decoded = await decodeAndValidate(bytes, options.limits, { workingMaxSide });
  const [facts, derivative] = await Promise.all([measureFacts(decoded), createModelDerivative(decoded, options.derivative)]);
  return { facts, derivative };
}
