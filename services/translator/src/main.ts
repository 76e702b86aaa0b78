import { parseStreamConfig, startStageService } from '@vitrine/stream';
import { composeTranslator } from './compose';
import { parseTranslatorConfig } from './config';
import { createTranslatorStage } from './stage';

// The translator's only composition root and the only place that reads the environment.
const streamConfig = parseStreamConfig(process.env);
const config = parseTranslatorConfig(process.env);
const ports = composeTranslator(config);
const running = await startStageService(createTranslatorStage(ports, { concurrency: config.concurrency }), streamConfig);
running.log.info({ mt: config.mt, mtUrl: config.mtUrl ?? null, mtModel: config.mtModel ?? null }, 'translator started');
