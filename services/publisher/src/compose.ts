import type { PublisherConfig } from './config';
import type { PublisherPorts } from './ports';
import type { PublisherStageOptions } from './stage';

/** Ports and stage options from a parsed config; the publisher has no I/O of its own, so this is small. */
export function composePublisher(config: Pick<PublisherConfig, 'requireAllTargetLocales' | 'producer'>, ports: PublisherPorts = {}): { ports: PublisherPorts; options: PublisherStageOptions } {
  return { ports, options: { producer: config.producer, requireAllTargetLocales: config.requireAllTargetLocales } };
}
