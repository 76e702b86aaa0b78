import { env, parseConfig, z } from '@vitrine/config';
import { parseStreamConfig } from '@vitrine/stream';

const shape = {
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// connection URL').default('postgres://postgres@127.0.0.1:5432/vitrine'),
  schema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case SQL identifier (letters, digits, "_")').default('search'),
  poolSize: env.int(1, 100).default(4),
  concurrency: env.int(1, 64).default(4),
};

const vars = { databaseUrl: 'DATABASE_URL', schema: 'SEARCH_SCHEMA', poolSize: 'SEARCH_DB_POOL_SIZE', concurrency: 'SEARCH_INDEX_CONCURRENCY' } as const;

export type SearchIndexerConfig = ReturnType<typeof parseSearchIndexerConfig>;

/** Stream settings (KAFKA_BROKERS, TOPIC_PREFIX, GROUP_ID, HTTP_PORT …) plus the index's own. */
export function parseSearchIndexerConfig(source: Record<string, string | undefined>) {
  return Object.freeze({ stream: parseStreamConfig(source), index: parseConfig(shape, source, vars) });
}
