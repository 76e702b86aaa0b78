// infraUp / infraDown / infraStatus: start, stop and inspect the local services, reusing what already runs.
import { join } from 'node:path';
import {
  DEFAULT_PORTS,
  ENDPOINT_KEYS,
  ENV_VARS,
  SERVICE_NAMES,
  externalEndpoints,
  type InfraEndpoints,
  type Ports,
  type ServiceName,
} from './config';
import { kafka } from './kafka';
import { postgres } from './postgres';
import { REPO_ROOT, portAnswers, waitUntil, withLock } from './process';
import { redis } from './redis';
import { registry } from './registry';
import type { InfraContext, LocalService } from './service';

const SERVICES: Readonly<Record<ServiceName, LocalService>> = { kafka, registry, redis, postgres };
/** Redis and PostgreSQL come from apt (nothing to download); Kafka's jars are smaller than Apicurio's. */
const PREPARE_ORDER: readonly ServiceName[] = ['redis', 'postgres', 'kafka', 'registry'];

export interface InfraOptions {
  /** Which services (default: all four). */
  readonly only?: readonly ServiceName[];
  /** Where KAFKA_BROKERS etc. are read from (default process.env); a set one means "use it, start nothing". */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly ports?: Partial<Ports>;
  /** Repository root (default: the checkout this file is in). */
  readonly root?: string;
  /** Progress output (default: silent). */
  readonly log?: (line: string) => void;
}

export interface InfraUpResult extends Partial<InfraEndpoints> {
  /** Started by this call (a teardown may stop exactly these). */
  readonly started: readonly ServiceName[];
  /** Already running and healthy (started earlier, by this checkout or something else). */
  readonly reused: readonly ServiceName[];
  /** Given by env vars, not touched. */
  readonly external: readonly ServiceName[];
}

export type ServiceState = 'running' | 'stopped' | 'external' | 'foreign' | 'unhealthy';

export interface ServiceStatus {
  readonly name: ServiceName;
  /** running: started by this checkout and healthy; foreign: healthy but not ours; external: from env var. */
  readonly state: ServiceState;
  readonly endpoint: string;
  readonly pid?: number;
  readonly logFile?: string;
}

function context(opts: InfraOptions): InfraContext {
  return {
    root: opts.root ?? REPO_ROOT,
    ports: { ...DEFAULT_PORTS, ...opts.ports },
    log: opts.log ?? (() => undefined),
  };
}

const lockFile = (ctx: InfraContext) => join(ctx.root, '.vitrine', 'infra', '.lock');
// Long enough for another run's cold start (downloads included) to finish first.
const LOCK_WAIT_MS = 15 * 60_000;

