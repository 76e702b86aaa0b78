// `vitrine describe` throughput on the example photos, in-process: the five embedded stages against the preprocessor
// and describer alone (what translation, moderation and publishing add), and the embedded runner's own routing cost
// with pass-through stages. Usage: npx tsx bench/cli/describe.ts [rounds=1] [images=6]
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import type { ImageUploaded } from '@vitrine/contracts';
import { createEmbeddedPipeline } from '@vitrine/pipeline';
import { perRecord, type StageDefinition } from '@vitrine/stream';
import { sampleUpload } from '@vitrine/testkit';
import { expandInputs, readSource } from '../../libs/cli/src/describe/inputs';
import { parseDescribeArgs } from '../../libs/cli/src/describe/options';
import { composeEmbeddedStages } from '../../libs/cli/src/describe/stages';
import { uploadImage } from '../../libs/cli/src/describe/upload';
import { machine, peakRssMiB, writeResults } from '../lib/report';
import { median } from '../lib/stats';

const examples = fileURLToPath(new URL('../../test/fixtures/examples', import.meta.url));
const rounds = Number(process.argv[2] ?? 1);
const imageCount = Number(process.argv[3] ?? 6);
const log = pino({ level: 'silent' });

async function runStages(keep: number): Promise<{ images: number; seconds: number; cpuSeconds: number; failures: number }> {
  const out = await mkdtemp(path.join(tmpdir(), 'vitrine-bench-describe-'));
  try {
    const opts = parseDescribeArgs([examples, '--out', out, '--locales', 'en,de,fr,zh-CN', '--quiet']);
    const stages = await composeEmbeddedStages(opts, {}, log);
    const sources = (await expandInputs([examples])).sources.slice(0, imageCount);
    const pipeline = createEmbeddedPipeline({ stages: stages.definitions.slice(0, keep), log });
    const context = { supplierId: 'bench', market: 'DE', categoryHint: null, targetLocales: opts.locales, priceMinor: null, currency: null };
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const s of sources) pipeline.publish([{ event: 'ImageUploaded', value: await uploadImage(s, await readSource(s), stages.blobs, context, Date.now()) }]);
    await pipeline.idle();
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    await stages.close();
    return { images: sources.length, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, failures: pipeline.failures.length };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Five stages that consume every event and emit nothing: the runner's routing, records and schema checks alone. */
function passThrough(n: number): Promise<number> {
  const stages: Array<StageDefinition<'ImageUploaded'>> = Array.from({ length: 5 }, (_, i) => ({
    stage: `pass-${i}`, producer: `pass-${i}@0`, inputs: ['ImageUploaded'], outputs: [], defaultMode: 'batch' as const,
    handler: () => perRecord(async () => []),
  }));
  const uploads: ImageUploaded[] = Array.from({ length: n }, (_, i) => sampleUpload(i));
  const p = createEmbeddedPipeline({ stages, log });
  const t0 = performance.now();
  p.publish(uploads.map((value) => ({ event: 'ImageUploaded' as const, value })));
  return p.idle().then(() => (n * 5) / ((performance.now() - t0) / 1000));
}

const files = Math.min(imageCount, (await readdir(examples)).filter((f) => /\.(jpg|png)$/.test(f)).length);
const all: number[] = [];
const preDesc: number[] = [];
const cpuAll: number[] = [];
const cpuPreDesc: number[] = [];
let failures = 0;
for (let r = 0; r < rounds; r++) {
  // Interleaved, so that machine load drifts hit both alike.
  const a = await runStages(5);
  const b = await runStages(2);
  all.push(a.images / a.seconds);
  preDesc.push(b.images / b.seconds);
  cpuAll.push(a.cpuSeconds / a.images);
  cpuPreDesc.push(b.cpuSeconds / b.images);
  failures += a.failures;
  console.log(`round ${r + 1}: five stages ${(a.images / a.seconds).toFixed(3)} images/s (${a.failures} failed), preprocessor+describer ${(b.images / b.seconds).toFixed(3)} images/s`);
}
const routed = await passThrough(20_000);
const metrics = {
  images: files,
  rounds,
  fiveStagesImagesPerS: +median(all).toFixed(3),
  preprocessorDescriberImagesPerS: +median(preDesc).toFixed(3),
  fiveStagesCpuSecondsPerImage: +median(cpuAll).toFixed(3),
  preprocessorDescriberCpuSecondsPerImage: +median(cpuPreDesc).toFixed(3),
  failedRecords: failures,
  runnerDeliveriesPerS: Math.round(routed),
  peakRssMiB: peakRssMiB(),
};
const ratios = {
  fiveStagesVsPreprocessorDescriber: +(metrics.fiveStagesImagesPerS / metrics.preprocessorDescriberImagesPerS).toFixed(3),
  cpuPerImageFiveVsTwo: +(metrics.fiveStagesCpuSecondsPerImage / metrics.preprocessorDescriberCpuSecondsPerImage).toFixed(3),
};
console.log(metrics, ratios);
const command = `npx tsx bench/cli/describe.ts ${rounds} ${imageCount}`;
writeResults('cli-describe', 'CLI: vitrine describe, embedded', { name: 'cli-describe', command, metrics, ratios }, [
  `Command: \`${command}\` (${new Date().toISOString().slice(0, 10)}, ${machine()}).`,
  `The first ${files} example photos (by name) through the embedded stages in one process (offline describer, locales en,de,fr,zh-CN),`,
  'median of the rounds; the runner alone measured with five pass-through stages on 20000 events. images/s is wall',
  'time on a 2-core machine shared with other work (noisy); CPU seconds per image (process user + system, all threads)',
  'is the steadier measure of the cost.',
  '',
  '| measure | value |',
  '|---|---|',
  `| five stages (pre → describer → translator → moderator → publisher), images/s | ${metrics.fiveStagesImagesPerS} |`,
  `| preprocessor + describer only, images/s | ${metrics.preprocessorDescriberImagesPerS} |`,
  `| ratio five stages / two stages (images/s) | ${ratios.fiveStagesVsPreprocessorDescriber} |`,
  `| CPU seconds per image, five stages | ${metrics.fiveStagesCpuSecondsPerImage} |`,
  `| CPU seconds per image, preprocessor + describer | ${metrics.preprocessorDescriberCpuSecondsPerImage} |`,
  `| ratio of CPU per image, five / two | ${ratios.cpuPerImageFiveVsTwo} |`,
  `| records that failed (all rounds) | ${failures} |`,
  `| embedded runner alone: deliveries/s (pass-through stages) | ${metrics.runnerDeliveriesPerS} |`,
  `| peak RSS of the process, MiB | ${metrics.peakRssMiB} |`,
  '',
].join('\n'));
