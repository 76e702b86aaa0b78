// Pass-through stage through the real broker against a raw kafkajs consume→produce loop, in one run.
// npx tsx bench/stream/stream.ts [messages=20000]   (needs `vitrine infra up`)
import type { Kafka } from 'kafkajs';
import { VERSIONS } from '@vitrine/infra';
import { createLogger, createStageMetrics } from '@vitrine/observability';
import { createStageRunner, type StageOptions } from '@vitrine/stream';
import { createTestBus, sampleUpload, testKafka, uniqueName, type TestBus } from '@vitrine/testkit';
import { passthroughHandler, passthroughOutput } from '../../libs/stream/test-fixtures/passthrough';
import { machine, peakRssMiB, writeResults } from '../lib/report';

process.env.KAFKA_BROKERS ??= '127.0.0.1:9092';
process.env.SCHEMA_REGISTRY_URL ??= 'http://127.0.0.1:8081/apis/ccompat/v7';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
const N = Number(process.argv[2] ?? 20_000);
const PARTITIONS = 6;
const BATCH = 100;

async function rawLoop(bus: TestBus, kafka: Kafka, mode: 'per-message' | 'batch'): Promise<number> {
  const consumer = kafka.consumer({ groupId: uniqueName('raw') });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await Promise.all([consumer.connect(), producer.connect()]);
  await consumer.subscribe({ topic: bus.topics.topic('ImageUploaded'), fromBeginning: true });
  const out = bus.topics.topic('ImagePreprocessed');
  let done = 0;
  let finish!: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  const t0 = performance.now();
  const encode = async (value: Buffer) => {
    const o = passthroughOutput(await bus.codec.decode('ImageUploaded', value), Date.now());
    return { key: o.value.productId, value: await bus.codec.encode(o.event, o.value as never) };
  };
  if (mode === 'per-message') {
    await consumer.run({
      partitionsConsumedConcurrently: PARTITIONS,
      eachMessage: async ({ message }) => {
        await producer.send({ topic: out, messages: [await encode(message.value!)], acks: -1 });
        if (++done === N) finish();
      },
    });
  } else {
    await consumer.run({
      partitionsConsumedConcurrently: PARTITIONS,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
        for (let i = 0; i < batch.messages.length; i += BATCH) {
          const chunk = batch.messages.slice(i, i + BATCH);
          await producer.sendBatch({ topicMessages: [{ topic: out, messages: await Promise.all(chunk.map((m) => encode(m.value!))) }], acks: -1 });
          resolveOffset(chunk[chunk.length - 1]!.offset);
          done += chunk.length;
        }
        await commitOffsetsIfNecessary();
        if (done >= N) finish();
      },
    });
  }
  await finished;
  const seconds = (performance.now() - t0) / 1000;
  await consumer.disconnect();
  await producer.disconnect();
  return N / seconds;
}

async function stage(bus: TestBus, mode: 'per-message' | 'batch', delivery: 'at-least-once' | 'exactly-once'): Promise<number> {
  let done = 0;
  let finish!: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  const opts: StageOptions<'ImageUploaded'> = {
    stage: 'bench', groupId: uniqueName('stage'), inputs: ['ImageUploaded'],
    handler: async (recs, ctx) => {
      const out = await passthroughHandler(recs, ctx);
      done += recs.length;
      if (done >= N) setImmediate(finish);
      return out;
    },
    kafka: testKafka(), codec: bus.codec, log: createLogger('bench', 'warn'), metrics: createStageMetrics(),
    mode, delivery, maxBatchSize: BATCH, maxWaitMs: 10, partitionsConsumedConcurrently: PARTITIONS, maxRecordAttempts: 3, poisonCap: 10,
    backoff: { initialMs: 50, maxMs: 1000, factor: 2 }, instanceId: uniqueName('i'), fromBeginning: true, sessionTimeoutMs: 30_000,
  };
  const r = createStageRunner(opts);
  const t0 = performance.now();
  await r.start();
  await finished;
  const seconds = (performance.now() - t0) / 1000;
  await r.stop();
  return N / seconds;
}

const bus = await createTestBus('bench-stream');
await bus.createTopics(['ImageUploaded', 'ImagePreprocessed'], PARTITIONS);
await bus.publish('ImageUploaded', Array.from({ length: N }, (_, i) => sampleUpload(i)));
const kafka = testKafka();

// Interleave raw and stage runs so machine noise hits both alike.
const m = {
  rawBatch: await rawLoop(bus, kafka, 'batch'),
  stageBatch: await stage(bus, 'batch', 'at-least-once'),
  rawPerMessage: await rawLoop(bus, kafka, 'per-message'),
  stagePerMessage: await stage(bus, 'per-message', 'at-least-once'),
  stageBatchExactlyOnce: await stage(bus, 'batch', 'exactly-once'),
};
await bus.close();
const ratios = {
  batchStageOverRaw: m.stageBatch / m.rawBatch,
  perMessageStageOverRaw: m.stagePerMessage / m.rawPerMessage,
  exactlyOnceOverAtLeastOnceBatch: m.stageBatchExactlyOnce / m.stageBatch,
  batchOverPerMessageStage: m.stageBatch / m.stagePerMessage,
};
const rss = peakRssMiB();
const f = (x: number) => x.toFixed(0);
const table = [
  '| variant | events/s |', '|---|---|',
  `| raw kafkajs loop, batch (sendBatch per ${BATCH}) | ${f(m.rawBatch)} |`,
  `| stage runner, micro-batch, at-least-once | ${f(m.stageBatch)} |`,
  `| raw kafkajs loop, per message (eachMessage + send) | ${f(m.rawPerMessage)} |`,
  `| stage runner, per message, at-least-once | ${f(m.stagePerMessage)} |`,
  `| stage runner, micro-batch, exactly-once | ${f(m.stageBatchExactlyOnce)} |`,
].join('\n');
const ratioText = Object.entries(ratios).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
console.log(table);
console.log(`ratios: ${ratioText}; peak RSS ${rss} MiB`);
writeResults('stream', 'Stream runtime: pass-through stage vs raw kafkajs loop', {
  name: 'stream', command: `npx tsx bench/stream/stream.ts ${N}`, metrics: { ...m, messages: N, partitions: PARTITIONS, batch: BATCH, peakRssMiB: rss }, ratios,
}, `Command: \`npx tsx bench/stream/stream.ts ${N}\` (${new Date().toISOString().slice(0, 10)}, ${machine()}; Kafka ${VERSIONS.kafka} local, Apicurio ${VERSIONS.apicurio}).
${N} ImageUploaded events (Avro, registry wire format), ${PARTITIONS} partitions; every variant decodes, transforms and encodes each event and
produces with acks=all through an idempotent producer. The harness process runs the broker clients and the stage in one process.

${table}

Ratios (same run): ${ratioText}. Peak RSS of the process: ${rss} MiB.`);
process.exit(0);
