// Index configuration, parsed once into a frozen object; a bad value throws an error naming the field.

import { createBandScheme, type BandScheme } from './bands';

/** Chosen from the synthetic corpus measurements (see bench/RESULTS.md, "Preprocessing"). */
export const DEFAULT_THRESHOLD = 7;
export const DEFAULT_BANDS = 4;
/** Mean CIE76 ΔE over the colour layout cells above which two images are different products. */
export const DEFAULT_COLOUR_THRESHOLD = 12;
export const DEFAULT_NAMESPACE = 'vitrine:nd';

export interface NearDupOptions {
  /** Entries of different model versions never see each other. */
  modelVersion: string;
  /** Largest Hamming distance (of 64 bits) that counts as a near-duplicate. */
  threshold?: number;
  /** Number of equal bands the 64 bits are cut into: 2, 4, 8 or 16. */
  bands?: number;
  /** Largest mean ΔE between colour layouts; `null` turns the colour check off. */
  colourThreshold?: number | null;
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
    scheme = createBandScheme({ bands: options.bands ?? DEFAULT_BANDS, threshold: options.threshold ?? DEFAULT_THRESHOLD });
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
  band: (config: NearDupConfig, band: number, hex: string) => `${config.keyPrefix}:b${band}:${hex}`,
  record: (config: NearDupConfig, hashHex: string) => `${config.keyPrefix}:h:${hashHex}`,
  count: (config: NearDupConfig) => `${config.keyPrefix}:n`,
};
