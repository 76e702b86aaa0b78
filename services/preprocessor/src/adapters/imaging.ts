// sharp-backed image ports: @vitrine/imaging does the work; this file fixes its options from config.

import sharp from 'sharp';
import { cacheFingerprint, parseDerivativeOptions, parseImageLimits, preprocessImage, type DerivativeOptions, type ImageLimits } from '@vitrine/imaging';
import type { FingerprintDerivative, PreprocessImage } from '../ports';

export interface ImagingOptions {
  limits?: Partial<ImageLimits>;
  derivative?: Partial<DerivativeOptions>;
}

export function createSharpImaging(options: ImagingOptions = {}): { preprocess: PreprocessImage; fingerprint: FingerprintDerivative } {
  // Validate once at start-up so a bad limit stops the service instead of poisoning every image.
  const limits = parseImageLimits(options.limits);
  const derivative = parseDerivativeOptions(options.derivative);
  // libvips' operation cache keeps recent decoded images (default 50 MB) for re-use that never happens here:
  // every upload is a different image. Off keeps the stage inside its 256 MiB RSS budget.
  sharp.cache(false);
  return {
    preprocess: (bytes) => preprocessImage(bytes, { limits, derivative }),
    fingerprint: (bytes) => cacheFingerprint(bytes),
  };
}
