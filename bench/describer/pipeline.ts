/**
 * The offline describer called directly (its stage handler, micro-batches of B images) against the same images
 * through Kafka → describer stage service → DescriptionGenerated, in one run and one process, with one set of loaded
 * models shared by both paths. The ratio pipeline/raw is what the stream runtime, Avro, the registry and the broker
 * cost on top of the models (target ≥ 0.9). Peak RSS is the whole process: models, kafkajs, both paths (budget
 * < 1.5 GiB).
 *
 *   npx tsx bench/describer/pipeline.ts [images=64] [batch=16]     (needs `vitrine infra up`)
 *
 * Images: the project's example photos (test/fixtures/examples), cycled, each with its own imageId and productId; the
 * derivatives are written into a temporary filesystem blob store as the preprocessor would. The direct path and the
 * pipeline alternate in rounds, so that load from other processes on this shared machine falls on both alike.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createFsBlobStore } from '@vitrine/blobstore';
import { newEventId, type ImagePreprocessed } from '@vitrine/contracts';
import { createLogger } from '@vitrine/observability';
import { parseStreamConfig, startStageService, type InputRecord } from '@vitrine/stream';
import { createTestBus, testKafka, uniqueName } from '@vitrine/testkit';
import { composeDescriber } from '../../services/describer/src/compose';
import { parseDescriberConfig } from '../../services/describer/src/config';
import { createDescriberHandler } from '../../services/describer/src/stage';
import { machine, peakRssMiB, writeResults } from '../lib/report';

process.env.KAFKA_BROKERS ??= '127.0.0.1:9092';
process.env.SCHEMA_REGISTRY_URL ??= 'http://127.0.0.1:8081/apis/ccompat/v7';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379'; // testkit requires it (unused here: the cache is off)
const N = Number(process.argv[2] ?? 64);
/** Batch size of both paths; without it, the direct path's best of SWEEP (measured first) is used. */
const FIXED_B = process.argv[3] ? Number(process.argv[3]) : null;
const SWEEP = [1, 2, 4, 8, 16];
const PARTITIONS = 6;
const MODEL_VERSION = 'bench-1';
const examplesDir = fileURLToPath(new URL('../../test/fixtures/examples/', import.meta.url));
const rssMiB = () => Math.round(process.memoryUsage().rss / 2 ** 20);

const blobDir = await mkdtemp(path.join(tmpdir(), 'bench-describer-'));
const store = createFsBlobStore(blobDir, { fsync: false });
const files = (await readdir(examplesDir)).filter((f) => /\.(jpg|png)$/.test(f)).sort();
const examples = await Promise.all(
  files.map(async (f) => {
    const expected = JSON.parse(await readFile(path.join(examplesDir, f.replace(/\.(jpg|png)$/, '.expected.json')), 'utf8')) as { categoryHint: string };
    return { uri: (await store.put(await readFile(path.join(examplesDir, f)))).uri, hint: expected.categoryHint };
  }),
);
const events = (tag: string, count: number): ImagePreprocessed[] =>
  Array.from({ length: count }, (_, i) => {
    const ex = examples[i % examples.length]!;
    return {
      eventId: newEventId(), causationId: newEventId(), correlationId: newEventId(), productId: `${tag}-${i}`, occurredAt: Date.now(), producer: 'bench',
      imageId: randomBytes(32).toString('hex'), imageUri: ex.uri, derivativeUri: ex.uri, derivativeWidth: 800, derivativeHeight: 800,
      phash: randomBytes(8).toString('hex'), facts: { format: 'jpeg', width: 800, height: 800, aspect: 1, sharpness: 100, backgroundWhiteness: 0.9, transparency: 0 },
      modelVersion: MODEL_VERSION,
      context: { supplierId: 'bench', market: 'DE', categoryHint: ex.hint, targetLocales: ['en'], priceMinor: null, currency: null },
    };
  });

const log = createLogger('bench-describer', 'warn');
const describer = composeDescriber(parseDescriberConfig({ MODEL_VERSION, NEARDUP_CACHE: 'none', BLOB_STORE_DIR: blobDir }), { log });
await describer.ocr.loaded;
if (describer.ports.modelReadiness().length) throw new Error(describer.ports.modelReadiness().join('; '));
const rssLoaded = rssMiB();

