import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@vitrine/infra';
import { testInfra, testKafka, uniqueName } from '@vitrine/testkit';
import { repoRoot, startService, StopWaiting, waitReady, type ServiceProcess } from './processes';

/** Every service of the flow, upstream first (shared/DESIGN.md "The flow"). */
export const allServices = ['intake', 'preprocessor', 'describer', 'translator', 'moderator', 'publisher', 'catalog', 'search-indexer'] as const;
export type ServiceName = (typeof allServices)[number];

/** Services whose composition root has landed in this checkout. */
export const availableServices = (): ServiceName[] => allServices.filter((s) => existsSync(join(repoRoot, 'services', s, 'src', 'main.ts')));

export const INTAKE_API_KEY = 'e2e-intake-key-0123456789abcdef';

/**
 * An operator's moderation policy that sends nothing to review for price, category or confidence (rule-pack hits
 * still do): the flow tests are about every upload reaching the catalog; review routing has its own tests.
 */
export const PUBLISH_ALL_POLICY = JSON.stringify({
  policyVersion: 'e2e-publish-all',
  regulatedCategories: [],
  priceReview: { thresholdsMinor: { '*': { EUR: 1_000_000_000 } }, unknownCurrency: 'ignore' },
  confidence: { minCategory: 0, minAttribute: 0, requireCategory: false },
});

export interface PipelineOptions {
  label: string;
  /** MODEL_VERSION of the preprocessor and describer; unique per run so the Redis near-duplicate cache starts empty. */
  modelVersion: string;
  services?: readonly ServiceName[];
  /** Extra environment per service (e.g. a moderation policy). */
  env?: Partial<Record<ServiceName, Record<string, string>>>;
}

/**
 * The whole system as child processes against the real broker, registry, Redis and PostgreSQL, isolated by a unique
 * topic prefix, consumer group names, blob directory, search schema and catalog namespace.
 */
export class Pipeline {
  readonly prefix: string;
  readonly dir: string;
  readonly blobDir: string;
  readonly searchSchema: string;
  readonly catalogNamespace: string;
  readonly procs = new Map<string, ServiceProcess>();
  private readonly infra = testInfra();

  constructor(readonly o: PipelineOptions) {
    const id = uniqueName(o.label);
    this.prefix = `${id}.`;
    this.dir = mkdtempSync(join(tmpdir(), `vitrine-e2e-${o.label}-`));
    this.blobDir = join(this.dir, 'blobs');
    this.searchSchema = id.replace(/[^a-z0-9]/g, '_');
    this.catalogNamespace = `${id}:catalog`;
  }

  /** The environment a service gets: shared infra and stream settings plus its own. */
  envFor(name: ServiceName, port: number, extra: Record<string, string> = {}): Record<string, string> {
    const base: Record<string, string> = {
      KAFKA_BROKERS: this.infra.brokers.join(','),
      SCHEMA_REGISTRY_URL: this.infra.registryUrl,
      REDIS_URL: this.infra.redisUrl,
      DATABASE_URL: this.infra.databaseUrl,
      TOPIC_PREFIX: this.prefix,
      TOPIC_PARTITIONS: '3',
      GROUP_ID: `${this.prefix}vitrine.${name}`,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      BLOB_STORE_DIR: this.blobDir,
      MODEL_VERSION: this.o.modelVersion,
      MAX_WAIT_MS: '20',
      SESSION_TIMEOUT_MS: '10000',
    };
    const own: Partial<Record<ServiceName, Record<string, string>>> = {
      intake: { INTAKE_API_KEYS: INTAKE_API_KEY },
      describer: { DESCRIBER: 'offline', ORT_INTRA_OP_THREADS: '1' },
      moderator: { MODERATION_POLICY: PUBLISH_ALL_POLICY },
      catalog: { CATALOG_KEY_PREFIX: this.catalogNamespace },
      'search-indexer': { SEARCH_SCHEMA: this.searchSchema },
    };
    return { ...base, ...own[name], ...this.o.env?.[name], ...extra };
  }

  /** Starts one service (or a second instance under `label`) and waits until its /readyz answers 200. */
  async start(name: ServiceName, o: { label?: string; env?: Record<string, string> } = {}): Promise<ServiceProcess> {
    const port = await freePort('127.0.0.1');
    // The catalog serves its read API on a port of its own (CATALOG_API_PORT); the probes stay on HTTP_PORT.
    const apiPort = name === 'catalog' ? await freePort('127.0.0.1') : port;
    const env = this.envFor(name, port, { ...(name === 'catalog' ? { CATALOG_API_PORT: String(apiPort) } : {}), ...o.env });
    const sp = startService(name, env, { logDir: this.dir, port, apiPort, label: o.label ?? name });
    this.procs.set(o.label ?? name, sp);
    await waitReady(sp, 180_000);
    return sp;
  }

  /** Starts the given services (default: all that have landed), concurrently, and waits for all to be ready. */
  async startAll(names: readonly ServiceName[] = this.o.services ?? availableServices()): Promise<void> {
    await Promise.all(names.map((n) => this.start(n)));
  }

  get(name: string): ServiceProcess {
    const sp = this.procs.get(name);
    if (!sp) throw new Error(`${name} is not running in this pipeline (started: ${[...this.procs.keys()].join(', ') || 'none'})`);
    return sp;
  }

  /** The log tail of every process, for a failed test's report. */
  logs(lines = 60): string {
    return [...this.procs.values()].map((p) => `--- ${p.name} (${p.logFile}) exited=${JSON.stringify(p.exited ?? null)} ---\n${p.tail(lines)}`).join('\n');
  }

  /** Messages in every dead-letter topic of this pipeline, by topic (only non-empty ones). */
  async deadLetters(): Promise<Record<string, number>> {
    const admin = testKafka(this.infra).admin();
    await admin.connect();
    try {
      const dlqs = (await admin.listTopics()).filter((t) => t.startsWith(this.prefix) && t.endsWith('.dlq'));
      const out: Record<string, number> = {};
      for (const t of dlqs) {
        const n = (await admin.fetchTopicOffsets(t)).reduce((sum, p) => sum + (Number(p.high) - Number(p.low)), 0);
        if (n > 0) out[t.slice(this.prefix.length)] = n;
      }
      return out;
    } finally {
      await admin.disconnect();
    }
  }

  /** Throws (stopping an `until`) when anything was dead-lettered: waiting on would only time out. */
  async failOnDeadLetters(): Promise<void> {
    const d = await this.deadLetters();
    if (Object.keys(d).length) {
      const reasons = [...this.procs.values()].flatMap((p) => p.tail(400).split('\n').filter((l) => l.includes('dead-lettering')).slice(0, 2).map((l) => `${p.name}: ${l.slice(0, 600)}`));
      throw new StopWaiting(`messages were dead-lettered: ${JSON.stringify(d)}\n${reasons.join('\n')}`);
    }
  }

  async stop(): Promise<void> {
    await Promise.all([...this.procs.values()].map((p) => p.stop()));
  }
}
