// The moderator's public surface, for the CLI and `vitrine up` (which run stages in one process).
export { createModeratorStage, MODERATOR_STAGE, MODERATOR_PRODUCER, type ModeratorStageOptions } from './stage';
export { composeModerator, moderatorStageOptions, parseModeratorConfig, type ModeratorConfig } from './compose';
export { moderatorConfigVars } from './config';
export { createHttpClassifier, ClassifierProtocolError, type HttpClassifierOptions } from './adapters/http-classifier';
export { noopClassifier } from './adapters/noop-classifier';
export type { Classifier, ClassifierFinding, ClassifierRequest, ClassifierText, ModeratorPorts } from './ports';
