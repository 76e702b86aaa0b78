import { createCatalogProjector, type ApplyResult, type VersionPolicy } from '@vitrine/catalog';
import type { StageDefinition } from '@vitrine/stream';
import type { CatalogPorts } from './ports';

export interface CatalogStageOptions {
  producer?: string;
  policy?: VersionPolicy;
  onApplied?: (counts: Record<ApplyResult, number>) => void;
}

export const CATALOG_STAGE = 'catalog';

/**
 * The live catalog projector as a stage: DescriptionPublished in, no events out; the side effect is the Redis read
 * model, written before the runner commits the batch's offsets.
 */
export function createCatalogStage(ports: Pick<CatalogPorts, 'store'>, opts: CatalogStageOptions = {}): StageDefinition<'DescriptionPublished'> {
  return {
    stage: CATALOG_STAGE,
    producer: opts.producer ?? 'catalog@0.1.0',
    inputs: ['DescriptionPublished'],
    outputs: [],
    defaultMode: 'batch',
    handler: () => createCatalogProjector({ store: ports.store, policy: opts.policy, target: { as: 'live' }, onApplied: opts.onApplied }),
  };
}
