import type { Logger } from '@vitrine/observability';
import { startStageService, type StageRunner } from '@vitrine/stream';
import { searchApiHandler } from './adapters/http-api';
import type { SearchIndexerConfig } from './config';
import type { SearchIndexerPorts } from './ports';
import { createSearchIndexerStage } from './stage';

export interface RunningSearchIndexer {
  runner: StageRunner;
  httpPort: number;
  log: Logger;
  counts: Record<'indexed' | 'duplicate' | 'superseded', number>;
  stop(): Promise<void>;
}

/**
 * The indexer is both a consumer and a read service: the stage service (runner, probes, metrics) with the search
 * API on the same HTTP port. PostgreSQL is pinged in the background so /readyz says when the store is gone.
 */
export async function startSearchIndexer(config: SearchIndexerConfig, ports: SearchIndexerPorts): Promise<RunningSearchIndexer> {
  let storeError: string | undefined;
  const pingStore = () => ports.ping().then(() => (storeError = undefined), (e: Error) => (storeError = `PostgreSQL: ${e.message}`));
  await pingStore();
  const pinger = setInterval(pingStore, 5000);
  pinger.unref();

  const def = createSearchIndexerStage(ports, { concurrency: config.index.concurrency, storeReady: () => (storeError ? [storeError] : []) });
  const stage = await startStageService(def, config.stream, { handleSignals: false, http: searchApiHandler({ search: ports.search }) });

  let stopping: Promise<void> | undefined;
  return {
    runner: stage.runner,
    httpPort: stage.httpPort,
    log: stage.log,
    counts: def.counts,
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(pinger);
        await stage.stop();
        await ports.close();
      })()),
  };
}
