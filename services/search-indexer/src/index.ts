// What other projects (the CLI's `vitrine up`, tests) may use of the search indexer: `@vitrine/svc/search-indexer`.
export { composeSearchIndexer } from './compose';
export { parseSearchIndexerConfig, type SearchIndexerConfig } from './config';
export { startSearchIndexer, type RunningSearchIndexer } from './service';
