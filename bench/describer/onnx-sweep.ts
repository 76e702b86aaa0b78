/**
 * Batch-size sweep of the three PP-OCR ONNX models (detection, direction classifier, recogniser) on
 * this machine's CPU through @vitrine/inference: items/s, p50/p99 latency per batch and peak RSS for
 * batch sizes 1, 2, 4, 8, 16, 32, with ratios against batch 1 measured in the same run.
 *
 *   npx tsx bench/describer/onnx-sweep.ts            # writes bench/results/onnx-sweep.json and its RESULTS.md section
 *
 * Each model runs in its own child process, batch sizes in ascending order, so a model's peak RSS is
 * not inflated by the others (onnxruntime's CPU arena keeps what it grew, so the peak after batch b is
 * the peak of the largest batch so far). A fourth child loads all three through createOcr and reports
 * the resident memory of a ready OCR. Input shapes: detection 3x512x512 (a product photo after the
 * preprocessor's resize), classifier 3x48x192 and recogniser 3x48x320 (PP-OCR's standard strip sizes).
 * Tensor values are pseudo-random: cost does not depend on content, but all-zero inputs could hit
 * shortcuts. Runs are time-capped (a few minutes in total) because the machine is shared.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createModelRegistry, defaultSessionSettings, type ModelSpec } from '@vitrine/inference';
import { createOcr, resolveModelFiles } from '@vitrine/ocr';
import { machine, peakRssMiB, writeResults } from '../lib/report';
import { nearestRank } from '../lib/stats';

const BATCHES = [1, 2, 4, 8, 16, 32] as const;
const MIN_RUNS = 3;
const MIN_RUNS_LARGE = 2; // batches of 16 and 32 on the detector take seconds each
const TIME_BUDGET_MS = 5_000; // per (model, batch size), after the minimum number of runs
const MAX_RUNS = 40;
/** What ran the models, beyond the machine: recorded with the results. */
const RUNTIME = 'onnxruntime-node 1.30 CPU';

type ModelKey = 'det' | 'cls' | 'rec';
const shapes: Record<ModelKey, { c: number; h: number; w: number }> = {
  det: { c: 3, h: 512, w: 512 },
  cls: { c: 3, h: 48, w: 192 },
  rec: { c: 3, h: 48, w: 320 },
};

interface Row {
  model: ModelKey;
  batch: number;
  runs: number;
  itemsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  msPerItem: number;
  peakRssMiB: number;
}

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

function pseudoRandom(n: number, seed = 12345): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}

async function sweepModel(key: ModelKey): Promise<Row[]> {
  const files = await resolveModelFiles({});
  const file = { det: files.detection, cls: files.classification, rec: files.recognition }[key];
  const { c, h, w } = shapes[key];
  const spec: ModelSpec = {
    id: key,
    file,
    version: path.basename(file),
    inputs: [{ name: 'x', shape: key === 'det' ? ['batch', 3, 'height', 'width'] : ['batch', 3, 48, 'width'] }],
    warmup: { height: h, width: w },
  };
  const registry = createModelRegistry({ session: defaultSessionSettings });
  const model = await registry.load(spec);
  const rows: Row[] = [];
  for (const batch of BATCHES) {
    const feeds = { x: { data: pseudoRandom(batch * c * h * w), dims: [batch, c, h, w] } };
    await model.run(feeds); // first run of a new shape grows the arena: not measured
    const times: number[] = [];
    const started = performance.now();
    const minRuns = batch >= 16 ? MIN_RUNS_LARGE : MIN_RUNS;
    while (times.length < minRuns || (performance.now() - started < TIME_BUDGET_MS && times.length < MAX_RUNS)) {
      const t = performance.now();
      await model.run(feeds);
      times.push(performance.now() - t);
    }
    const total = times.reduce((a, b) => a + b, 0);
    const sorted = [...times].sort((a, b) => a - b);
    rows.push({
      model: key,
      batch,
      runs: times.length,
      itemsPerSec: round((batch * times.length * 1000) / total),
      p50Ms: round(nearestRank(sorted, 50), 1),
      p99Ms: round(nearestRank(sorted, 99), 1),
      msPerItem: round(total / times.length / batch, 1),
      peakRssMiB: peakRssMiB(),
    });
    process.stderr.write(`  ${key} batch ${batch}: ${rows[rows.length - 1]?.itemsPerSec} items/s\n`);
  }
  await registry.close();
  return rows;
}

async function loadedFootprint() {
  const before = process.memoryUsage().rss;
  const t = performance.now();
  const ocr = await createOcr();
  const loadMs = performance.now() - t;
  const after = process.memoryUsage().rss;
  const result = {
    rssBeforeMiB: Math.round(before / 2 ** 20),
    rssLoadedMiB: Math.round(after / 2 ** 20),
    peakRssMiB: peakRssMiB(),
    loadAndWarmupMs: Math.round(loadMs),
    models: ocr.status().models.map((m) => ({ id: m.id, provider: m.provider, loadMs: Math.round(m.loadMs ?? 0), warmupMs: Math.round(m.warmupMs ?? 0) })),
  };
  await ocr.close();
  return result;
}

const MARK = '@@onnx-sweep@@';

