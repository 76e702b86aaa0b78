// Apache Kafka, single-node KRaft (combined broker + controller), from jars resolved on Maven Central by
// libs/infra/resources/kafka/pom.xml. Commands follow the upstream quickstart:
// https://kafka.apache.org/quickstart ("kafka-storage.sh format", then "kafka-server-start.sh"), whose
// scripts run kafka.tools.StorageTool and kafka.Kafka with the classpath we assemble here.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { HOST, VERSIONS, kafkaClusterId, renderTemplate } from './config';
import { findJava, mavenOnce } from './java';
import { ensureDir, isAlive, readPidFile, resourcePath, run, spawnDaemon, stopPid, waitUntil } from './process';
import { cacheDir, stateDir, type InfraContext, type LocalService } from './service';

const MAIN_CLASS = 'kafka.Kafka';
const JVM_OPTS = ['-Xms256m', '-Xmx512m', '-XX:+UseSerialGC', '-Djava.awt.headless=true'];

function paths(ctx: InfraContext) {
  const dir = stateDir(ctx, 'kafka');
  return {
    dir,
    data: join(dir, 'data'),
    config: join(dir, 'server.properties'),
    pidFile: join(dir, 'kafka.pid'),
    logFile: join(dir, 'kafka.log'),
    libs: join(cacheDir(ctx), `kafka-${VERSIONS.kafka}`, 'libs'),
  };
}

export function renderServerProperties(ctx: Pick<InfraContext, 'ports'>, dataDir: string): string {
  const template = readFileSync(resourcePath('kafka', 'server.properties'), 'utf8');
  return renderTemplate(template, {
    host: HOST,
    port: ctx.ports.kafka,
    controllerPort: ctx.ports.kafkaController,
    dataDir,
  });
}

async function brokerAnswers(brokers: string): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'vitrine-infra-probe',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 2000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export const kafka: LocalService = {
  name: 'kafka',
  endpoint: (ctx) => `${HOST}:${ctx.ports.kafka}`,
  logFile: (ctx) => paths(ctx).logFile,

  async prepare(ctx) {
    const p = paths(ctx);
    await mavenOnce(p.libs, `Kafka ${VERSIONS.kafka} jars`, [
      '-f', resourcePath('kafka', 'pom.xml'),
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${p.libs}`,
      `-Dkafka.version=${VERSIONS.kafka}`,
    ], ctx);
  },

  async start(ctx) {
    const p = paths(ctx);
    ensureDir(p.dir);
    writeFileSync(p.config, renderServerProperties(ctx, p.data));
    const classpath = `${p.libs}/*`;
    const java = findJava(17, `Kafka ${VERSIONS.kafka}`);
    if (!existsSync(join(p.data, 'meta.properties'))) {
      // First start only: formatting writes meta.properties with the cluster id and the bootstrap
      // metadata; formatting again would refuse (or, with --ignore-formatted, keep the old one anyway).
      await run(java, ['-cp', classpath, 'kafka.tools.StorageTool', 'format', '-t', kafkaClusterId(randomBytes), '-c', p.config]);
    }
    const pid = spawnDaemon({
      command: java,
      args: [
        ...JVM_OPTS,
        `-Dlog4j2.configurationFile=${resourcePath('kafka', 'log4j2.properties')}`,
        `-Dkafka.logs.dir=${join(p.dir, 'logs')}`,
        '-cp', classpath,
        MAIN_CLASS,
        p.config,
      ],
      logFile: p.logFile,
      pidFile: p.pidFile,
    });
    await waitUntil(() => brokerAnswers(this.endpoint(ctx)), {
      what: `Kafka broker (pid ${pid}, ${this.endpoint(ctx)})`,
      timeoutMs: 120_000,
      logFile: p.logFile,
      pid: () => this.ownPid(ctx),
    });
  },

  ownPid(ctx) {
    const pid = readPidFile(paths(ctx).pidFile);
    return pid !== undefined && isAlive(pid, MAIN_CLASS) ? pid : undefined;
  },

  healthy: (ctx) => brokerAnswers(`${HOST}:${ctx.ports.kafka}`),

  async stop(ctx) {
    const p = paths(ctx);
    const pid = this.ownPid(ctx);
    rmSync(p.pidFile, { force: true });
    // A clean shutdown flushes the log and the KRaft snapshot; the next start then skips recovery.
    return pid === undefined ? 'not running' : `${await stopPid(pid, 'SIGTERM', 30_000)} (pid ${pid})`;
  },
};
