// Composition root of the preprocessor service: the only place that reads the environment.

import { createLogger } from '@vitrine/observability';
import { parseStreamConfig, startStageService } from '@vitrine/stream';
import { composePreprocessor } from './compose';
import { parsePreprocessorConfig } from './config';

const streamConfig = parseStreamConfig(process.env);
const config = parsePreprocessorConfig(process.env);
const log = createLogger('preprocessor', streamConfig.logLevel);
const composed = composePreprocessor(config, { log });
log.info({ modelVersion: config.modelVersion, nearDupIndex: config.nearDupIndex, blobStoreDir: config.blobStoreDir }, 'preprocessor starting');
const running = await startStageService(composed.stage, streamConfig);
running.runner.stopped.finally(() => void composed.close());
