// The preprocessor's own settings (the stream settings come from parseStreamConfig). Parsed once into a frozen
// object; a bad value names its environment variable.

import { env, parseConfig, z } from '@vitrine/config';
import { DEFAULT_DERIVATIVE, DEFAULT_IMAGE_LIMITS } from '@vitrine/imaging';
import { DEFAULT_BANDS, DEFAULT_COLOUR_THRESHOLD, DEFAULT_NAMESPACE, DEFAULT_THRESHOLD } from '@vitrine/neardup';

const shape = {
  /** The describer model version the cache is checked for; must equal the describer's MODEL_VERSION. */
  modelVersion: z.string().min(1).max(200).default('offline-1'),
  blobStoreDir: z.string().min(1).default('.vitrine/blobs'),
  /** redis: the shared index every replica and the describer see; memory: in-process (embedded CLI mode). */
  nearDupIndex: z.enum(['redis', 'memory']).default('redis'),
  redisUrl: z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL').default('redis://127.0.0.1:6379'),
  nearDupNamespace: z.string().regex(/^[A-Za-z0-9:_.-]+$/, 'letters, digits and ":_.-" only').default(DEFAULT_NAMESPACE),
  nearDupThreshold: env.int(0, 32).default(DEFAULT_THRESHOLD),
  /**
   * Probe radius per band. Default: min(DEFAULT_PROBE_RADIUS, floor(threshold / bands)) (@vitrine/neardup);
   * floor(threshold / bands) is exact, lower trades recall above bands × (r + 1) − 1 bits for speed.
   */
  nearDupProbeRadius: env.int(0, 16).optional(),
  nearDupBands: z.enum(['2', '4', '8', '16']).transform(Number).default(`${DEFAULT_BANDS}` as const),
  /** Mean ΔE*ab between colour layouts above which two images are different products; "off" disables the check. */
  nearDupColourThreshold: z
    .string()
    .regex(/^(off|\d+(\.\d+)?)$/, 'a non-negative number or "off"')
    .transform((v) => (v === 'off' ? null : Number(v)))
    .default(String(DEFAULT_COLOUR_THRESHOLD)),
  maxImageBytes: env.int(1, 1024 * 1024 * 1024).default(DEFAULT_IMAGE_LIMITS.maxBytes),
  maxImagePixels: env.int(1, 1_000_000_000).default(DEFAULT_IMAGE_LIMITS.maxPixels),
  minImageSide: env.int(1, 10_000).default(DEFAULT_IMAGE_LIMITS.minSide),
  animated: z.enum(['first-frame', 'reject']).default(DEFAULT_IMAGE_LIMITS.animated),
  derivativeMaxSide: env.int(32, 8192).default(DEFAULT_DERIVATIVE.maxSide),
  derivativeQuality: env.int(1, 100).default(DEFAULT_DERIVATIVE.quality),
  /** Images decoded at once; sharp runs them on libuv's thread pool. */
  concurrency: env.int(1, 64).default(2),
};

const vars = {
  modelVersion: 'MODEL_VERSION',
  blobStoreDir: 'BLOB_STORE_DIR',
  nearDupIndex: 'NEARDUP_INDEX',
  redisUrl: 'REDIS_URL',
  nearDupNamespace: 'NEARDUP_NAMESPACE',
  nearDupThreshold: 'NEARDUP_THRESHOLD',
  nearDupProbeRadius: 'NEARDUP_PROBE_RADIUS',
  nearDupBands: 'NEARDUP_BANDS',
  nearDupColourThreshold: 'NEARDUP_COLOUR_THRESHOLD',
  maxImageBytes: 'MAX_IMAGE_BYTES',
  maxImagePixels: 'MAX_IMAGE_PIXELS',
  minImageSide: 'MIN_IMAGE_SIDE',
  animated: 'ANIMATED_IMAGES',
  derivativeMaxSide: 'DERIVATIVE_MAX_SIDE',
  derivativeQuality: 'DERIVATIVE_QUALITY',
  concurrency: 'PREPROCESS_CONCURRENCY',
} as const;

export type PreprocessorConfig = ReturnType<typeof parsePreprocessorConfig>;

export function parsePreprocessorConfig(source: Record<string, string | undefined>) {
  return parseConfig(shape, source, vars);
}

/** The names of the environment variables, for docs and error messages. */
export const preprocessorConfigVars = vars;
