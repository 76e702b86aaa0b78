import { startStageService } from '@vitrine/stream';
import { composePublisher } from './compose';
import { parsePublisherConfig } from './config';
import { createPublisherStage } from './stage';

// Composition root: the only place that reads the environment.
const config = parsePublisherConfig(process.env);
const { ports, options } = composePublisher(config);
await startStageService(createPublisherStage(ports, options), config.stream);
