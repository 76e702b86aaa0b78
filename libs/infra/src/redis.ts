// Redis from the Debian package `redis-server`, daemonized by redis itself (it writes the pid file),
// no persistence: tests and local runs rebuild their read models from Kafka anyway.
// Flags: https://redis.io/docs/latest/operate/oss_and_stack/management/config/ (any config line works as --flag).
import { rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { HOST } from './config';
import { ensureDir, isAlive, readPidFile, run, stopPid, waitUntil } from './process';
import { stateDir, type InfraContext, type LocalService } from './service';

const MARKER = 'redis-server';

function paths(ctx: InfraContext) {
  const dir = stateDir(ctx, 'redis');
  return { dir, pidFile: join(dir, 'redis.pid'), logFile: join(dir, 'redis.log') };
}

/** Sends an inline PING and expects "+PONG" (RESP), without pulling a client library into the probe. */
export function redisPing(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d: Buffer) => {
      reply += d.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

export const redis: LocalService = {
  name: 'redis',
  endpoint: (ctx) => `redis://${HOST}:${ctx.ports.redis}`,
  logFile: (ctx) => paths(ctx).logFile,

  async prepare() {
    await run('redis-server', ['--version']).catch(() => {
      throw new Error('infra: redis-server is not installed (apt-get install redis-server)');
    });
  },

  async start(ctx) {
    const p = paths(ctx);
    ensureDir(p.dir);
    // --daemonize yes: this command returns once redis has forked and written its pid file.
    await run('redis-server', [
      '--bind', HOST,
      '--port', String(ctx.ports.redis),
      '--save', '',
      '--appendonly', 'no',
      '--daemonize', 'yes',
      '--pidfile', p.pidFile,
      '--logfile', p.logFile,
      '--dir', p.dir,
    ]);
    await waitUntil(() => redisPing(HOST, ctx.ports.redis), {
      what: `redis-server (${this.endpoint(ctx)})`,
      timeoutMs: 15_000,
      logFile: p.logFile,
    });
  },

  ownPid(ctx) {
    const pid = readPidFile(paths(ctx).pidFile);
    return pid !== undefined && isAlive(pid, MARKER) ? pid : undefined;
  },

  healthy: (ctx) => redisPing(HOST, ctx.ports.redis),

  async stop(ctx) {
    const pid = this.ownPid(ctx);
    rmSync(paths(ctx).pidFile, { force: true });
    return pid === undefined ? 'not running' : `${await stopPid(pid, 'SIGTERM', 10_000)} (pid ${pid})`;
  },
};
