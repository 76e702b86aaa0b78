// Composition root of the search indexer: the only place that reads the environment.
import { composeSearchIndexer } from './compose';
import { parseSearchIndexerConfig } from './config';
import { startSearchIndexer } from './service';

const config = parseSearchIndexerConfig(process.env);
const ports = await composeSearchIndexer(config);
const running = await startSearchIndexer(config, ports);
running.log.info({ httpPort: running.httpPort, schema: config.index.schema }, 'search indexer ready for GET /v1/search');

for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => void running.stop().then(() => process.exit(0)));
running.runner.stopped.catch(() => running.stop().finally(() => process.exit(2)));
