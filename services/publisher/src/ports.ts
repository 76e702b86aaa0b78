import type { DescriptionPublished } from '@vitrine/contracts';

/**
 * The publisher is a pure function of its input events: it needs no store and no remote service. The one port is an
 * optional observer (metrics, the CLI's in-process pipeline reporting what was published).
 */
export interface PublisherPorts {
  onPublished?: (e: DescriptionPublished) => void;
}
