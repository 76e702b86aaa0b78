import { createLogger } from '@vitrine/observability';
import { parseCatalogConfig } from './config';
import { startCatalog } from './service';

// Composition root: the only place that reads the environment.
const config = parseCatalogConfig(process.env);
const log = createLogger('catalog-api', config.stream.logLevel);
const running = await startCatalog(config, log);
log.info({ port: running.apiPort }, 'catalog API listening');

let stopping = false;
for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.once(sig, () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await running.stop();
      process.exit(0);
    })();
  });
}
running.runner.stopped.catch(() => process.exit(2));
