// Index configuration, parsed once into a frozen object; a bad value throws an error naming the field.

import { createBandScheme, type BandScheme } from './bands';

// Defaults measured on the generated corpus (libs/imaging/test-fixtures, 27 product/colour groups × 6
// variants; services/preprocessor/src/near-dup-quality.int.spec.ts prints the numbers):
// - pHash of the derivative: near-duplicate pairs differ in up to 18 bits (a 2 % crop of a white studio shot
//   moves the product against the 32×32 sample grid), distinct products in as few as 8; 10 keeps 97 % of the
//   near-duplicate pairs with the exact probe radius (93 % with the default radius 1), and the colour check
//   removes the distinct products that fall under it.
// - colour (mean ΔE of the 4 most different of 8×8 cells): near-duplicates ≤ 15.3, recolours ≥ 35.3; 24 sits
//   between them with room on both sides.
// These come from synthetic images; re-measure on real catalogue pairs before trusting them further.
export const DEFAULT_THRESHOLD = 10;
export const DEFAULT_BANDS = 4;
/**
 * Band probe radius unless set: 1, i.e. 4 × 17 = 68 band keys per lookup, exact up to 7 bits and approximate
 * from 8 to 10. The exact radius for threshold 10 (2) reads 548 keys and ~8,000 candidates per lookup among a
 * million hashes: p50 ≈ 1.9 ms instead of ≈ 0.4 ms (bench/RESULTS.md, "Preprocess"), for 3 more hits in 1,000
 * near queries there and a pairwise recall of 0.968 instead of 0.925 on the generated corpus.
 */
export const DEFAULT_PROBE_RADIUS = 1;
/** Colour-layout distance (colour-layout.ts) above which two images are different products. */
export const DEFAULT_COLOUR_THRESHOLD = 24;
export const DEFAULT_NAMESPACE = 'vitrine:nd';

export interface NearDupOptions {
  /** Entries of different model versions never see each other. */
  modelVersion: string;
  /** Largest Hamming distance (of 64 bits) that counts as a near-duplicate. */
  threshold?: number;
  /** Number of equal bands the 64 bits are cut into: 2, 4, 8 or 16. */
  bands?: number;
  /** Largest colour-layout distance (ΔE); `null` turns the colour check off. */
  colourThreshold?: number | null;
  /**
   * Hamming radius probed inside each band. floor(threshold / bands) finds every stored hash within the
   * threshold; smaller is faster but exact only up to bands × (probeRadius + 1) − 1 bits, beyond that a hash is
   * found only when one of its bands is within probeRadius (see bands.ts). Default: the smaller of the two and
   * DEFAULT_PROBE_RADIUS.
   */
  probeRadius?: number;
  /** Key prefix before the model version. */
  namespace?: string;
}

export interface NearDupConfig {
  readonly modelVersion: string;
  readonly scheme: BandScheme;
  readonly colourThreshold: number | null;
  /** `<namespace>:<model version, URI-component encoded>`: every key of this index starts with it. */
  readonly keyPrefix: string;
}

export function parseNearDupOptions(options: NearDupOptions): NearDupConfig {
  const { modelVersion } = options;
  if (typeof modelVersion !== 'string' || modelVersion.length === 0 || modelVersion.length > 200) {
    throw new RangeError(`modelVersion must be a non-empty string of at most 200 characters, got ${JSON.stringify(modelVersion)}`);
  }
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  if (!/^[A-Za-z0-9:_.-]+$/.test(namespace)) throw new RangeError(`namespace must match [A-Za-z0-9:_.-]+, got ${JSON.stringify(namespace)}`);
  let scheme: BandScheme;
  try {
    const bands = options.bands ?? DEFAULT_BANDS;
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const probeRadius = options.probeRadius ?? (Number.isInteger(threshold) && threshold >= 0 ? Math.min(DEFAULT_PROBE_RADIUS, Math.floor(threshold / bands)) : undefined);
    scheme = createBandScheme({ bands, threshold, probeRadius });
  } catch (e) {
    throw new RangeError(`near-duplicate index options: ${(e as Error).message}`);
  }
  const colourThreshold = options.colourThreshold === undefined ? DEFAULT_COLOUR_THRESHOLD : options.colourThreshold;
  if (colourThreshold !== null && !(Number.isFinite(colourThreshold) && colourThreshold >= 0)) {
    throw new RangeError(`colourThreshold must be a non-negative number or null, got ${colourThreshold}`);
  }
  // encodeURIComponent keeps ':' out of the version, so one version's keys can never be another version's
  // keys (a version "a:b1" would otherwise share keys with band 1 of version "a").
  const keyPrefix = `${namespace}:${encodeURIComponent(modelVersion)}`;
  return Object.freeze({ modelVersion, scheme, colourThreshold, keyPrefix });
}

export const keys = {
  band: (config: NearDupConfig, band: number, hex: string) => `${config.keyPrefix}:p${band}:${hex}`,
  record: (config: NearDupConfig, hashHex: string) => `${config.keyPrefix}:h:${hashHex}`,
  count: (config: NearDupConfig) => `${config.keyPrefix}:n`,
};