// Raw: the handler itself, batches of B, no broker.
const handler = createDescriberHandler(describer.ports, describer.options, log);
const asRecords = (vs: ImagePreprocessed[]): Array<InputRecord<'ImagePreprocessed'>> =>
  vs.map((value, i) => ({ event: 'ImagePreprocessed', value, topic: 'raw', partition: 0, offset: String(i), key: value.productId, headers: {}, timestamp: '0' }));
/** CPU seconds this process used (all threads: ONNX Runtime's, libvips', kafkajs'). */
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** One round of the direct path: `count` images through the handler in batches of `b`. */
async function rawRound(tag: string, count: number, b = B): Promise<void> {
  const all = asRecords(events(tag, count));
  for (let i = 0; i < all.length; i += b) {
    const outcomes = await handler(all.slice(i, i + b), { now: Date.now(), stage: 'describer', attempt: 1 });
    const bad = outcomes.filter((o) => !('outputs' in o) || o.outputs.length !== 1);
    if (bad.length) throw new Error(`raw run: ${bad.length} records without a description: ${JSON.stringify(bad[0])}`);
  }
}

await rawRound('warm', 16, 16); // first shapes grow the ONNX arenas: not measured

// The direct path's best batch size: 16 images at each size of SWEEP.
const sweep: Array<{ batch: number; imagesPerSec: number }> = [];
if (FIXED_B === null) {
  for (const b of SWEEP) {
    const t0 = performance.now();
    await rawRound(`sweep${b}`, 16, b);
    sweep.push({ batch: b, imagesPerSec: Math.round((16 / ((performance.now() - t0) / 1000)) * 100) / 100 });
    process.stderr.write(`direct, batch ${b}: ${sweep[sweep.length - 1]!.imagesPerSec} images/s\n`);
  }
}
const B = FIXED_B ?? sweep.reduce((best, r) => (r.imagesPerSec > best.imagesPerSec ? r : best)).batch;

// Pipeline: Avro ImagePreprocessed in Kafka → describer stage service → DescriptionGenerated read back from Kafka.
const bus = await createTestBus('bench-describer');
const service = await startStageService(
  describer.stage,
  parseStreamConfig({
    KAFKA_BROKERS: process.env.KAFKA_BROKERS, SCHEMA_REGISTRY_URL: process.env.SCHEMA_REGISTRY_URL, TOPIC_PREFIX: bus.prefix, GROUP_ID: uniqueName('describer'),
    TOPIC_PARTITIONS: String(PARTITIONS), MAX_BATCH_SIZE: String(B), MAX_WAIT_MS: '50', HTTP_PORT: '0', LOG_LEVEL: 'warn',
  }),
  { handleSignals: false },
);
const consumer = testKafka().consumer({ groupId: uniqueName('bench-reader') });
await consumer.connect();
await consumer.subscribe({ topic: bus.topics.topic('DescriptionGenerated'), fromBeginning: true });
// Counted by distinct product (the message key), so a redelivered duplicate can never make the pipeline look faster.
const seen = new Set<string>();
let duplicates = 0;
let waiting: { until: number; resolve: () => void } | null = null;
await consumer.run({
  eachBatch: async ({ batch }) => {
    for (const m of batch.messages) {
      const key = m.key?.toString() ?? '';
      if (seen.has(key)) duplicates++;
      else seen.add(key);
    }
    if (waiting && seen.size >= waiting.until) waiting.resolve();
  },
});
/** One round of the pipeline: publish `count` events, wait until as many more descriptions were read back. */
async function pipelineRound(tag: string, count: number): Promise<void> {
  const until = seen.size + count;
  const done = new Promise<void>((resolve) => (waiting = { until, resolve }));
  await bus.publish('ImagePreprocessed', events(tag, count));
  await done;
  waiting = null;
}
await pipelineRound('pipe-warm', 4); // both groups joined and the path warm before the clock starts

// Rounds alternate between the two paths, so load from other processes on this shared machine falls on both alike.
const ROUND = Math.min(N, Math.max(B, 16));
const rounds = Math.max(1, Math.round(N / ROUND));
const total = { raw: { s: 0, cpu: 0, n: 0 }, pipe: { s: 0, cpu: 0, n: 0 } };
const perRound: Array<{ raw: number; pipeline: number }> = [];
for (let r = 0; r < rounds; r++) {
  const row = { raw: 0, pipeline: 0 };
  for (const path of r % 2 === 0 ? (['raw', 'pipe'] as const) : (['pipe', 'raw'] as const)) {
    const c0 = cpuSeconds();
    const t0 = performance.now();
    if (path === 'raw') await rawRound(`raw${r}`, ROUND);
    else await pipelineRound(`pipe${r}`, ROUND);
    const s = (performance.now() - t0) / 1000;
    total[path].s += s;
    total[path].cpu += cpuSeconds() - c0;
    total[path].n += ROUND;
    row[path === 'raw' ? 'raw' : 'pipeline'] = ROUND / s;
  }
  perRound.push(row);
  process.stderr.write(`round ${r + 1}/${rounds}: direct ${row.raw.toFixed(2)} images/s, pipeline ${row.pipeline.toFixed(2)} images/s\n`);
}
await consumer.disconnect();
await service.stop();
await bus.close();
await describer.close();
await rm(blobDir, { recursive: true, force: true });

