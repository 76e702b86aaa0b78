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
 * derivatives are written into a temporary filesystem blob store as the preprocessor would. Raw first, then the
 * pipeline, then raw again, so that load from other processes on this shared machine shows as a spread.
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
const B = Number(process.argv[3] ?? 16);
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
const events = (tag: string): ImagePreprocessed[] =>
  Array.from({ length: N }, (_, i) => {
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
const cpuPerImage: Record<string, number> = {};

async function raw(tag: string): Promise<number> {
  const all = asRecords(events(tag));
  const c0 = cpuSeconds();
  const t0 = performance.now();
  for (let i = 0; i < all.length; i += B) {
    const outcomes = await handler(all.slice(i, i + B), { now: Date.now(), stage: 'describer', attempt: 1 });
    const bad = outcomes.filter((o) => !('outputs' in o) || o.outputs.length !== 1);
    if (bad.length) throw new Error(`raw run: ${bad.length} records without a description: ${JSON.stringify(bad[0])}`);
  }
  const rate = N / ((performance.now() - t0) / 1000);
  cpuPerImage[tag] = (cpuSeconds() - c0) / N;
  return rate;
}

await raw('warm'); // first shapes grow the ONNX arenas: not measured
const raw1 = await raw('raw1');
process.stderr.write(`raw: ${raw1.toFixed(2)} images/s\n`);

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
let received = 0;
let finish!: () => void;
const finished = new Promise<void>((r) => (finish = r));
await consumer.run({ eachBatch: async ({ batch }) => { received += batch.messages.length; if (received >= N) finish(); } });
await new Promise((r) => setTimeout(r, 3000)); // both groups joined before the clock starts
const c0 = cpuSeconds();
const t0 = performance.now();
await bus.publish('ImagePreprocessed', events('pipe'));
await finished;
const pipeline = N / ((performance.now() - t0) / 1000);
cpuPerImage.pipe = (cpuSeconds() - c0) / N;
process.stderr.write(`pipeline: ${pipeline.toFixed(2)} images/s\n`);
await consumer.disconnect();
await service.stop();
await bus.close();

const raw2 = await raw('raw2');
process.stderr.write(`raw again: ${raw2.toFixed(2)} images/s\n`);
await describer.close();
await rm(blobDir, { recursive: true, force: true });

const rawMean = (raw1 + raw2) / 2;
const peak = peakRssMiB();
const r2 = (x: number) => Math.round(x * 100) / 100;
const rawCpu = (cpuPerImage.raw1! + cpuPerImage.raw2!) / 2;
const ratios = {
  pipelineOverRaw: r2(pipeline / rawMean),
  pipelineOverRawWorst: r2(pipeline / Math.max(raw1, raw2)),
  pipelineOverRawBest: r2(pipeline / Math.min(raw1, raw2)),
  // Images per CPU-second of this process, pipeline over raw: what the pipeline itself costs, independent of other load.
  pipelineOverRawPerCpuSecond: r2(rawCpu / cpuPerImage.pipe!),
};
const metrics = {
  images: N, batch: B, partitions: PARTITIONS, rawImagesPerSec: [r2(raw1), r2(raw2)], pipelineImagesPerSec: r2(pipeline),
  cpuSecondsPerImage: { raw1: r2(cpuPerImage.raw1!), pipeline: r2(cpuPerImage.pipe!), raw2: r2(cpuPerImage.raw2!) },
  loadAverage1m: r2(loadavg()[0]!), rssAfterModelLoadMiB: rssLoaded, peakRssMiB: peak,
};
console.log(JSON.stringify({ metrics, ratios }));

const command = `npx tsx bench/describer/pipeline.ts ${N} ${B}`;
writeResults('describer', 'Describer', { name: 'describer-pipeline', command, metrics, ratios }, `Command: \`${command}\` (${new Date().toISOString().slice(0, 10)}, ${machine()}; Kafka, Apicurio local).
The offline describer (PP-OCRv4 det/cls/rec on onnxruntime-node CPU, colour measurement, text rules, validation) on ${N} images
(the ${files.length} example photos cycled, 800×800), called directly in micro-batches of ${B}, against the same images through
Kafka (${PARTITIONS} partitions, Avro + registry) → describer stage service (micro-batch ${B}, max wait 50 ms) → DescriptionGenerated
read back from Kafka. One process, one set of models for both paths; raw measured before and after the pipeline.

| path | images/s (wall) | CPU s / image (this process) |
|---|---|---|
| direct, run 1 | ${r2(raw1)} | ${metrics.cpuSecondsPerImage.raw1} |
| Kafka → describer → DescriptionGenerated | ${r2(pipeline)} | ${metrics.cpuSecondsPerImage.pipeline} |
| direct, run 2 | ${r2(raw2)} | ${metrics.cpuSecondsPerImage.raw2} |

Pipeline / raw (mean of the two direct runs): **${ratios.pipelineOverRaw}** (against the faster direct run ${ratios.pipelineOverRawWorst},
the slower ${ratios.pipelineOverRawBest}); target ≥ 0.9. Per CPU-second of this process (immune to other load on the machine):
**${ratios.pipelineOverRawPerCpuSecond}**. Load average during the run: ${metrics.loadAverage1m} on ${cpus().length} cores.
RSS with the models loaded: ${rssLoaded} MiB; peak RSS of the process: **${peak} MiB** (budget 1536 MiB).
The machine has 2 cores shared with other work: absolute images/s vary between runs, the ratio within a run is the number.`);
process.exit(0);
