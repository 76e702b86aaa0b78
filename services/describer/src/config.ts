import { ConfigError, env, parseConfig, z } from '@vitrine/config';
import { DEFAULT_BANDS, DEFAULT_NAMESPACE, DEFAULT_THRESHOLD } from '@vitrine/neardup';

/**
 * The describer's own settings (the stream settings come from parseStreamConfig). Parsed once from the environment
 * into a frozen object; a bad value names its variable.
 */
const shape = {
  describer: z.enum(['offline', 'vlm']).default('offline'),
  modelId: z.string().min(1).max(200).optional(),
  // Must equal the preprocessor's MODEL_VERSION (its default is the same), or every image is skipped as another version's.
  modelVersion: z.string().min(1).max(200).default('offline-1'),
  freeTextLocale: z.string().min(2).max(35).default('en'),
  brands: env.list().default(''),
  ioConcurrency: env.int(1, 256).default(8),

  vlmUrl: env.url().optional(),
  vlmModel: z.string().min(1).default('glm-4.6v-flash'),
  vlmApiKey: z.string().min(1).optional(),
  vlmConcurrency: env.int(1, 1024).default(8),
  vlmTimeoutMs: env.int(1, 600_000).default(60_000),
  vlmMaxRetries: env.int(0, 20).default(3),
  vlmTemperature: env.number(0, 2).default(0.7),
  vlmTopP: env.number(0.01, 1).default(0.95),
  vlmMaxTokens: env.int(16, 32_768).default(1024),
  vlmSeed: env.int(0, 2 ** 31 - 1).optional(),
  vlmBreakerFailures: env.int(1, 1000).default(5),
  vlmBreakerCooldownMs: env.int(1, 3_600_000).default(15_000),

  blobStoreDir: z.string().min(1).default('.vitrine/blobs'),
  cache: z.enum(['redis', 'memory', 'none']).default('redis'),
  redisUrl: z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL').default('redis://127.0.0.1:6379'),
  // Where and how entries are stored must match the preprocessor's lookup: same variables, same defaults (@vitrine/neardup's).
  nearDupNamespace: z.string().regex(/^[A-Za-z0-9:_.-]+$/, 'letters, digits and ":_.-" only').default(DEFAULT_NAMESPACE),
  nearDupBands: z.enum(['2', '4', '8', '16']).transform(Number).default(`${DEFAULT_BANDS}` as const),
  nearDupThreshold: env.int(0, 32).default(DEFAULT_THRESHOLD),

  ortProviders: env.list().pipe(z.array(z.enum(['cuda', 'cpu'])).min(1)).default('cpu'),
  ortCudaDeviceId: env.int(0, 64).default(0),
  ortIntraOpThreads: env.int(0, 256).default(2),
  ortInterOpThreads: env.int(0, 256).default(1),
  ortMaxConcurrentRuns: env.int(1, 64).default(1),
  ortCpuMemArena: env.bool().default('true'),
  // CPU defaults from bench/RESULTS.md "ONNX batch-size sweep": the detector gains 1.15x at batch 2 and 1.25x at 4,
  // but a batch of 4 800x800 images doubles the resident memory (1224 vs 588 MiB peak for 16 images), so 2; the
  // recogniser is fastest at 2-4 strips and slows down past 8 (58 items/s at 16 vs 79 at 4). GPU deployments raise both.
  ocrDetBatch: env.int(1, 256).default(2),
  ocrRecBatch: env.int(1, 1024).default(4),
  ocrDetModel: z.string().min(1).optional(),
  ocrClsModel: z.string().min(1).optional(),
  ocrRecModel: z.string().min(1).optional(),
  ocrDictionary: z.string().min(1).optional(),
};

const vars = {
  describer: 'DESCRIBER',
  modelId: 'MODEL_ID',
  modelVersion: 'MODEL_VERSION',
  freeTextLocale: 'FREE_TEXT_LOCALE',
  brands: 'BRANDS',
  ioConcurrency: 'IO_CONCURRENCY',
  vlmUrl: 'VLM_URL',
  vlmModel: 'VLM_MODEL',
  vlmApiKey: 'VLM_API_KEY',
  vlmConcurrency: 'VLM_CONCURRENCY',
  vlmTimeoutMs: 'VLM_TIMEOUT_MS',
  vlmMaxRetries: 'VLM_MAX_RETRIES',
  vlmTemperature: 'VLM_TEMPERATURE',
  vlmTopP: 'VLM_TOP_P',
  vlmMaxTokens: 'VLM_MAX_TOKENS',
  vlmSeed: 'VLM_SEED',
  vlmBreakerFailures: 'VLM_BREAKER_FAILURES',
  vlmBreakerCooldownMs: 'VLM_BREAKER_COOLDOWN_MS',
  blobStoreDir: 'BLOB_STORE_DIR',
  cache: 'NEARDUP_CACHE',
  redisUrl: 'REDIS_URL',
  nearDupNamespace: 'NEARDUP_NAMESPACE',
  nearDupBands: 'NEARDUP_BANDS',
  nearDupThreshold: 'NEARDUP_THRESHOLD',
  ortProviders: 'ORT_PROVIDERS',
  ortCudaDeviceId: 'ORT_CUDA_DEVICE_ID',
  ortIntraOpThreads: 'ORT_INTRA_OP_THREADS',
  ortInterOpThreads: 'ORT_INTER_OP_THREADS',
  ortMaxConcurrentRuns: 'ORT_MAX_CONCURRENT_RUNS',
  ortCpuMemArena: 'ORT_CPU_MEM_ARENA',
  ocrDetBatch: 'OCR_DET_BATCH',
  ocrRecBatch: 'OCR_REC_BATCH',
  ocrDetModel: 'OCR_DET_MODEL',
  ocrClsModel: 'OCR_CLS_MODEL',
  ocrRecModel: 'OCR_REC_MODEL',
  ocrDictionary: 'OCR_DICTIONARY',
} as const;

export const OFFLINE_MODEL_ID = 'offline-ocr-color';

export type DescriberConfig = Readonly<ReturnType<typeof parseRaw> & { modelId: string }>;

const parseRaw = (source: Record<string, string | undefined>) => parseConfig(shape, source, vars);

export function parseDescriberConfig(source: Record<string, string | undefined>): DescriberConfig {
  const c = parseRaw(source);
  if (c.describer === 'vlm' && !c.vlmUrl) {
    throw new ConfigError([{ field: 'VLM_URL', message: 'required when DESCRIBER=vlm (e.g. http://vllm:8000/v1)' }]);
  }
  const modelId = c.modelId ?? (c.describer === 'vlm' ? c.vlmModel : OFFLINE_MODEL_ID);
  return Object.freeze({ ...c, modelId });
}

/** The names of the environment variables, for docs and error messages. */
export const describerConfigVars = vars;
