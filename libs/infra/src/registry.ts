// Apicurio Registry 3.x as the Confluent-compatible schema registry (its ccompat v7 API), from the
// Quarkus fast-jar published on Maven Central as io.apicurio:apicurio-registry-app:<v>:tar.gz:all.
// Settings: https://www.apicur.io/registry/docs/apicurio-registry/3.0.x/getting-started/assembly-config-reference.html
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HOST, VERSIONS } from './config';
import { findJava, mavenOnce } from './java';
import { ensureDir, freePort, httpStatus, isAlive, readPidFile, spawnDaemon, stopPid, waitUntil } from './process';
import { cacheDir, stateDir, type InfraContext, type LocalService } from './service';

const JAR = 'quarkus-run.jar';
const MAVEN_DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
export const REQUIRED_COMPATIBILITY = 'BACKWARD';

function paths(ctx: InfraContext) {
  const dir = stateDir(ctx, 'registry');
  const home = join(cacheDir(ctx), `apicurio-${VERSIONS.apicurio}`);
  return {
    dir,
    home,
    app: join(home, 'quarkus-app'),
    pidFile: join(dir, 'registry.pid'),
    logFile: join(dir, 'registry.log'),
  };
}

const baseUrl = (ctx: InfraContext) => `http://${HOST}:${ctx.ports.registry}/apis/ccompat/v7`;

/**
 * Makes the global compatibility BACKWARD. Apicurio answers NONE when no global rule exists, and
 * @kafkajs/confluent-schema-registry's register() refuses a subject whose level differs from the
 * one it asks for (BACKWARD by default). The env var APICURIO_RULES_GLOBAL_COMPATIBILITY sets it at
 * start; the PUT covers a registry started without it (for example one we reuse).
 */
export async function ensureBackwardCompatibility(url: string): Promise<string> {
  const current = await globalCompatibility(url);
  if (current === REQUIRED_COMPATIBILITY) return current;
  const res = await fetch(`${url}/config`, {
    method: 'PUT',
    headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ compatibility: REQUIRED_COMPATIBILITY }),
  });
  if (!res.ok) throw new Error(`registry: PUT ${url}/config answered ${res.status}: ${await res.text()}`);
  const after = await globalCompatibility(url);
  if (after !== REQUIRED_COMPATIBILITY) throw new Error(`registry: global compatibility is ${after} after setting ${REQUIRED_COMPATIBILITY}`);
  return after;
}

export async function globalCompatibility(url: string): Promise<string> {
  const res = await fetch(`${url}/config`);
  if (!res.ok) throw new Error(`registry: GET ${url}/config answered ${res.status}`);
  const body = (await res.json()) as { compatibilityLevel?: string };
  return String(body.compatibilityLevel ?? 'NONE').toUpperCase();
}

export const registry: LocalService = {
  name: 'registry',
  endpoint: baseUrl,
  logFile: (ctx) => paths(ctx).logFile,

  async prepare(ctx) {
    const p = paths(ctx);
    // The tar.gz holds the quarkus-app folder's contents (quarkus-run.jar, lib/, app/, quarkus/).
    await mavenOnce(p.app, `Apicurio Registry ${VERSIONS.apicurio}`, [
      `${MAVEN_DEPENDENCY_PLUGIN}:unpack`,
      `-Dartifact=io.apicurio:apicurio-registry-app:${VERSIONS.apicurio}:tar.gz:all`,
      `-DoutputDirectory=${p.app}`,
    ], ctx);
    if (!existsSync(join(p.app, JAR))) throw new Error(`registry: ${JAR} is missing from ${p.app}; delete ${p.home} and retry`);
  },

  async start(ctx) {
    const p = paths(ctx);
    ensureDir(p.dir);
    const pid = spawnDaemon({
      command: findJava(21, `Apicurio Registry ${VERSIONS.apicurio}`),
      args: ['-Xms128m', '-Xmx512m', '-XX:+UseSerialGC', '-Djava.awt.headless=true', '-jar', join(p.app, JAR)],
      cwd: p.dir,
      env: {
        ...process.env,
        QUARKUS_HTTP_HOST: HOST,
        QUARKUS_HTTP_PORT: String(ctx.ports.registry),
        // Quarkus' management interface (health, metrics) listens on 9000 by default; nobody here reads it,
        // so any free port avoids a clash with whatever else uses 9000.
        QUARKUS_MANAGEMENT_HOST: HOST,
        QUARKUS_MANAGEMENT_PORT: String(await freePort(HOST)),
        APICURIO_RULES_GLOBAL_COMPATIBILITY: REQUIRED_COMPATIBILITY,
      },
      logFile: p.logFile,
      pidFile: p.pidFile,
    });
    await waitUntil(async () => (await httpStatus(`${baseUrl(ctx)}/subjects`)) === 200, {
      what: `Apicurio Registry (pid ${pid}, ${baseUrl(ctx)})`,
      timeoutMs: 180_000,
      logFile: p.logFile,
      pid: () => this.ownPid(ctx),
    });
    await ensureBackwardCompatibility(baseUrl(ctx));
  },

  ownPid(ctx) {
    const pid = readPidFile(paths(ctx).pidFile);
    return pid !== undefined && isAlive(pid, JAR) ? pid : undefined;
  },

  async healthy(ctx) {
    if ((await httpStatus(`${baseUrl(ctx)}/subjects`)) !== 200) return false;
    await ensureBackwardCompatibility(baseUrl(ctx));
    return true;
  },

  async stop(ctx) {
    const pid = this.ownPid(ctx);
    rmSync(paths(ctx).pidFile, { force: true });
    return pid === undefined ? 'not running' : `${await stopPid(pid, 'SIGTERM', 20_000)} (pid ${pid})`;
  },
};
