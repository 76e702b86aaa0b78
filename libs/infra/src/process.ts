// Process helpers for the local services: run a command to completion, spawn a detached daemon with a pid
// file and a log, wait for a port/HTTP answer with a deadline, stop by pid, and a lock so that two
// `infra up` runs in one checkout (two vitest runs at once) do not start two brokers.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePid, tailLines } from './config';

/** The repository root: this file lives in libs/infra/src/. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** Reads a service's static resource (pom.xml, templates) from libs/infra/resources/. */
export function resourcePath(...parts: string[]): string {
  return fileURLToPath(new URL(['../resources', ...parts].join('/'), import.meta.url));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class CommandError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(`${message}\n${tailLines(output, 30)}`);
  }
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly uid?: number;
  readonly gid?: number;
}

/** Runs a command to completion, capturing stdout+stderr; a non-zero exit throws with the output tail. */
export function run(command: string, args: readonly string[], opts: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (err) => reject(new CommandError(`${command}: ${err.message}`, output)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new CommandError(`${command} ${args.join(' ')} exited with ${code ?? signal}`, output));
    });
  });
}

export interface DaemonSpec extends RunOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly logFile: string;
  readonly pidFile: string;
}

/**
 * Starts a long-running process in its own session (detached, so it outlives this Node process and a
 * Ctrl-C of the terminal), stdout/stderr appended to logFile, pid written to pidFile.
 */
export function spawnDaemon(spec: DaemonSpec): number {
  mkdirSync(dirname(spec.logFile), { recursive: true });
  // A fresh log per start: the tail quoted in a start error is then about this start only.
  const log = openSync(spec.logFile, 'w');
  try {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      uid: spec.uid,
      gid: spec.gid,
      detached: true,
      stdio: ['ignore', log, log],
    });
    if (child.pid === undefined) throw new Error(`could not start ${spec.command} (see ${spec.logFile})`);
    child.unref();
    writeFileSync(spec.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(log);
  }
}

export function readPidFile(file: string): number | undefined {
  try {
    return parsePid(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * True when pid runs and (on Linux) its command line contains `marker`: a pid file left over from a
 * reboot may name a pid that now belongs to an unrelated process.
 */
export function isAlive(pid: number, marker?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to another user (postgres runs as the postgres user when we are root).
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (marker === undefined) return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
  } catch {
    return !existsSync('/proc/self'); // no procfs: trust kill(0)
  }
}

/** Sends `signal`, waits up to timeoutMs for the process to go, then SIGKILLs it. */
export async function stopPid(pid: number, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000): Promise<'stopped' | 'killed' | 'gone'> {
  try {
    process.kill(pid, signal);
  } catch {
    return 'gone';
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'stopped';
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return 'stopped';
  }
  while (isAlive(pid)) await sleep(50);
  return 'killed';
}

/** True when something accepts a TCP connection on host:port. */
export function portAnswers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.on('error', () => done(false));
  });
}

/** A port the OS considers free right now (for ports nobody connects to, like Quarkus' management port). */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** HTTP status of a GET, or 0 when nothing answered. */
export async function httpStatus(url: string, timeoutMs = 2000): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

export function logTail(file: string, lines = 40): string {
  try {
    return tailLines(readFileSync(file, 'utf8'), lines);
  } catch {
    return '(no log)';
  }
}

export class StartError extends Error {}

export interface WaitSpec {
  /** Which process, for the error message. */
  readonly what: string;
  readonly timeoutMs: number;
  readonly logFile: string;
  /** Fail fast when this process dies while we wait. */
  readonly pid?: () => number | undefined;
}

/** Polls `ready` until it is true; on timeout or process death throws naming the process and its log tail. */
export async function waitUntil(ready: () => Promise<boolean>, spec: WaitSpec): Promise<void> {
  const deadline = Date.now() + spec.timeoutMs;
  let interval = 100;
  for (;;) {
    if (await ready()) return;
    const pid = spec.pid?.();
    const died = spec.pid !== undefined && (pid === undefined || !isAlive(pid));
    if (died || Date.now() > deadline) {
      const why = died ? 'exited before it was ready' : `was not ready after ${Math.round(spec.timeoutMs / 1000)} s`;
      throw new StartError(`${spec.what} ${why}. Last lines of ${spec.logFile}:\n${logTail(spec.logFile)}`);
    }
    await sleep(interval);
    interval = Math.min(interval * 2, 1000);
  }
}

/**
 * A lock file created with O_EXCL holding the owner's pid; a lock whose owner is gone is taken over.
 * Waits up to timeoutMs for a live owner to finish.
 */
export async function withLock<T>(file: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(file), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readPidFile(file);
      if (owner === undefined || !isAlive(owner)) {
        rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`infra: ${file} is held by pid ${owner} for more than ${timeoutMs / 1000} s`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(file, { force: true });
  }
}

export function ensureDir(...parts: string[]): string {
  const dir = join(...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
