// What the decoder accepts. Parsed once into a frozen object; a bad value throws an error naming the field.

export const INPUT_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** libvips fail-on levels, least to most sensitive (https://sharp.pixelplumbing.com/api-constructor). */
export const FAIL_ON_LEVELS = ['none', 'truncated', 'error', 'warning'] as const;
export type FailOnLevel = (typeof FAIL_ON_LEVELS)[number];

export interface ImageLimits {
  /** Largest accepted file, in bytes. */
  readonly maxBytes: number;
  /** Largest accepted width × height of one frame (decompression-bomb guard), checked on the header. */
  readonly maxPixels: number;
  /** Smallest accepted width and height, in pixels. */
  readonly minSide: number;
  readonly allowedFormats: readonly InputFormat[];
  /** Animated GIF/WebP/AVIF: use the first frame, or refuse with code `animated`. */
  readonly animated: 'first-frame' | 'reject';
  /** sharp/libvips `failOn`: 'warning' is the level sharp recommends for untrusted input. */
  readonly failOn: FailOnLevel;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  // 100 MP: above every phone and most DSLR sensors, far below the 268 MP sharp allows by default.
  maxPixels: 100_000_000,
  minSide: 32,
  allowedFormats: INPUT_FORMATS,
  animated: 'first-frame',
  failOn: 'warning',
});

function positiveInteger(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) throw new RangeError(`limits.${field} must be a positive integer, got ${String(value)}`);
  return value;
}

export function parseImageLimits(input: Partial<ImageLimits> = {}): ImageLimits {
  const merged = { ...DEFAULT_IMAGE_LIMITS, ...input };
  const allowed = merged.allowedFormats;
  if (!Array.isArray(allowed) || allowed.length === 0 || allowed.some((f) => !(INPUT_FORMATS as readonly string[]).includes(f))) {
    throw new RangeError(`limits.allowedFormats must be a non-empty subset of ${INPUT_FORMATS.join(', ')}, got ${JSON.stringify(allowed)}`);
  }
  if (merged.animated !== 'first-frame' && merged.animated !== 'reject') throw new RangeError(`limits.animated must be 'first-frame' or 'reject', got ${String(merged.animated)}`);
  if (!(FAIL_ON_LEVELS as readonly string[]).includes(merged.failOn)) throw new RangeError(`limits.failOn must be one of ${FAIL_ON_LEVELS.join(', ')}, got ${String(merged.failOn)}`);
  return Object.freeze({
    maxBytes: positiveInteger(merged.maxBytes, 'maxBytes'),
    maxPixels: positiveInteger(merged.maxPixels, 'maxPixels'),
    minSide: positiveInteger(merged.minSide, 'minSide'),
    allowedFormats: Object.freeze([...allowed]),
    animated: merged.animated,
    failOn: merged.failOn,
  });
}
