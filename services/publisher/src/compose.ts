import type { PublisherConfig } from './config';
import type { PublisherStageOptions } from './stage';

/** Stage options from a parsed config; the publisher has no I/O of its own, so this is small. */
export function composePublisher(config: Pick<PublisherConfig, 'requireAllTargetLocales' | 'producer'>): PublisherStageOptions {
  return { producer: config.producer, requireAllTargetLocales: config.requireAllTargetLocales };
}
