import { Redis } from 'ioredis';
import { createFsBlobStore, type BlobStore } from '@vitrine/blobstore';
import { buildAttributeSchema } from '@vitrine/describe-prompts';
import { createNearDupIndexFromConfig, type NearDupIndex } from '@vitrine/neardup';
import type { StageDefinition } from '@vitrine/stream';
import { createBlobDerivativeLoader } from './adapters/blob-derivatives';
import { createColorMeter } from './adapters/colors';
import { createSharpDecoder } from './adapters/image-decode';
import { createNearDupCacheStore } from './adapters/neardup-cache';
import { createOcrReader, type OcrReader } from './adapters/ocr-reader';
import { createVlmClient, parseVlmConfig, type VlmClientDeps, type VlmDescriber } from './adapters/vlm';
import type { DescriberConfig } from './config';
import { compileTextRules } from './domain/text-rules';
import { taxonomyColorVocabulary, taxonomyTextRuleConfig, taxonomyVocabularies } from './domain/vocabulary';
import type { DescriberPorts } from './ports';
import { createDescriberStage, type DescriberStageOptions } from './stage';

type Log = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void; error(obj: object, msg: string): void };

export interface ComposeOptions {
  /** Use this blob store instead of the filesystem store at BLOB_STORE_DIR (the CLI shares its own). */
  blobStore?: BlobStore;
  /** Overrides NEARDUP_CACHE: "memory" keeps an in-process index (embedded mode), "none" stores nothing. */
  cache?: 'redis' | 'memory' | 'none';
  /** Use this index (e.g. one the CLI's preprocessor also reads) instead of building one. */
  nearDupIndex?: NearDupIndex;
  log?: Log;
  /** Test seams of the VLM client (fetch, clock). */
  vlmDeps?: VlmClientDeps;
}

export interface ComposedDescriber {
  ports: DescriberPorts;
  options: DescriberStageOptions;
  stage: StageDefinition<'ImagePreprocessed'>;
  ocr: OcrReader;
  vlm: VlmDescriber | null;
  nearDupIndex: NearDupIndex | null;
  close(): Promise<void>;
}

/** The OCR's raw config from the describer's: batch sizes, ONNX Runtime providers and threads, model files. */
export function ocrConfigOf(c: DescriberConfig) {
  const models: Record<string, string> = {};
  if (c.ocrDetModel) models.detection = c.ocrDetModel;
  if (c.ocrClsModel) models.classification = c.ocrClsModel;
  if (c.ocrRecModel) models.recognition = c.ocrRecModel;
  if (c.ocrDictionary) models.dictionary = c.ocrDictionary;
  return {
    models,
    detection: { batchSize: c.ocrDetBatch },
    recognition: { batchSize: c.ocrRecBatch },
    session: {
      executionProviders: [...c.ortProviders],
      cudaDeviceId: c.ortCudaDeviceId,
      intraOpNumThreads: c.ortIntraOpThreads,
      interOpNumThreads: c.ortInterOpThreads,
      enableCpuMemArena: c.ortCpuMemArena,
    },
    maxConcurrentRuns: c.ortMaxConcurrentRuns,
  };
}

/**
 * Builds the describer's ports and stage from its parsed config. The OCR models load in the background: until they
 * are ready (or after they failed) /readyz says why and no record is consumed. Shared by main.ts, the CLI's embedded
 * mode and the benchmarks.
 */
export function composeDescriber(config: DescriberConfig, o: ComposeOptions = {}): ComposedDescriber {
  const log = o.log;
  const ocr = createOcrReader({
    config: ocrConfigOf(config),
    ...(log ? { logger: log } : {}),
    onError: (err) => log?.error({ err }, 'OCR models failed to load: the describer stays not ready'),
  });
  void ocr.loaded.then(() => {
    if (ocr.ocr()) log?.info({ models: ocr.ocr()!.models }, 'OCR models loaded');
  });

  const vlm =
    config.describer === 'vlm'
      ? createVlmClient(
          parseVlmConfig({
            baseUrl: config.vlmUrl,
            model: config.vlmModel,
            apiKey: config.vlmApiKey,
            concurrency: config.vlmConcurrency,
            timeoutMs: config.vlmTimeoutMs,
            maxRetries: config.vlmMaxRetries,
            sampling: { temperature: config.vlmTemperature, topP: config.vlmTopP, maxTokens: config.vlmMaxTokens, seed: config.vlmSeed },
            breaker: { failureThreshold: config.vlmBreakerFailures, cooldownMs: config.vlmBreakerCooldownMs },
          }),
          {
            onEvent: (e) => {
              if (e.type === 'circuit') log?.warn({ from: e.from, to: e.to }, 'model server circuit changed');
              else if (e.type === 'retry') log?.warn({ imageId: e.id, attempt: e.attempt, delayMs: e.delayMs, reason: e.reason }, 'model server request retried');
            },
            ...o.vlmDeps,
          },
        )
      : null;

  const cacheMode = o.nearDupIndex ? 'given' : (o.cache ?? config.cache);
  let redis: Redis | null = null;
  let nearDupIndex: NearDupIndex | null = o.nearDupIndex ?? null;
  if (cacheMode === 'redis') {
    redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
    redis.on('error', (err) => log?.warn({ err }, 'redis error (near-duplicate cache)'));
  }
  if (cacheMode === 'redis' || cacheMode === 'memory') {
    nearDupIndex = createNearDupIndexFromConfig({
      redis: redis ?? 'memory',
      modelVersion: config.modelVersion,
      namespace: config.nearDupNamespace,
      bands: config.nearDupBands,
      threshold: config.nearDupThreshold,
    });
  }
  if (nearDupIndex && nearDupIndex.config.modelVersion !== config.modelVersion) {
    throw new Error(`the near-duplicate index is for model version ${nearDupIndex.config.modelVersion}, the describer runs ${config.modelVersion}`);
  }

  const ports: DescriberPorts = {
    loadDerivative: createBlobDerivativeLoader(o.blobStore ?? createFsBlobStore(config.blobStoreDir)),
    decodeImage: createSharpDecoder(),
    readText: ocr.readText,
    measureColors: createColorMeter(taxonomyColorVocabulary()),
    vlm,
    storeCached: nearDupIndex ? createNearDupCacheStore(nearDupIndex) : null,
    modelReadiness: () => ocr.readiness(),
    async close() {
      await ocr.close();
      if (redis) await redis.quit().catch(() => redis?.disconnect());
    },
  };
  const options: DescriberStageOptions = {
    modelId: config.modelId,
    modelVersion: config.modelVersion,
    rules: compileTextRules(taxonomyTextRuleConfig(config.brands)),
    schema: buildAttributeSchema(taxonomyVocabularies()),
    freeTextLocale: config.freeTextLocale,
    ioConcurrency: config.ioConcurrency,
  };
  return { ports, options, stage: createDescriberStage(ports, options), ocr, vlm, nearDupIndex, close: () => ports.close() };
}
