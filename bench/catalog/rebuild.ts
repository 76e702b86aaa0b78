// Catalog rebuild from the log against the raw consume rate of the same topic, in one run.
// npx tsx bench/catalog/rebuild.ts [events=20000]   (needs `vitrine infra up`)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRedisCatalogStore, rebuildCatalog, samplePublished, type RebuildProgress } from '@vitrine/catalog';
import { VERSIONS } from '@vitrine/infra';
import { createLogger } from '@vitrine/observability';
import { createTestBus, testKafka, uniqueName, type TestBus } from '@vitrine/testkit';
import { machine, peakRssMiB, writeResults } from '../lib/report';

process.env.KAFKA_BROKERS ??= '127.0.0.1:9092';
process.env.SCHEMA_REGISTRY_URL ??= 'http://127.0.0.1:8081/apis/ccompat/v7';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
const N = Number(process.argv[2] ?? 20_000);
const PARTITIONS = 6;
const T0 = Date.parse('2026-11-01T00:00:00Z');

/** Consumes the whole topic with a fresh group: eachBatch, count only (decode: also Avro-decode every value). */
async function rawConsume(bus: TestBus, decode: boolean): Promise<number> {
  const consumer = testKafka().consumer({ groupId: uniqueName('raw') });
  await consumer.connect();
  await consumer.subscribe({ topic: bus.topics.topic('DescriptionPublished'), fromBeginning: true });
  let done = 0;
  let finish!: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  const t0 = performance.now();
  await consumer.run({
    partitionsConsumedConcurrently: PARTITIONS,
    eachBatch: async ({ batch }) => {
      if (decode) await Promise.all(batch.messages.map((m) => bus.codec.decode('DescriptionPublished', m.value!)));
      done += batch.messages.length;
      if (done >= N) finish();
    },
  });
  await finished;
  const seconds = (performance.now() - t0) / 1000;
  await consumer.disconnect();
  return N / seconds;
}

interface RebuildRun { rate: number; seconds: number; rateToSwitch: number; steadyRate: number; applied: number; superseded: number; products: number; childPeakRssMiB?: number }

/** In this process, through rebuildCatalog; the steady rate counts from the first committed batch to the catch-up. */
async function rebuildInProcess(bus: TestBus): Promise<RebuildRun> {
  const store = createRedisCatalogStore(process.env.REDIS_URL!, uniqueName('bench-catalog'));
  let first: { t: number; done: number } | undefined;
  let last: { t: number; done: number } | undefined;
  const onProgress = (p: RebuildProgress) => {
    if (p.phase !== 'building' || p.done === 0) return;
    first ??= { t: performance.now(), done: p.done };
    last = { t: performance.now(), done: p.done };
  };
  try {
    const r = await rebuildCatalog({ store, kafka: testKafka(), codec: bus.codec, log: createLogger('bench', 'warn'), groupPrefix: uniqueName('rebuild'), onProgress, pollMs: 100 });
    const products = await store.countProducts(r.ns);
    await store.dropNamespace(r.ns);
    await store.redis.del(store.keys.pointer);
    const steadyRate = first && last && last.t > first.t ? (last.done - first.done) / ((last.t - first.t) / 1000) : NaN;
    return { rate: r.events / r.seconds, seconds: r.seconds, rateToSwitch: r.events / (r.secondsToSwitch ?? NaN), steadyRate, applied: r.counts.applied, superseded: r.counts.superseded, products };
  } finally {
    await store.close();
  }
}

/** The real command, `vitrine catalog rebuild`, in a child process under /usr/bin/time for its peak RSS. */
async function rebuildCli(bus: TestBus): Promise<RebuildRun> {
  const keyPrefix = uniqueName('bench-catalog-cli');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const child = spawnSync('/usr/bin/time', ['-f', 'maxrss_kib=%M', process.execPath, 'bin/vitrine.mjs', 'catalog', 'rebuild', '--key-prefix', keyPrefix, '--topic-prefix', bus.prefix], {
    cwd: root, env: { ...process.env, LOG_LEVEL: 'warn' }, encoding: 'utf8', maxBuffer: 10 << 20, timeout: 120_000,
  });
  if (child.status !== 0) throw new Error(`vitrine catalog rebuild exited with ${child.status}:\n${child.stdout}\n${child.stderr}`);
  const r = child.stdout;
  const rss = /maxrss_kib=(\d+)/.exec(child.stderr);
  const store = createRedisCatalogStore(process.env.REDIS_URL!, keyPrefix);
  try {
    const ns = (await store.currentNamespace())!;
    const products = await store.countProducts(ns);
    await store.dropNamespace(ns);
    await store.redis.del(store.keys.pointer);
    const m = /(\d+) event\(s\) in ([\d.]+) s/.exec(r);
    if (!m) throw new Error(`unexpected output of vitrine catalog rebuild:\n${r}`);
    const [events, seconds] = [Number(m[1]), Number(m[2])];
    return { rate: events / seconds, seconds, rateToSwitch: NaN, steadyRate: NaN, applied: NaN, superseded: NaN, products, childPeakRssMiB: rss ? Math.round(Number(rss[1]) / 1024) : NaN };
  } finally {
    await store.close();
  }
}

