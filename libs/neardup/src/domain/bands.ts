// Multi-index hashing (Norouzi, Punjani, Fleet, "Fast Search in Hamming Space with Multi-Index Hashing",
// CVPR 2012, https://www.cs.toronto.edu/~norouzi/research/papers/multi_index_hashing.pdf).
//
// The 64 bits are cut into `bands` contiguous substrings of equal width. If two hashes differ in at most
// `threshold` bits, the differing bits are spread over the bands, so at least one band differs in at most
// floor(threshold / bands) bits (pigeonhole). Looking up every band value within that radius therefore finds
// every stored hash within `threshold`: the candidate set is exact in recall, and Hamming confirmation
// removes the false candidates. With radius 0 (threshold < bands) a lookup reads exactly `bands` keys.
//
// A caller may probe a smaller radius r than floor(threshold / bands) to read far fewer keys (4 bands of 16
// bits: 68 keys at r = 1, 548 at r = 2). The search is then exact up to bands × (r + 1) − 1 bits and
// approximate between that and the threshold: a hash at distance d is found when some band differs in ≤ r
// bits, which is likely but not certain.

import { formatHash64 } from './hash64';

export const ALLOWED_BAND_COUNTS = [2, 4, 8, 16] as const;
export type BandCount = (typeof ALLOWED_BAND_COUNTS)[number];

/** A lookup may not read more band keys than this: beyond it a linear scan is the better tool. */
export const MAX_PROBES_PER_LOOKUP = 4096;

export interface BandScheme {
  readonly bands: BandCount;
  /** Bits per band: 64 / bands. */
  readonly bandBits: number;
  /** Largest Hamming distance that still counts as a near-duplicate. */
  readonly threshold: number;
  /** Hamming radius searched inside each band: floor(threshold / bands) unless set lower. */
  readonly probeRadius: number;
  /** Largest distance every stored hash within is guaranteed to be found at: min(threshold, bands × (probeRadius + 1) − 1). */
  readonly exactUpTo: number;
  /** Band keys read per lookup: bands × Σ_{i≤radius} C(bandBits, i). */
  readonly probesPerLookup: number;
}

export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - i + 1)) / i;
  return Math.round(r);
}

/** Validates and derives a band scheme; errors name the offending field. */
export function createBandScheme(input: { bands: number; threshold: number; probeRadius?: number | undefined }): BandScheme {
  const { bands, threshold } = input;
  if (!(ALLOWED_BAND_COUNTS as readonly number[]).includes(bands)) {
    throw new RangeError(`bands must be one of ${ALLOWED_BAND_COUNTS.join(', ')} (64 bits in equal hex-aligned bands), got ${bands}`);
  }
  if (!Number.isInteger(threshold) || threshold < 0 || threshold > 32) {
    throw new RangeError(`threshold must be an integer Hamming distance in 0..32, got ${threshold}`);
  }
  const bandBits = 64 / bands;
  const exactRadius = Math.floor(threshold / bands);
  const probeRadius = input.probeRadius ?? exactRadius;
  if (!Number.isInteger(probeRadius) || probeRadius < 0 || probeRadius > exactRadius) {
    throw new RangeError(`probeRadius must be an integer in 0..${exactRadius} (floor(threshold / bands)), got ${input.probeRadius}`);
  }
  let perBand = 0;
  for (let i = 0; i <= probeRadius; i++) perBand += binomial(bandBits, i);
  const probesPerLookup = bands * perBand;
  if (probesPerLookup > MAX_PROBES_PER_LOOKUP) {
    throw new RangeError(
      `threshold ${threshold} with ${bands} bands needs ${probesPerLookup} band probes per lookup (> ${MAX_PROBES_PER_LOOKUP}); use more bands or a smaller threshold`,
    );
  }
  const exactUpTo = Math.min(threshold, bands * (probeRadius + 1) - 1);
  return Object.freeze({ bands: bands as BandCount, bandBits, threshold, probeRadius, exactUpTo, probesPerLookup });
}

/** Band values, band 0 = the most significant bits (the first hex characters of the hash). */
export function bandValues(hash: bigint, scheme: BandScheme): number[] {
  const mask = (1n << BigInt(scheme.bandBits)) - 1n;
  const out: number[] = new Array(scheme.bands);
  for (let i = 0; i < scheme.bands; i++) {
    const shift = BigInt(64 - (i + 1) * scheme.bandBits);
    out[i] = Number((hash >> shift) & mask);
  }
  return out;
}

/** Band value as fixed-width hex (bandBits / 4 characters): the hex substring of the hash itself. */
export function bandHex(value: number, scheme: BandScheme): string {
  return value.toString(16).padStart(scheme.bandBits / 4, '0');
}

/** Every value within Hamming distance `radius` of `value` in a `bits`-wide field, `value` first. */
export function valuesWithinRadius(value: number, bits: number, radius: number): number[] {
  const out = [value >>> 0];
  const flip = (current: number, fromBit: number, left: number): void => {
    if (left === 0) return;
    for (let b = fromBit; b < bits; b++) {
      const next = (current ^ (2 ** b)) >>> 0;
      out.push(next);
      flip(next, b + 1, left - 1);
    }
  };
  flip(value >>> 0, 0, Math.min(radius, bits));
  return out;
}

/** The (band index, band hex) pairs a lookup must read for `hash`. */
export function probeBands(hash: bigint, scheme: BandScheme): Array<{ band: number; hex: string }> {
  const probes: Array<{ band: number; hex: string }> = [];
  bandValues(hash, scheme).forEach((value, band) => {
    for (const v of valuesWithinRadius(value, scheme.bandBits, scheme.probeRadius)) {
      probes.push({ band, hex: bandHex(v, scheme) });
    }
  });
  return probes;
}

/** The (band index, band hex) pairs under which `hash` is stored: one per band. */
export function storeBands(hash: bigint, scheme: BandScheme): Array<{ band: number; hex: string }> {
  const hex = formatHash64(hash);
  const w = scheme.bandBits / 4;
  return Array.from({ length: scheme.bands }, (_, band) => ({ band, hex: hex.slice(band * w, (band + 1) * w) }));
}
