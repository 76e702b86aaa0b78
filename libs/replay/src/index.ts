export { runReplay, replayGroupId, type ReplayOptions, type ReplayReport } from './replay';
export { createReplayHandler, type ReplayHandlerOptions } from './replay-handler';
export { composeReplayStages, type ReplayStages } from './stages';
export { selects, parseSince, parseCategoryFilter, type ReplaySelection } from './domain/selection';
export { progressLine, emptyCounts, type ReplayCounts } from './domain/progress';
