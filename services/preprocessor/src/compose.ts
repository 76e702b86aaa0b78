// Builds the preprocessor's ports and stage from its parsed config. Shared by main.ts, `vitrine up` and the
// CLI's embedded mode (which passes its own blob store and an in-memory near-duplicate index shared with the
// describer).

import { Redis } from 'ioredis';
import { createFsBlobStore, type BlobStore } from '@vitrine/blobstore';
import { createNearDupIndexFromConfig, type NearDupIndex } from '@vitrine/neardup';
import type { StageDefinition } from '@vitrine/stream';
import { blobPorts } from './adapters/blobs';
import { createSharpImaging } from './adapters/imaging';
import { nearDupLookup } from './adapters/near-dup-cache';
import type { PreprocessorConfig } from './config';
import type { PreprocessorPorts } from './ports';
import { createPreprocessorStage, type PreprocessorStageOptions } from './stage';

type Log = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void; error(obj: object, msg: string): void };

export interface ComposePreprocessorOptions {
  /** Use this blob store instead of the filesystem store at BLOB_STORE_DIR. */
  blobStore?: BlobStore;
  /** Use this index (e.g. the CLI's in-memory one, shared with the describer) instead of building one. */
  nearDupIndex?: NearDupIndex;
  /** Use this Redis client instead of connecting to REDIS_URL (tests, benchmarks). Not closed by close(). */
  redis?: Redis;
  log?: Log;
}

export interface ComposedPreprocessor {
  ports: PreprocessorPorts;
  options: PreprocessorStageOptions;
  stage: StageDefinition<'ImageUploaded'>;
  nearDupIndex: NearDupIndex;
  close(): Promise<void>;
}

export function composePreprocessor(config: PreprocessorConfig, o: ComposePreprocessorOptions = {}): ComposedPreprocessor {
  const log = o.log;
  let ownRedis: Redis | null = null;
  let redis: Redis | null = o.redis ?? null;
  let index = o.nearDupIndex;
  if (!index) {
    if (config.nearDupIndex === 'redis' && !redis) {
      // Few retries per command: a lookup that cannot reach Redis should fail fast as UnavailableError and let
      // the runner back off, rather than sit in ioredis' offline queue for the default 20 reconnects.
      ownRedis = redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, connectTimeout: 5000 });
      ownRedis.on('error', (err) => log?.warn({ err: err.message }, 'redis error (near-duplicate index)'));
    }
    index = createNearDupIndexFromConfig({
      redis: config.nearDupIndex === 'redis' ? redis! : 'memory',
      modelVersion: config.modelVersion,
      threshold: config.nearDupThreshold,
      ...(config.nearDupProbeRadius !== undefined ? { probeRadius: config.nearDupProbeRadius } : {}),
      bands: config.nearDupBands,
      colourThreshold: config.nearDupColourThreshold,
      namespace: config.nearDupNamespace,
    });
  }
  if (index.config.modelVersion !== config.modelVersion) {
    throw new Error(`the near-duplicate index is for model version ${index.config.modelVersion}, the preprocessor is configured for ${config.modelVersion} (MODEL_VERSION)`);
  }

  const imaging = createSharpImaging({
    limits: { maxBytes: config.maxImageBytes, maxPixels: config.maxImagePixels, minSide: config.minImageSide, animated: config.animated },
    derivative: { maxSide: config.derivativeMaxSide, quality: config.derivativeQuality, format: 'jpeg' },
  });
  const indexRedis = o.nearDupIndex ? null : redis;
  const ports: PreprocessorPorts = {
    ...blobPorts(o.blobStore ?? createFsBlobStore(config.blobStoreDir)),
    ...imaging,
    findCached: nearDupLookup(index),
    readiness: () => (indexRedis && indexRedis.status !== 'ready' ? [`redis (near-duplicate index) is ${indexRedis.status}`] : []),
    async close() {
      if (ownRedis) await ownRedis.quit().catch(() => ownRedis?.disconnect());
    },
  };
  const options: PreprocessorStageOptions = {
    modelVersion: config.modelVersion,
    concurrency: config.concurrency,
    onDecision: (d) => {
      if (d.outcome !== 'miss') log?.info(d, d.outcome === 'hit' ? 'near-duplicate cache hit' : 'image rejected');
    },
  };
  return { ports, options, stage: createPreprocessorStage(ports, options), nearDupIndex: index, close: () => ports.close!() };
}
