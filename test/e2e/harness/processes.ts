import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { logTail } from '@vitrine/infra';

/** The repository root: services run from here so tsx finds tsconfig.json and its @vitrine/* paths. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Thrown from an `until` probe to stop waiting at once (e.g. the process died). */
export class StopWaiting extends Error {}

export async function until<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 60_000, everyMs = 250): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      if (e instanceof StopWaiting) throw e;
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface ServiceProcess {
  name: string;
  port: number;
  /** Where its HTTP API listens when that is not the probe port (the catalog's read API). */
  apiPort: number;
  child: ChildProcess;
  logFile: string;
  /** Set once the process exited (code or signal). */
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  url(path: string): string;
  apiUrl(path: string): string;
  /** The last `lines` lines of its stdout+stderr. */
  tail(lines?: number): string;
  stop(): Promise<void>;
  /** SIGKILL, no grace: a crash. */
  kill(): Promise<void>;
}

/**
 * Starts `services/<name>/src/main.ts` as a child process (node with the tsx loader: the sources run as written,
 * like `npx tsx`, without npx's extra process). Its stdout and stderr go to `<logDir>/<name>.log`.
 */
export function startService(name: string, env: Record<string, string>, o: { logDir: string; port: number; apiPort?: number; entry?: string; label?: string }): ServiceProcess {
  const label = o.label ?? name;
  const logFile = join(o.logDir, `${label}.log`);
  const log: WriteStream = createWriteStream(logFile, { flags: 'a' });
  const entry = o.entry ?? `services/${name}/src/main.ts`;
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const exitedP = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const sp: ServiceProcess = {
    name: label,
    port: o.port,
    apiPort: o.apiPort ?? o.port,
    child,
    logFile,
    exited: undefined,
    url: (path) => `http://127.0.0.1:${o.port}${path}`,
    apiUrl: (path) => `http://127.0.0.1:${o.apiPort ?? o.port}${path}`,
    tail: (lines = 40) => logTail(logFile, lines),
    async stop() {
      if (sp.exited) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exitedP;
      clearTimeout(t);
    },
    async kill() {
      if (sp.exited) return;
      child.kill('SIGKILL');
      await exitedP;
    },
  };
  child.once('exit', (code, signal) => {
    sp.exited = { code, signal };
    log.end();
  });
  return sp;
}

/** Polls GET /readyz until 200; fails early (with the log tail) if the process exits first. */
export async function waitReady(sp: ServiceProcess, timeoutMs = 120_000): Promise<void> {
  let lastBody = '';
  await until(
    async () => {
      if (sp.exited) throw new ExitedEarly(sp);
      const res = await fetch(sp.url('/readyz')).catch(() => undefined);
      if (!res) return false;
      lastBody = await res.text();
      return res.status === 200;
    },
    `${sp.name} to be ready on :${sp.port}`,
    timeoutMs,
    300,
  ).catch((e: Error) => {
    if (e instanceof ExitedEarly) throw e;
    throw new Error(`${e.message}; last /readyz: ${lastBody}\n--- ${sp.name} log ---\n${sp.tail()}`);
  });
}

class ExitedEarly extends StopWaiting {
  constructor(sp: ServiceProcess) {
    super(`${sp.name} exited (${JSON.stringify(sp.exited)}) before it was ready\n--- ${sp.name} log ---\n${sp.tail()}`);
  }
}
