import { PoisonError, perRecord, type StageDefinition } from '@vitrine/stream';
import { toProductDocument, UnindexablePublication } from './domain/documents';
import type { SearchIndexerPorts } from './ports';

export const SEARCH_INDEXER_STAGE = 'search-indexer';
export const SEARCH_INDEXER_PRODUCER = 'search-indexer@0.1.0';

export interface SearchIndexerStageOptions {
  /** Products indexed at once within a micro-batch (each in its own transaction). */
  concurrency: number;
  /** Readiness of the store, kept fresh by the composition root (a synchronous answer for /readyz). */
  storeReady?: () => string[];
}

/**
 * Consumes DescriptionPublished into the search index. Emits nothing: the index is a read model. Counts of what
 * each event did are kept for tests and metrics.
 */
export function createSearchIndexerStage(ports: Pick<SearchIndexerPorts, 'indexProduct'>, opts: SearchIndexerStageOptions): StageDefinition<'DescriptionPublished'> & { counts: Record<'indexed' | 'duplicate' | 'superseded', number> } {
  const counts = { indexed: 0, duplicate: 0, superseded: 0 };
  return {
    stage: SEARCH_INDEXER_STAGE,
    producer: SEARCH_INDEXER_PRODUCER,
    inputs: ['DescriptionPublished'],
    outputs: [],
    defaultMode: 'batch',
    counts,
    handler: ({ log }) =>
      perRecord(async (record) => {
        let doc;
        try {
          doc = toProductDocument(record.value);
        } catch (e) {
          if (e instanceof UnindexablePublication) throw new PoisonError(e.message, 'unindexable_publication', { cause: e });
          throw e;
        }
        const outcome = await ports.indexProduct(doc);
        counts[outcome]++;
        log.debug({ productId: doc.productId, eventId: doc.stamp.eventId, modelVersion: doc.stamp.modelVersion, outcome }, 'indexed publication');
        return [];
      }, opts.concurrency),
    readyChecks: opts.storeReady,
  };
}
