import { createEventCodec, createRegistryClient } from '@vitrine/events';
import { createLogger } from '@vitrine/observability';
import { kafkaClient, startStageService } from '@vitrine/stream';
import { topicMap } from '@vitrine/contracts';
import { startCatalogApi } from './adapters/http-api';
import { composeCatalog } from './compose';
import { parseCatalogConfig } from './config';
import { createCatalogStage } from './stage';

// Composition root: the only place that reads the environment.
const config = parseCatalogConfig(process.env);
const log = createLogger('catalog-api', config.stream.logLevel);
const kafka = kafkaClient('vitrine-catalog-history', config.stream.brokers, log);
const codec = createEventCodec(createRegistryClient(config.stream.schemaRegistryUrl), topicMap(config.stream.topicPrefix));
const { ports, options, close } = composeCatalog(config, { kafka, codec, log });
const stage = await startStageService(createCatalogStage(ports, options), config.stream, { handleSignals: false });
const api = await startCatalogApi({ reader: ports.reader, history: ports.history, log, port: config.apiPort });
log.info({ port: api.port }, 'catalog API listening');

let stopping = false;
for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.once(sig, () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await api.close();
      await stage.stop();
      await close();
      process.exit(0);
    })();
  });
}
stage.runner.stopped.catch(() => process.exit(2));
