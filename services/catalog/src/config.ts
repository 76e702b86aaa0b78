import { env, parseConfig, z } from '@vitrine/config';
import { parseStreamConfig, type StreamConfig } from '@vitrine/stream';

const catalogShape = {
  redisUrl: z.string().regex(/^rediss?:\/\//, 'expected redis://host:port or rediss://…').default('redis://127.0.0.1:6379'),
  keyPrefix: z.string().regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits, ".", "_", ":" and "-" only').default('vitrine:catalog'),
  pinnedModelVersion: z.string().min(1).optional(),
  apiPort: env.int(0, 65535).default(8080),
  historyMaxScan: env.int(1, 1_000_000).default(10_000),
  historyTimeoutMs: env.int(100, 120_000).default(10_000),
};
const catalogVars = {
  redisUrl: 'REDIS_URL',
  keyPrefix: 'CATALOG_KEY_PREFIX',
  pinnedModelVersion: 'CATALOG_PIN_MODEL_VERSION',
  apiPort: 'CATALOG_API_PORT',
  historyMaxScan: 'CATALOG_HISTORY_MAX_SCAN',
  historyTimeoutMs: 'CATALOG_HISTORY_TIMEOUT_MS',
} as const;

export type CatalogOwnConfig = ReturnType<typeof parseOwn>;
const parseOwn = (source: Record<string, string | undefined>) => parseConfig(catalogShape, source, catalogVars);

export interface CatalogConfig extends CatalogOwnConfig {
  stream: StreamConfig;
}

/** Stream settings plus the catalog's own; frozen; an error names the bad environment variable. */
export function parseCatalogConfig(source: Record<string, string | undefined>): Readonly<CatalogConfig> {
  return Object.freeze({ ...parseOwn(source), stream: parseStreamConfig(source) });
}