const peak = peakRssMiB();
const r2 = (x: number) => Math.round(x * 100) / 100;
const rawRate = total.raw.n / total.raw.s;
const pipeRate = total.pipe.n / total.pipe.s;
const ratios = {
  pipelineOverRaw: r2(pipeRate / rawRate),
  // Images per CPU-second of this process, pipeline over direct: what the pipeline itself costs in CPU.
  pipelineOverRawPerCpuSecond: r2(total.raw.cpu / total.raw.n / (total.pipe.cpu / total.pipe.n)),
  perRound: perRound.map((p) => r2(p.pipeline / p.raw)),
};
const metrics = {
  images: total.raw.n + total.pipe.n, imagesPerPath: total.raw.n, batch: B, batchSweep: sweep, round: ROUND, rounds, partitions: PARTITIONS,
  rawImagesPerSec: r2(rawRate), pipelineImagesPerSec: r2(pipeRate),
  cpuSecondsPerImage: { raw: r2(total.raw.cpu / total.raw.n), pipeline: r2(total.pipe.cpu / total.pipe.n) },
  perRound: perRound.map((p) => ({ raw: r2(p.raw), pipeline: r2(p.pipeline) })),
  duplicatesReadBack: duplicates, loadAverage1m: r2(loadavg()[0]!), rssAfterModelLoadMiB: rssLoaded, peakRssMiB: peak,
};
console.log(JSON.stringify({ metrics, ratios }));

const command = `npx tsx bench/describer/pipeline.ts ${N}${FIXED_B ? ` ${FIXED_B}` : ''}`;
const sweepText = sweep.length
  ? `Batch size: the direct path's best of ${SWEEP.join(', ')} on 16 images each, measured first in this run (images/s: ${sweep.map((r) => `${r.batch} → ${r.imagesPerSec}`).join(', ')}); both paths then use ${B}.`
  : `Batch size ${B} (given).`;
const roundRows = metrics.perRound.map((p, i) => `| ${i + 1} | ${p.raw} | ${p.pipeline} | ${ratios.perRound[i]} |`).join('\n');
writeResults('describer', 'Describer', { name: 'describer-pipeline', command, metrics, ratios }, `Command: \`${command}\` (${new Date().toISOString().slice(0, 10)}, ${machine()}; Kafka, Apicurio local).
The offline describer (PP-OCRv4 det/cls/rec on onnxruntime-node CPU, colour measurement, text rules, validation) called
directly (its stage handler, micro-batches of ${B}) against the same work through Kafka (${PARTITIONS} partitions, Avro + registry) →
describer stage service (micro-batch ${B}, max wait 50 ms) → DescriptionGenerated read back from Kafka. One process, one set of
models for both paths. ${N} images per path (the ${files.length} example photos, 800×800, cycled, each with its own ids), in ${rounds}
alternating rounds of ${ROUND} so that load from other processes on this shared 2-core machine falls on both paths alike; a
pipeline round includes the publish and the read-back latency. ${sweepText}

| round | direct images/s | pipeline images/s | pipeline / direct |
|---|---|---|---|
${roundRows}
| **all** | **${metrics.rawImagesPerSec}** | **${metrics.pipelineImagesPerSec}** | **${ratios.pipelineOverRaw}** |

Pipeline / direct: **${ratios.pipelineOverRaw}** (target ≥ 0.9); per CPU-second of this process: ${ratios.pipelineOverRawPerCpuSecond}
(CPU s per image: direct ${metrics.cpuSecondsPerImage.raw}, pipeline ${metrics.cpuSecondsPerImage.pipeline}).
RSS with the models loaded: ${rssLoaded} MiB; peak RSS of the process: **${peak} MiB** (budget 1536 MiB).
Load average at the end: ${metrics.loadAverage1m} on ${cpus().length} cores.`);
process.exit(0);
