// Pure configuration of the local infrastructure: service names, versions, ports, endpoint URLs and the
// template rendering. No I/O here, so all of it is unit-tested (config.unit.spec.ts).

export const SERVICE_NAMES = ['kafka', 'registry', 'redis', 'postgres'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const VERSIONS = Object.freeze({
  // Newest 4.x on Maven Central that resolved here; kafkajs 2.2.4 works against it (kafka.int.spec.ts).
  kafka: '4.4.0',
  // io.apicurio:apicurio-registry-app:<v>:tar.gz:all (a Quarkus fast-jar).
  apicurio: '3.3.3',
});

export const HOST = '127.0.0.1';

export interface Ports {
  readonly kafka: number;
  readonly kafkaController: number;
  readonly registry: number;
  readonly redis: number;
  readonly postgres: number;
}

export const DEFAULT_PORTS: Ports = Object.freeze({
  kafka: 9092,
  kafkaController: 9093,
  registry: 8081,
  redis: 6379,
  postgres: 5432,
});

/** The connection strings the services and tests read (the same names as their env vars). */
export interface InfraEndpoints {
  readonly kafkaBrokers: string;
  readonly schemaRegistryUrl: string;
  readonly redisUrl: string;
  readonly databaseUrl: string;
}

/** The env var that carries each service's connection string (read by services and tests). */
export const ENV_VARS = Object.freeze({
  kafka: 'KAFKA_BROKERS',
  registry: 'SCHEMA_REGISTRY_URL',
  redis: 'REDIS_URL',
  postgres: 'DATABASE_URL',
} as const satisfies Record<ServiceName, string>);

export const ENDPOINT_KEYS: Readonly<Record<ServiceName, keyof InfraEndpoints>> = Object.freeze({
  kafka: 'kafkaBrokers',
  registry: 'schemaRegistryUrl',
  redis: 'redisUrl',
  postgres: 'databaseUrl',
});

export const DATABASE_NAME = 'vitrine';
export const DATABASE_USER = 'postgres';

/** Where each local service answers, given the ports. */
export function localEndpoints(ports: Ports = DEFAULT_PORTS): InfraEndpoints {
  return {
    kafkaBrokers: `${HOST}:${ports.kafka}`,
    schemaRegistryUrl: `http://${HOST}:${ports.registry}/apis/ccompat/v7`,
    redisUrl: `redis://${HOST}:${ports.redis}`,
    databaseUrl: `postgres://${DATABASE_USER}@${HOST}:${ports.postgres}/${DATABASE_NAME}`,
  };
}

/** Parses `--only kafka,registry` style lists; an unknown name throws an error naming it. */
export function parseServiceList(list: string): ServiceName[] {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (names.length === 0) throw new Error('only: expected a comma-separated list of services, got nothing');
  for (const name of names) {
    if (!(SERVICE_NAMES as readonly string[]).includes(name)) {
      throw new Error(`only: unknown service "${name}" (known: ${SERVICE_NAMES.join(', ')})`);
    }
  }
  // Keep the canonical order and drop duplicates.
  return SERVICE_NAMES.filter((n) => names.includes(n));
}

/**
 * The services a caller already has elsewhere: a set env var (KAFKA_BROKERS, ...) means "use that one,
 * start nothing". Empty strings count as unset.
 */
export function externalEndpoints(env: Readonly<Record<string, string | undefined>>): Partial<Record<ServiceName, string>> {
  const out: Partial<Record<ServiceName, string>> = {};
  for (const name of SERVICE_NAMES) {
    const value = env[ENV_VARS[name]];
    if (value !== undefined && value.trim() !== '') out[name] = value.trim();
  }
  return out;
}

/**
 * Replaces `${name}` placeholders. A placeholder without a value throws (a half-rendered broker config
 * would start with a literal "${port}" and fail far from the cause).
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template: no value for placeholder \${${key}}`);
    return String(value);
  });
}

/**
 * A KRaft cluster id: 16 random bytes as unpadded URL-safe base64, like `kafka-storage random-uuid`
 * (org.apache.kafka.common.Uuid#toString). Kafka's generator also avoids ids starting with '-' because
 * they read as command-line flags.
 */
export function kafkaClusterId(randomBytes: (n: number) => Uint8Array): string {
  for (;;) {
    const id = Buffer.from(randomBytes(16)).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** Parses the leading integer of a pid file ("1234\n"); anything else is no pid. */
export function parsePid(text: string): number | undefined {
  const m = /^\s*(\d+)\s*(?:\n|$)/.exec(text);
  if (!m) return undefined;
  const pid = Number(m[1]);
  return Number.isSafeInteger(pid) && pid > 1 ? pid : undefined;
}

/** The last `lines` lines of a log, for error messages. */
export function tailLines(text: string, lines: number): string {
  const all = text.replace(/\s+$/, '').split('\n');
  return all.slice(Math.max(0, all.length - lines)).join('\n');
}

/** Picks the highest PostgreSQL major version from directory names such as ["13", "15", "9.6"]. */
export function newestPostgresVersion(dirs: readonly string[]): string | undefined {
  const versions = dirs.filter((d) => /^\d+(\.\d+)?$/.test(d));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0];
}

/** The major version from a JDK `release` file (JAVA_VERSION="17.0.15", or "1.8.0_402" for Java 8). */
export function javaMajor(release: string): number | undefined {
  const m = /^JAVA_VERSION="(\d+)(?:\.(\d+))?/m.exec(release);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}
