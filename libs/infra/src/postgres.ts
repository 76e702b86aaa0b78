// PostgreSQL from the Debian package `postgresql`: a private cluster (initdb + pg_ctl) in the checkout,
// listening on 127.0.0.1 only, trust auth on loopback, database `vitrine`.
// https://www.postgresql.org/docs/15/app-initdb.html, https://www.postgresql.org/docs/15/app-pg-ctl.html
import { createHash } from 'node:crypto';
import { appendFileSync, chownSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { DATABASE_NAME, DATABASE_USER, HOST, newestPostgresVersion } from './config';
import { ensureDir, isAlive, readPidFile, run, stopPid, waitUntil, type RunOptions } from './process';
import { stateDir, type InfraContext, type LocalService } from './service';

/** Debian installs the server binaries off PATH, in /usr/lib/postgresql/<major>/bin. */
function binary(name: string): string {
  const base = '/usr/lib/postgresql';
  const version = existsSync(base) ? newestPostgresVersion(readdirSync(base)) : undefined;
  const candidate = version ? join(base, version, 'bin', name) : undefined;
  return candidate && existsSync(candidate) ? candidate : name;
}

interface SystemUser {
  readonly uid: number;
  readonly gid: number;
}

/** The `postgres` account from /etc/passwd: initdb and postgres refuse to run as root. */
function postgresUser(): SystemUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) {
    throw new Error('infra: running as root and there is no "postgres" user; install the postgresql package (it creates it)');
  }
  return { uid: Number(uid), gid: Number(gid) };
}

/** True when `user` can walk down to `dir` (every ancestor world-searchable or owned by it). */
function reachable(dir: string, user: SystemUser): boolean {
  for (let d = dirname(dir); ; d = dirname(d)) {
    if (existsSync(d)) {
      const st = statSync(d);
      if (!(st.mode & 0o001) && st.uid !== user.uid) return false;
    }
    if (d === dirname(d)) return true;
  }
}

function paths(ctx: InfraContext) {
  let dir = stateDir(ctx, 'postgres');
  const user = postgresUser();
  if (user && !reachable(dir, user)) {
    // A checkout under /root (mode 700) cannot be entered by the postgres user: keep the cluster in /var/tmp,
    // one per checkout.
    dir = join('/var/tmp', `vitrine-${createHash('sha1').update(ctx.root).digest('hex').slice(0, 10)}`, 'postgres');
  }
  return { dir, data: join(dir, 'data'), logFile: join(dir, 'postgres.log'), user };
}

function asUser(p: ReturnType<typeof paths>): RunOptions {
  return p.user ? { uid: p.user.uid, gid: p.user.gid, cwd: p.dir } : { cwd: p.dir };
}

const adminUrl = (ctx: InfraContext, database: string) => `postgres://${DATABASE_USER}@${HOST}:${ctx.ports.postgres}/${database}`;

async function query(url: string, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export const postgres: LocalService = {
  name: 'postgres',
  endpoint: (ctx) => adminUrl(ctx, DATABASE_NAME),
  logFile: (ctx) => paths(ctx).logFile,

  async prepare() {
    if (binary('initdb') === 'initdb') {
      await run('initdb', ['--version']).catch(() => {
        throw new Error('infra: PostgreSQL server binaries not found (apt-get install postgresql)');
      });
    }
  },

  async start(ctx) {
    const p = paths(ctx);
    ensureDir(p.dir);
    if (p.user) chownSync(p.dir, p.user.uid, p.user.gid);
    if (!existsSync(join(p.data, 'PG_VERSION'))) {
      rmSync(p.data, { recursive: true, force: true });
      await run(binary('initdb'), ['-D', p.data, '-U', DATABASE_USER, '--auth-local=trust', '--auth-host=trust', '-E', 'UTF8', '--locale=C'], asUser(p));
      // TCP on loopback only, no unix socket (its path length limit and /var/run permissions are
      // machine-specific). The data is disposable test state, so durability is traded for speed.
      appendFileSync(
        join(p.data, 'postgresql.conf'),
        `\n# vitrine local infra\nlisten_addresses = '${HOST}'\nunix_socket_directories = ''\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n`,
      );
    }
    // -w: pg_ctl returns once the postmaster reports "ready" in postmaster.pid.
    await run(binary('pg_ctl'), ['-D', p.data, '-l', p.logFile, '-w', '-t', '60', '-o', `-p ${ctx.ports.postgres}`, 'start'], asUser(p)).catch(
      (err: Error) => {
        throw new Error(`PostgreSQL did not start: ${err.message}\nLast lines of ${p.logFile}:\n${readFileSync(p.logFile, 'utf8').slice(-3000)}`);
      },
    );
    await waitUntil(() => query(adminUrl(ctx, 'postgres'), 'select 1').then(() => true, () => false), {
      what: `PostgreSQL (${HOST}:${ctx.ports.postgres})`,
      timeoutMs: 30_000,
      logFile: p.logFile,
      pid: () => this.ownPid(ctx),
    });
    const exists = await query(adminUrl(ctx, 'postgres'), 'select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (exists.rowCount === 0) await query(adminUrl(ctx, 'postgres'), `create database ${DATABASE_NAME}`);
  },

  ownPid(ctx) {
    // The postmaster writes its pid as the first line of postmaster.pid.
    const pid = readPidFile(join(paths(ctx).data, 'postmaster.pid'));
    return pid !== undefined && isAlive(pid, 'postgres') ? pid : undefined;
  },

  healthy: (ctx) => query(adminUrl(ctx, DATABASE_NAME), 'select 1').then(() => true, () => false),

  async stop(ctx) {
    const pid = this.ownPid(ctx);
    if (pid === undefined) return 'not running';
    // Fast shutdown (SIGINT): disconnect clients and stop; SIGTERM would wait for every client to leave.
    return `${await stopPid(pid, 'SIGINT', 30_000)} (pid ${pid})`;
  },
};