const bus = await createTestBus('bench-catalog');
await bus.createTopics(['DescriptionPublished'], PARTITIONS);
// N/2 products, two model versions each (the older one arriving second for every third product), three locales.
const events = Array.from({ length: N / 2 }, (_, i) => {
  const v1 = samplePublished(`p${i}`, { modelVersion: '1.0', occurredAt: T0 + i, locales: ['en', 'de', 'fr'] });
  const v2 = samplePublished(`p${i}`, { modelVersion: '1.1', occurredAt: T0 + N + i, locales: ['en', 'de', 'fr'] });
  return i % 3 === 0 ? [v2, v1] : [v1, v2];
}).flat();
await bus.publish('DescriptionPublished', events);

// Interleave so machine noise (2 shared cores) hits both alike.
const raw1 = await rawConsume(bus, false);
const r1 = await rebuildInProcess(bus);
const raw2 = await rawConsume(bus, false);
const decode = await rawConsume(bus, true);
const r2 = await rebuildCli(bus);
const admin = bus.kafka.admin();
await admin.connect();
await admin.deleteTopics({ topics: [bus.topics.topic('DescriptionPublished'), `${bus.topics.topic('DescriptionPublished')}.dlq`] }).catch(() => undefined);
await admin.disconnect();
await bus.close();

const m = {
  rawConsume: (raw1 + raw2) / 2,
  rawConsumeDecode: decode,
  rebuildInProcess: r1.rate,
  rebuildInProcessToSwitch: r1.rateToSwitch,
  rebuildInProcessSteady: r1.steadyRate,
  rebuildCli: r2.rate,
  rebuildSecondsInProcess: r1.seconds,
  rebuildSecondsCli: r2.seconds,
  events: N,
  products: r1.products,
  appliedPerRun: r1.applied,
  supersededPerRun: r1.superseded,
  partitions: PARTITIONS,
  cliPeakRssMiB: r2.childPeakRssMiB,
  benchPeakRssMiB: peakRssMiB(),
};
if (r1.products !== N / 2 || r2.products !== N / 2) throw new Error(`rebuild produced ${r1.products}/${r2.products} products, expected ${N / 2}`);
const ratios = {
  rebuildOverRawConsume: m.rebuildInProcess / m.rawConsume,
  rebuildOverConsumeDecode: m.rebuildInProcess / m.rawConsumeDecode,
  toSwitchRebuildOverRawConsume: m.rebuildInProcessToSwitch / m.rawConsume,
  steadyRebuildOverRawConsume: m.rebuildInProcessSteady / m.rawConsume,
  cliRebuildOverRawConsume: m.rebuildCli / m.rawConsume,
};
const f = (x: number) => x.toFixed(0);
const table = [
  '| variant | events/s |', '|---|---|',
  `| raw kafkajs consume (eachBatch, count only), mean of 2 | ${f(m.rawConsume)} |`,
  `| raw kafkajs consume + Avro decode | ${f(m.rawConsumeDecode)} |`,
  `| rebuild in process, end to end (group join, consume, decode, project, Lua apply, commit, switch, drain) | ${f(m.rebuildInProcess)} |`,
  `| rebuild in process, start → switch (the new catalog serves) | ${f(m.rebuildInProcessToSwitch)} |`,
  `| rebuild in process, steady state (first commit → caught up) | ${f(m.rebuildInProcessSteady)} |`,
  `| \`vitrine catalog rebuild\` child process, end to end (incl. tsx start-up, registry) | ${f(m.rebuildCli)} |`,
].join('\n');
const ratioText = Object.entries(ratios).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ');
console.log(table);
console.log(`ratios: ${ratioText}; rebuild ${m.rebuildSecondsInProcess.toFixed(1)} s in process, ${m.rebuildSecondsCli.toFixed(1)} s CLI; CLI peak RSS ${m.cliPeakRssMiB} MiB; bench process peak RSS ${m.benchPeakRssMiB} MiB`);
writeResults('catalog-rebuild', 'Catalog rebuild', { name: 'catalog-rebuild', command: `npx tsx bench/catalog/rebuild.ts ${N}`, metrics: m, ratios }, `Command: \`npx tsx bench/catalog/rebuild.ts ${N}\` (${new Date().toISOString().slice(0, 10)}, ${machine()}; Kafka ${VERSIONS.kafka} local, Redis 7.0 local).
${N} DescriptionPublished events (${N / 2} products × 2 model versions, 3 locales each, Avro in the registry wire format), ${PARTITIONS} partitions.
A rebuild decodes, projects and applies every event with one Lua script call (pipelined per batch of up to 500), commits offsets after the
Redis writes, switches the pointer and drains; ${m.appliedPerRun} events applied and ${m.supersededPerRun} superseded per run, ${m.products} products.
The machine has 2 cores shared with Kafka, Redis and other work (load average above 10 during the run): absolute rates are noisy, the ratios are
measured in the same run.

${table}

Ratios (same run): ${ratioText}. Rebuild wall time ${m.rebuildSecondsInProcess.toFixed(1)} s in process, ${m.rebuildSecondsCli.toFixed(1)} s through the CLI.
Peak RSS of the \`vitrine catalog rebuild\` process: ${m.cliPeakRssMiB} MiB; of the bench process (holds the ${N} events it published): ${m.benchPeakRssMiB} MiB.`);
process.exit(0);
