// Public API of @vitrine/neardup: a near-duplicate index of 64-bit perceptual hashes, keyed by model
// version, with a pure core (domain/) and two adapters (Redis, memory).

export type { Fingerprint, FingerprintInput, NearDupEntry, NearDupIndex, NearDupMatch } from './port';
export { createNearDupIndex } from './adapters/redis-index';
export { createMemoryNearDupIndex } from './adapters/memory-index';
export {
  DEFAULT_BANDS,
  DEFAULT_COLOUR_THRESHOLD,
  DEFAULT_NAMESPACE,
  DEFAULT_PROBE_RADIUS,
  DEFAULT_THRESHOLD,
  parseNearDupOptions,
  type NearDupConfig,
  type NearDupOptions,
} from './domain/options';
export { formatHash64, hammingDistance, hammingDistanceHiLo, parseHash64, popcount32, splitHash64, HASH64_HEX_LENGTH } from './domain/hash64';
export { bandValues, createBandScheme, probeBands, storeBands, valuesWithinRadius, ALLOWED_BAND_COUNTS, MAX_PROBES_PER_LOOKUP, type BandScheme } from './domain/bands';
export { colourLayoutDistance } from './domain/colour-layout';
export { createLinearScan, type LinearScan } from './domain/linear-scan';
export { bandReachable, distanceMargins, isNearDuplicatePair, pairwiseConfusion, type Confusion, type DecisionRule, type LabelledFingerprint } from './domain/evaluate';
export { createNearDupIndexFromConfig, type NearDupIndexConfig } from './factory';
export {
  CACHED_DESCRIPTION_FORMAT,
  CachedDescriptionError,
  decodeCachedDescription,
  encodeCachedDescription,
  validateProductDescription,
  type CachedDescription,
  type ModelRef,
} from './cached-description';
