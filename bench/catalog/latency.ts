// Upload-to-published latency at a steady upload rate, every service a child process (as in the e2e tests) against
// the real broker, registry and Redis, offline describer.
// npx tsx bench/catalog/latency.ts [uploadsPerSecond=0.5] [seconds=40]   (needs `vitrine infra up`)
//
// Latency of one upload = broker timestamp of its DescriptionPublished − the moment the client sent it to the intake
// (one machine, one clock). Side by side, from the same uploads: the time to DescriptionGenerated (intake,
// preprocessor, describer) and to DescriptionModerated, so the describer's share of the latency is visible.
process.env.KAFKA_BROKERS ??= '127.0.0.1:9092';
process.env.SCHEMA_REGISTRY_URL ??= 'http://127.0.0.1:8081/apis/ccompat/v7';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/vitrine';

import type { EventName } from '@vitrine/contracts';
import { testKafka, uniqueName } from '@vitrine/testkit';
import { INTAKE_API_KEY, Pipeline } from '../../test/e2e/harness/pipeline';
import { until } from '../../test/e2e/harness/processes';
import { uploadThroughIntake } from '../../test/e2e/harness/uploads';
import { loadavg } from 'node:os';
import { machine, peakRssMiB } from '../lib/report';
import { nearestRank } from '../lib/stats';
import { writeReplayResults } from './replay-results';
import { uniquePhotos } from './unique-photos';

const RATE = Number(process.argv[2] ?? 0.5);
const SECONDS = Number(process.argv[3] ?? 40);
const N = Math.max(1, Math.round(RATE * SECONDS));
const log = (s: string) => process.stderr.write(`${s}\n`);

const loadAtStart = loadavg()[0]!;
const pipeline = new Pipeline({ label: 'latency', modelVersion: `${uniqueName('latency')}@1`, services: ['intake', 'preprocessor', 'describer', 'translator', 'moderator', 'publisher'] });
const sentAt = new Map<string, number>();
const arrivals: Record<'DescriptionGenerated' | 'DescriptionModerated' | 'DescriptionPublished', Map<string, number>> = {
  DescriptionGenerated: new Map(),
  DescriptionModerated: new Map(),
  DescriptionPublished: new Map(),
};
const kafka = testKafka();
const consumer = kafka.consumer({ groupId: uniqueName('latency-reader') });
try {
  const t = Date.now();
  await pipeline.startAll();
  log(`services ready in ${((Date.now() - t) / 1000).toFixed(1)} s (logs in ${pipeline.dir})`);
  const topicOf = (e: EventName) => pipeline.prefix + { DescriptionGenerated: 'vitrine.description-generated', DescriptionModerated: 'vitrine.description-moderated', DescriptionPublished: 'vitrine.description-published' }[e as 'DescriptionGenerated'];
  await consumer.connect();
  await consumer.subscribe({ topics: (['DescriptionGenerated', 'DescriptionModerated', 'DescriptionPublished'] as const).map(topicOf), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const event = (Object.keys(arrivals) as Array<keyof typeof arrivals>).find((e) => topicOf(e) === topic)!;
      const productId = message.key!.toString();
      if (!arrivals[event].has(productId)) arrivals[event].set(productId, Number(message.timestamp));
    },
  });

  const photos = await uniquePhotos(N);
  const intake = pipeline.get('intake').url('');
  const start = Date.now();
  const sends: Array<Promise<unknown>> = [];
  for (let i = 0; i < N; i++) {
    const due = start + (i * 1000) / RATE;
    await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
    const productId = `lat-${i}`;
    sentAt.set(productId, Date.now());
    sends.push(uploadThroughIntake(intake, INTAKE_API_KEY, { productId, image: { name: productId, bytes: photos[i]!.bytes, contentType: 'image/jpeg', categoryHint: photos[i]!.hint }, market: 'DE', targetLocales: ['en', 'de', 'fr', 'ja', 'zh-CN'], price: '19.99', currency: 'EUR' }));
  }
  await Promise.all(sends);
  // Done when every upload is published, or every one was moderated and nothing more is published for 10 s (the
  // rest were held for review).
  let lastCount = -1;
  let lastChange = Date.now();
  await until(
    () => {
      const n = arrivals.DescriptionPublished.size;
      if (n !== lastCount) [lastCount, lastChange] = [n, Date.now()];
      return n >= N || (arrivals.DescriptionModerated.size >= N && Date.now() - lastChange > 10_000);
    },
    'every upload published (or held for review)',
    300_000,
    500,
  ).catch((e: Error) => log(e.message));
  const dead = await pipeline.deadLetters();

  const lat = (e: keyof typeof arrivals) => [...arrivals[e]].map(([p, at]) => at - sentAt.get(p)!).filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const pub = lat('DescriptionPublished');
  const gen = lat('DescriptionGenerated');
  const mod = lat('DescriptionModerated');
  const metrics = {
    uploads: N,
    uploadsPerSecond: RATE,
    published: pub.length,
    heldOrLost: N - pub.length,
    deadLettered: Object.values(dead).reduce((a, b) => a + b, 0),
    publishedP50Ms: nearestRank(pub, 50),
    publishedP99Ms: nearestRank(pub, 99),
    publishedMaxMs: pub.at(-1) ?? NaN,
    generatedP50Ms: nearestRank(gen, 50),
    generatedP99Ms: nearestRank(gen, 99),
    moderatedP50Ms: nearestRank(mod, 50),
    benchPeakRssMiB: peakRssMiB(),
    loadAvg1mAtStart: loadAtStart,
    loadAvg1mAtEnd: loadavg()[0]!,
  };
  const ratios = {
    publishedP99OverP50: metrics.publishedP99Ms / metrics.publishedP50Ms,
    describedShareOfP50: metrics.generatedP50Ms / metrics.publishedP50Ms,
  };
  console.table(metrics);
  console.table(ratios);
  const f = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
  writeReplayResults('latency', {
    command: `npx tsx bench/catalog/latency.ts ${RATE} ${SECONDS}`,
    metrics,
    ratios,
    markdown: `### Upload-to-published latency

Machine: ${machine()}. Command: \`npx tsx bench/catalog/latency.ts ${RATE} ${SECONDS}\`: ${N} uploads through the intake API at a steady ${RATE}/s; intake, preprocessor, offline describer, translator, moderator and publisher as child processes on the real broker, registry and Redis. Latency = broker timestamp of DescriptionPublished − client send time.

| | p50 | p99 |
|---|---|---|
| upload → DescriptionPublished | **${f(metrics.publishedP50Ms)}** | **${f(metrics.publishedP99Ms)}** |
| upload → DescriptionGenerated (intake, preprocessor, describer) | ${f(metrics.generatedP50Ms)} | ${f(metrics.generatedP99Ms)} |
| upload → DescriptionModerated | ${f(metrics.moderatedP50Ms)} | |

${metrics.published} of ${N} published, ${metrics.deadLettered} dead-lettered. Ratios (same run): p99/p50 = ${ratios.publishedP99OverP50.toFixed(2)}; describer's share of the p50 = ${ratios.describedShareOfP50.toFixed(2)}. Every process shares the 2 CPU cores with the broker and registry (1-min load average ${metrics.loadAvg1mAtStart.toFixed(1)} → ${metrics.loadAvg1mAtEnd.toFixed(1)} during the run): the offline describer's OCR sets the pace.`,
  });
} finally {
  await consumer.disconnect().catch(() => undefined);
  await pipeline.stop();
}