/** Starts the selected services (in parallel after the downloads), reusing healthy ones; returns their endpoints. */
export async function infraUp(opts: InfraOptions = {}): Promise<InfraUpResult> {
  const ctx = context(opts);
  const selected = opts.only ?? SERVICE_NAMES;
  const external = externalEndpoints(opts.env ?? process.env);
  return withLock(lockFile(ctx), LOCK_WAIT_MS, async () => {
    const endpoints: Partial<Record<keyof InfraEndpoints, string>> = {};
    const started: ServiceName[] = [];
    const reused: ServiceName[] = [];
    const fromEnv: ServiceName[] = [];
    const toStart: LocalService[] = [];
    for (const name of selected) {
      const url = external[name];
      const service = SERVICES[name];
      if (url !== undefined) {
        endpoints[ENDPOINT_KEYS[name]] = url;
        fromEnv.push(name);
        ctx.log(`infra: ${name}: using ${ENV_VARS[name]}=${url}`);
        continue;
      }
      endpoints[ENDPOINT_KEYS[name]] = service.endpoint(ctx);
      if (await reusable(service, ctx)) {
        reused.push(name);
        ctx.log(`infra: ${name}: already running at ${service.endpoint(ctx)}`);
      } else {
        toStart.push(service);
      }
    }
    // Downloads run one at a time (two Maven runs would race on ~/.m2 and share one network link), and each
    // service starts as soon as its own download is done: Kafka's JVM boots while Apicurio downloads.
    // Starting the JVMs in parallel beats one after the other on 2 cores (bench/infra/start.ts).
    let downloads: Promise<unknown> = Promise.resolve();
    const byCheapestPrepare = [...toStart].sort((a, b) => PREPARE_ORDER.indexOf(a.name) - PREPARE_ORDER.indexOf(b.name));
    const results = await Promise.allSettled(
      byCheapestPrepare.map((service) => {
        const prepared = downloads.then(() => service.prepare(ctx));
        downloads = prepared.catch(() => undefined);
        return prepared.then(async () => {
          const t0 = Date.now();
          ctx.log(`infra: ${service.name}: starting`);
          await service.start(ctx);
          started.push(service.name);
          ctx.log(`infra: ${service.name}: ready at ${service.endpoint(ctx)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        });
      }),
    );
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error)?.message ?? r.reason)] : []));
    if (failures.length > 0) {
      // Stop what failed so that the next `infra up` starts it cleanly; what came up keeps running.
      for (const service of toStart) if (!started.includes(service.name)) await service.stop(ctx);
      throw new Error(`infra up failed:\n\n${failures.join('\n\n')}`);
    }
    return { ...endpoints, started, reused, external: fromEnv };
  });
}

/** Healthy already? A process of ours that is still starting gets a minute; a stranger on the port is an error. */
async function reusable(service: LocalService, ctx: InfraContext): Promise<boolean> {
  if (await service.healthy(ctx)) return true;
  const pid = service.ownPid(ctx);
  if (pid !== undefined) {
    const ok = await waitUntil(() => service.healthy(ctx), {
      what: service.name,
      timeoutMs: 60_000,
      logFile: service.logFile(ctx),
      pid: () => service.ownPid(ctx),
    }).then(
      () => true,
      () => false,
    );
    if (ok) return true;
    ctx.log(`infra: ${service.name}: pid ${pid} does not answer; restarting it`);
    await service.stop(ctx);
    return false;
  }
  const port = portOf(service.name, ctx.ports);
  if (await portAnswers('127.0.0.1', port)) {
    throw new Error(
      `infra: port ${port} is taken by a process that is not a working ${service.name}; stop it, or set ${ENV_VARS[service.name]} to use another ${service.name}`,
    );
  }
  return false;
}

function portOf(name: ServiceName, ports: Ports): number {
  return { kafka: ports.kafka, registry: ports.registry, redis: ports.redis, postgres: ports.postgres }[name];
}

/** Stops the services this checkout started (SIGTERM, then SIGKILL after a timeout); leaves others alone. */
export async function infraDown(opts: Pick<InfraOptions, 'only' | 'root' | 'ports' | 'log'> = {}): Promise<Record<string, string>> {
  const ctx = context(opts);
  return withLock(lockFile(ctx), LOCK_WAIT_MS, async () => {
    const selected = opts.only ?? SERVICE_NAMES;
    // Reverse order of dependency (clients of Kafka, like the registry's own checks, go first); all in parallel.
    const outcomes = await Promise.all(selected.map(async (name) => [name, await SERVICES[name].stop(ctx)] as const));
    for (const [name, outcome] of outcomes) ctx.log(`infra: ${name}: ${outcome}`);
    return Object.fromEntries(outcomes);
  });
}

/** What runs where; no side effects (apart from the registry's compatibility check on a healthy registry). */
export async function infraStatus(opts: InfraOptions = {}): Promise<ServiceStatus[]> {
  const ctx = context(opts);
  const external = externalEndpoints(opts.env ?? process.env);
  return Promise.all(
    (opts.only ?? SERVICE_NAMES).map(async (name): Promise<ServiceStatus> => {
      const service = SERVICES[name];
      const url = external[name];
      if (url !== undefined) return { name, state: 'external', endpoint: url };
      const pid = service.ownPid(ctx);
      const healthy = await service.healthy(ctx).catch(() => false);
      const state: ServiceState = healthy ? (pid !== undefined ? 'running' : 'foreign') : pid !== undefined ? 'unhealthy' : 'stopped';
      return { name, state, endpoint: service.endpoint(ctx), logFile: service.logFile(ctx), ...(pid !== undefined ? { pid } : {}) };
    }),
  );
}
