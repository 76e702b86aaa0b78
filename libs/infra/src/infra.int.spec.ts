// Lifecycle of infraUp / infraDown / infraStatus on a throw-away root and a free port, using Redis (the
// cheapest real service): start, reuse, status, stop, env override, a stranger on the port, and the
// start error that names the process and quotes its log.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { infraDown, infraStatus, infraUp } from './infra';
import { freePort, portAnswers, spawnDaemon, waitUntil } from './process';
import { redisPing } from './redis';

const root = mkdtempSync(join(tmpdir(), 'vitrine-infra-test-'));
const servers: Server[] = [];

afterAll(async () => {
  await infraDown({ root }).catch(() => undefined);
  for (const s of servers) s.close();
  rmSync(root, { recursive: true, force: true });
});

describe('infra lifecycle (redis on a free port, state in a temp root)', () => {
  it('starts, reuses, reports and stops a service', async () => {
    const port = await freePort('127.0.0.1');
    const opts = { root, only: ['redis'] as const, ports: { redis: port }, env: {} };

    const first = await infraUp(opts);
    expect(first).toMatchObject({ redisUrl: `redis://127.0.0.1:${port}`, started: ['redis'], reused: [], external: [] });
    expect(first.kafkaBrokers).toBeUndefined();
    expect(await redisPing('127.0.0.1', port)).toBe(true);

    const second = await infraUp(opts);
    expect(second).toMatchObject({ started: [], reused: ['redis'] });

    const [status] = await infraStatus(opts);
    expect(status).toMatchObject({ name: 'redis', state: 'running', endpoint: `redis://127.0.0.1:${port}` });
    expect(status?.pid).toBeGreaterThan(1);

    expect((await infraDown(opts)).redis).toMatch(/^stopped \(pid \d+\)$/);
    expect(await portAnswers('127.0.0.1', port)).toBe(false);
    expect((await infraStatus(opts))[0]?.state).toBe('stopped');
    expect((await infraDown(opts)).redis).toBe('not running');
  });

  it('uses a service given by env var instead of starting one', async () => {
    const result = await infraUp({ root, only: ['redis'], env: { REDIS_URL: 'redis://10.0.0.1:6380' } });
    expect(result).toMatchObject({ redisUrl: 'redis://10.0.0.1:6380', started: [], external: ['redis'] });
    const [status] = await infraStatus({ root, only: ['redis'], env: { REDIS_URL: 'redis://10.0.0.1:6380' } });
    expect(status?.state).toBe('external');
  });

  it('refuses a port held by something that is not the service', async () => {
    // The probes hang up abruptly; a reset on this side is expected, not a test error.
    const server = createServer((socket) => socket.on('error', () => undefined).end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await expect(infraUp({ root, only: ['redis'], ports: { redis: port }, env: {} })).rejects.toThrow(
      new RegExp(`port ${port} is taken by a process that is not a working redis`),
    );
  });

  it('names a process that dies while starting and quotes its log', async () => {
    const logFile = join(root, 'dies.log');
    const pid = spawnDaemon({ command: 'sh', args: ['-c', 'echo "fatal: cannot bind"; exit 3'], logFile, pidFile: join(root, 'dies.pid') });
    await expect(
      waitUntil(async () => false, { what: 'dying-service', timeoutMs: 20_000, logFile, pid: () => pid }),
    ).rejects.toThrow(/dying-service exited before it was ready[\s\S]*fatal: cannot bind/);
  });
});
