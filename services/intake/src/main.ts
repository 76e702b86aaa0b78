import { createLogger } from '@vitrine/observability';
import { composeIntake, parseIntakeConfig } from './compose';

/** Composition root: the only place that reads the environment. */
async function main(): Promise<void> {
  const cfg = parseIntakeConfig(process.env);
  const log = createLogger('intake', cfg.stream.logLevel);
  const { app, close } = await composeIntake(cfg, { log, defaultMetrics: true });
  const server = await app.listen(cfg.httpPort, cfg.httpHost);
  log.info({ port: server.port, blobStoreDir: cfg.blobStoreDir, topicPrefix: cfg.stream.topicPrefix, urlFetchAllowlist: cfg.urlFetchAllowlist }, 'intake API listening');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: no new requests, finishing in-flight uploads');
    await server.close();
    await close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