function child(args: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.on('error', reject);
    proc.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(MARK));
      if (code !== 0 || !line) reject(new Error(`child ${args.join(' ')} exited ${code}`));
      else resolve(JSON.parse(line.slice(MARK.length)));
    });
  });
}

function table(rows: Row[]): string {
  const head = '| model | batch | runs | items/s | x batch 1 | p50 ms/batch | p99 ms/batch | ms/item | peak RSS MiB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows.map((r) => {
    const base = rows.find((x) => x.model === r.model && x.batch === 1) as Row;
    return `| ${r.model} | ${r.batch} | ${r.runs} | ${r.itemsPerSec} | ${round(r.itemsPerSec / base.itemsPerSec)} | ${r.p50Ms} | ${r.p99Ms} | ${r.msPerItem} | ${r.peakRssMiB} |`;
  });
  return [head, ...body].join('\n');
}

async function main(): Promise<void> {
  const [flag, arg] = process.argv.slice(2);
  if (flag === '--child') {
    const result = arg === 'loaded' ? await loadedFootprint() : await sweepModel(arg as ModelKey);
    process.stdout.write(`${MARK}${JSON.stringify(result)}\n`);
    return;
  }

  const loadBefore = loadavg();
  const started = performance.now();
  const footprint = (await child(['--child', 'loaded'])) as Awaited<ReturnType<typeof loadedFootprint>>;
  const rows: Row[] = [];
  for (const key of ['det', 'cls', 'rec'] as const) rows.push(...((await child(['--child', key])) as Row[]));
  const loadAfter = loadavg();
  const wallS = round((performance.now() - started) / 1000, 1);

  const best: Record<string, { maxThroughput: number; knee: number }> = {};
  const ratios: Record<string, Record<string, { throughput: number; p50Latency: number }>> = {};
  for (const key of ['det', 'cls', 'rec'] as const) {
    const mine = rows.filter((r) => r.model === key);
    const base = mine.find((r) => r.batch === 1) as Row;
    const top = mine.reduce((a, b) => (b.itemsPerSec > a.itemsPerSec ? b : a));
    // Smallest batch within 5% of the best throughput: larger ones only add latency and memory.
    const knee = mine.find((r) => r.itemsPerSec >= 0.95 * top.itemsPerSec) as Row;
    best[key] = { maxThroughput: top.batch, knee: knee.batch };
    ratios[key] = Object.fromEntries(mine.map((r) => [`batch${r.batch}`, { throughput: round(r.itemsPerSec / base.itemsPerSec), p50Latency: round(r.p50Ms / base.p50Ms) }]));
  }

  const command = 'npx tsx bench/describer/onnx-sweep.ts';
  const settings = { intraOpNumThreads: defaultSessionSettings.intraOpNumThreads, interOpNumThreads: defaultSessionSettings.interOpNumThreads, graphOptimizationLevel: defaultSessionSettings.graphOptimizationLevel };
  const md = table(rows);
  console.log(md);
  console.log(`\nbest batch (max items/s / smallest within 5%): ${Object.entries(best).map(([k, v]) => `${k} ${v.maxThroughput}/${v.knee}`).join(', ')}`);
  console.log(`three models loaded and warmed up (createOcr): RSS ${footprint.rssLoadedMiB} MiB (process before loading ${footprint.rssBeforeMiB} MiB), load+warm-up ${footprint.loadAndWarmupMs} ms`);
  console.log(`load average before/after: ${loadBefore.map((v) => v.toFixed(1)).join(' ')} / ${loadAfter.map((v) => v.toFixed(1)).join(' ')}; wall ${wallS} s`);

  writeResults(
    'onnx-sweep',
    'ONNX batch-size sweep',
    { name: 'onnx-sweep', command, metrics: { runtime: RUNTIME, shapes, settings, rows, loaded: footprint, loadAverage: { before: loadBefore, after: loadAfter }, wallS, best }, ratios },
    `Command: \`${command}\` (${new Date().toISOString().slice(0, 10)}, ${machine()}, ${RUNTIME}; intraOp ${settings.intraOpNumThreads}, interOp ${settings.interOpNumThreads}, graph optimisation "${settings.graphOptimizationLevel}"; one run in flight).
Inputs: det 3x${shapes.det.h}x${shapes.det.w}, cls 3x48x192, rec 3x48x320; each model in its own process, batch sizes ascending, first run of each size not timed; at least ${MIN_RUNS} timed runs (${MIN_RUNS_LARGE} for 16 and 32) and up to ${TIME_BUDGET_MS / 1000} s per size.
The machine is shared: load average ${loadBefore.map((v) => v.toFixed(1)).join(' ')} before, ${loadAfter.map((v) => v.toFixed(1)).join(' ')} after (2 cores), so absolute numbers are pessimistic; ratios come from the same run.

${md}

Best batch by items/s (and the smallest batch within 5% of it): ${Object.entries(best).map(([k, v]) => `${k} ${v.maxThroughput} (${v.knee})`).join(', ')}.
RSS with the three models loaded and warmed up (createOcr, own process): ${footprint.rssLoadedMiB} MiB (${footprint.rssBeforeMiB} MiB before loading); load + warm-up ${footprint.loadAndWarmupMs} ms. Peak RSS column: the model's own process after that batch size.`,
  );
}

await main();
