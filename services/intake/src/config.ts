import { env, parseConfig, z } from '@vitrine/config';
import { parseStreamConfig } from '@vitrine/stream';
import { parseAllowlist } from './domain/address-policy';

const MiB = 1024 * 1024;

/** Intake-specific settings; Kafka and registry settings come from the shared stream config (KAFKA_BROKERS, …). */
export const intakeConfigShape = {
  apiKeys: env.list().pipe(z.array(z.string().min(16, 'each API key must be at least 16 characters')).min(1, 'at least one API key is required')),
  blobStoreDir: z.string().min(1).default('.vitrine/blobs'),
  httpHost: z.string().min(1).default('0.0.0.0'),
  httpPort: env.int(0, 65535).default(8080),
  maxImageBytes: env.int(1, 512 * MiB).default(25 * MiB),
  // Kept as text (the config object is deep-frozen, typed arrays cannot be); compose.ts parses it into ranges.
  urlFetchAllowlist: env.list().default('').superRefine((entries, ctx) => {
    for (const e of parseAllowlist(entries).invalid) ctx.addIssue({ code: 'custom', message: `"${e}" is not an IP address or CIDR range (e.g. 10.1.0.0/16, 127.0.0.1, fd12::/16)` });
  }),
  urlFetchAllowedPorts: env.list().default('80,443').pipe(z.array(z.coerce.number().int().min(1).max(65535))),
  urlFetchMaxRedirects: env.int(0, 20).default(3),
  urlFetchTimeoutMs: env.int(100, 300_000).default(10_000),
  publishTimeoutMs: env.int(100, 300_000).default(15_000),
  // Idempotency-Key answers: in Redis so that every replica sees them; `memory` for a single process only.
  idempotencyStore: z.enum(['redis', 'memory']).default('redis'),
  idempotencyTtlSeconds: env.int(60, 30 * 86_400).default(86_400),
  redisUrl: z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL').default('redis://127.0.0.1:6379'),
};

export const intakeConfigVars = {
  apiKeys: 'INTAKE_API_KEYS',
  blobStoreDir: 'BLOB_STORE_DIR',
  httpHost: 'HTTP_HOST',
  httpPort: 'HTTP_PORT',
  maxImageBytes: 'MAX_IMAGE_BYTES',
  urlFetchAllowlist: 'URL_FETCH_ALLOWLIST',
  urlFetchAllowedPorts: 'URL_FETCH_ALLOWED_PORTS',
  urlFetchMaxRedirects: 'URL_FETCH_MAX_REDIRECTS',
  urlFetchTimeoutMs: 'URL_FETCH_TIMEOUT_MS',
  publishTimeoutMs: 'PUBLISH_TIMEOUT_MS',
  idempotencyStore: 'INTAKE_IDEMPOTENCY_STORE',
  idempotencyTtlSeconds: 'IDEMPOTENCY_TTL_SECONDS',
  redisUrl: 'REDIS_URL',
} as const;

export function parseIntakeConfig(source: Record<string, string | undefined>) {
  return { ...parseConfig(intakeConfigShape, source, intakeConfigVars), stream: parseStreamConfig(source) };
}
export type IntakeConfig = ReturnType<typeof parseIntakeConfig>;
