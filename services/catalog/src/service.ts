import { topicMap } from '@vitrine/contracts';
import { createEventCodec, createRegistryClient } from '@vitrine/events';
import type { Logger } from '@vitrine/observability';
import { kafkaClient, startStageService, type StageRunner } from '@vitrine/stream';
import { startCatalogApi } from './adapters/http-api';
import { composeCatalog } from './compose';
import type { CatalogConfig } from './config';
import { createCatalogStage } from './stage';

export interface RunningCatalog {
  runner: StageRunner;
  /** The stage service's port (probes, metrics). */
  httpPort: number;
  /** The catalog API's port. */
  apiPort: number;
  /** Closes the API, then stops the stage (in-flight batch committed), then closes the store. */
  stop(): Promise<void>;
}

/**
 * The catalog is a consumer and a read service: the live projector as a stage service, and the catalog API on its
 * own port. History reads the log with a Kafka client and codec of its own. `log` is the API's and the history's.
 */
export async function startCatalog(config: CatalogConfig, log: Logger): Promise<RunningCatalog> {
  const kafka = kafkaClient('vitrine-catalog-history', config.stream.brokers, log);
  const codec = createEventCodec(createRegistryClient(config.stream.schemaRegistryUrl), topicMap(config.stream.topicPrefix));
  const { ports, options, close } = composeCatalog(config, { kafka, codec, log });
  const stage = await startStageService(createCatalogStage(ports, options), config.stream, { handleSignals: false });
  const api = await startCatalogApi({ reader: ports.reader, history: ports.history, log, port: config.apiPort });
  return {
    runner: stage.runner,
    httpPort: stage.httpPort,
    apiPort: api.port,
    stop: async () => {
      await api.close();
      await stage.stop();
      await close();
    },
  };
}
