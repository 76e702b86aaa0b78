import { startStageService } from '@vitrine/stream';
import { composePublisher } from './compose';
import { parsePublisherConfig } from './config';
import { createPublisherStage } from './stage';

// Composition root: the only place that reads the environment.
const config = parsePublisherConfig(process.env);
await startStageService(createPublisherStage(composePublisher(config)), config.stream);
