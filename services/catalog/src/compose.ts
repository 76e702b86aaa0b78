import type { Kafka } from 'kafkajs';
import { createRedisCatalogStore, type CatalogStore } from '@vitrine/catalog';
import type { EventCodec } from '@vitrine/events';
import type { Logger } from '@vitrine/observability';
import { createLogHistoryReader } from './adapters/log-history';
import { createRedisCatalogReader } from './adapters/redis-reader';
import type { CatalogConfig } from './config';
import type { CatalogPorts, HistoryReader } from './ports';
import type { CatalogStageOptions } from './stage';

/**
 * The catalog's ports from its config. The Redis store is not optional: the read model is the service. The history
 * reader needs a Kafka client and codec (the stage service's own, or any other); without them history is unavailable.
 */
export function composeCatalog(
  config: Pick<CatalogConfig, 'redisUrl' | 'keyPrefix' | 'pinnedModelVersion' | 'historyMaxScan' | 'historyTimeoutMs'>,
  deps: { kafka?: Kafka; codec?: EventCodec; log: Logger; store?: CatalogStore },
): { ports: CatalogPorts; options: CatalogStageOptions; close(): Promise<void> } {
  const store = deps.store ?? createRedisCatalogStore(config.redisUrl, config.keyPrefix);
  const history: HistoryReader =
    deps.kafka && deps.codec
      ? createLogHistoryReader({ kafka: deps.kafka, codec: deps.codec, log: deps.log, maxScanPerPartition: config.historyMaxScan, timeoutMs: config.historyTimeoutMs })
      : async () => ({ entries: [], scanned: 0, truncated: true });
  return {
    ports: { store, reader: createRedisCatalogReader(store), history },
    options: { policy: { pinnedModelVersion: config.pinnedModelVersion } },
    close: () => store.close(),
  };
}
