// What every local service (kafka.ts, registry.ts, redis.ts, postgres.ts) provides to infra.ts.
import { join } from 'node:path';
import type { Ports, ServiceName } from './config';

export interface InfraContext {
  /** Repository root; state lives in <root>/.vitrine/infra/<service>/, downloads in <root>/.vitrine/cache/. */
  readonly root: string;
  readonly ports: Ports;
  /** Progress lines for humans (the CLI prints them; tests may silence them). */
  readonly log: (line: string) => void;
}

export interface LocalService {
  readonly name: ServiceName;
  /** The connection string clients use (also what the env var would carry). */
  endpoint(ctx: InfraContext): string;
  /** Downloads or installs what start() needs; idempotent and cached. Runs one service at a time. */
  prepare(ctx: InfraContext): Promise<void>;
  /** Starts the process and resolves once it serves requests; throws StartError with the log tail. */
  start(ctx: InfraContext): Promise<void>;
  /** The pid of the process this checkout started, when it still runs. */
  ownPid(ctx: InfraContext): number | undefined;
  /** True when a working service answers at endpoint (ours or someone else's). */
  healthy(ctx: InfraContext): Promise<boolean>;
  /** Stops the process this checkout started; resolves to what happened. */
  stop(ctx: InfraContext): Promise<string>;
  /** Log file of the process, for status output. */
  logFile(ctx: InfraContext): string;
}

export function stateDir(ctx: InfraContext, name: ServiceName): string {
  return join(ctx.root, '.vitrine', 'infra', name);
}

export function cacheDir(ctx: InfraContext): string {
  return join(ctx.root, '.vitrine', 'cache');
}
