// Composition root of the moderator: the only place that reads the environment.
import { parseStreamConfig, startStageService } from '@vitrine/stream';
import { composeModerator, moderatorStageOptions, parseModeratorConfig } from './compose';
import { createModeratorStage } from './stage';

const streamConfig = parseStreamConfig(process.env);
const config = parseModeratorConfig(process.env);
const running = await startStageService(createModeratorStage(composeModerator(config), moderatorStageOptions(config)), streamConfig);
running.log.info(
  { policyVersion: config.policy.policyVersion, policySource: config.policySource, classifier: config.classifier ? `${config.classifier.model} at ${config.classifier.baseUrl}` : 'none' },
  'moderator started',
);
