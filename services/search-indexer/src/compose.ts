import { createPgSearchIndex } from './adapters/pg-index';
import type { SearchIndexerConfig } from './config';
import type { SearchIndexerPorts } from './ports';

/** Builds the indexer's ports from its config; migrates the schema (idempotent) before answering. */
export async function composeSearchIndexer(config: SearchIndexerConfig): Promise<SearchIndexerPorts> {
  return createPgSearchIndex({ databaseUrl: config.index.databaseUrl, schema: config.index.schema, poolSize: config.index.poolSize });
}
