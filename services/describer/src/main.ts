import { createLogger } from '@vitrine/observability';
import { parseStreamConfig, startStageService } from '@vitrine/stream';
import { composeDescriber } from './compose';
import { parseDescriberConfig } from './config';

// The describer's composition root: the only place that reads the environment.
const streamConfig = parseStreamConfig(process.env);
const config = parseDescriberConfig(process.env);
const log = createLogger('describer', streamConfig.logLevel);
log.info({ describer: config.describer, modelId: config.modelId, modelVersion: config.modelVersion, providers: config.ortProviders, cache: config.cache }, 'starting');

const describer = composeDescriber(config, { log });
const running = await startStageService(describer.stage, streamConfig);
running.runner.stopped.finally(() => void describer.close());
