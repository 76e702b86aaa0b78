/**
 * VLM path throughput: the real VLM adapter (createVlmClient) against the local stand-in model server answering after a
 * fixed latency, at in-flight concurrency 1, 2, 4, 8, 16, 32. With a fixed server latency the ideal is throughput
 * proportional to concurrency; the gap to that is the adapter's own overhead (base64 of the image, JSON, validation,
 * HTTP) plus the stand-in's request parsing on a shared 2-core machine. It says nothing about a GPU server's capacity:
 * a real vLLM answers slower as its batch grows.
 *
 * The stand-in runs in a child process so the client's peak RSS and CPU are its own.
 *
 *   npx tsx bench/describer/vlm.ts [latencyMs=200]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { PROMPT_TEMPLATES, buildAttributeSchema, renderPrompt } from '@vitrine/describe-prompts';
import { createVlmClient, parseVlmConfig, type VlmRequest } from '../../services/describer/src/adapters/vlm';
import { startVlmStandIn } from '@vitrine/testkit';
import { machine, writeResults } from '../lib/report';
import { quantile } from '../lib/stats';

const here = fileURLToPath(import.meta.url);

// Child mode: serve the stand-in, print its port, answer "stats" / "reset" on stdin.
if (process.argv[2] === '--serve-standin') {
  const s = await startVlmStandIn({ latencyMs: Number(process.argv[3] ?? 200) });
  console.log(JSON.stringify({ port: s.port }));
  createInterface({ input: process.stdin }).on('line', (cmd) => {
    if (cmd === 'stats') console.log(JSON.stringify(s.stats));
    if (cmd === 'reset') {
      s.resetStats();
      console.log('{}');
    }
  });
  process.stdin.on('end', () => void s.close().then(() => process.exit(0)));
} else {
  await main();
}

async function main(): Promise<void> {
  const latencyMs = Number(process.argv[2] ?? 200);
  const LEVELS = [1, 2, 4, 8, 16, 32];
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, here, '--serve-standin', String(latencyMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const nextLine = async () => JSON.parse(((await lines.next()).value as string) ?? 'null') as Record<string, unknown>;
  const ask = async (cmd: string) => {
    child.stdin!.write(`${cmd}\n`);
    return nextLine();
  };
  const { port } = (await nextLine()) as { port: number };

  // A model-ready derivative: 1024×1024 JPEG with texture, so base64 and transfer cost what a real one does.
  const w = 1024, h = 1024;
  const raw = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const i = (y * w + x) * 3;
    const n = ((x * 7919 + y * 104729) ^ (x * y)) & 31;
    raw[i] = (x >> 2) + n; raw[i + 1] = (y >> 2) + n; raw[i + 2] = ((x + y) >> 3) + n;
  }
  const jpeg = new Uint8Array(await sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 85 }).toBuffer());

  const schema = buildAttributeSchema({
    categories: ['home.kitchen.mug', 'apparel.tops.tshirt', 'electronics.audio.headphones'],
    colors: ['red', 'white', 'black', 'navy', 'blue', 'green', 'grey', 'yellow'],
    materials: ['ceramic', 'cotton', 'plastic', 'stainless_steel'],
    features: ['dishwasher_safe', 'wireless', 'noise_cancelling'],
  });
  const request = (i: number): VlmRequest => {
    const p = renderPrompt(PROMPT_TEMPLATES.home, {
      category: 'home.kitchen.mug', categoryHint: 'mug', printedText: ['ACME', `Ceramic mug ${300 + i}ml`, 'Dishwasher safe'],
      colors: [{ code: i % 2 ? 'red' : 'navy', share: 0.9 }], backgroundColor: 'white', attributes: [], locale: 'en',
    }, schema);
    return { id: `img-${i}`, image: { bytes: jpeg, mimeType: 'image/jpeg' }, prompt: { system: p.system, user: p.user }, schema };
  };

  type Row = { concurrency: number; images: number; seconds: number; imagesPerSecond: number; ratioToC1: number; efficiency: number; p50Ms: number; p95Ms: number; serverMaxConcurrent: number; errors: number };
  const rows: Row[] = [];
  for (const c of LEVELS) {
    const client = createVlmClient(parseVlmConfig({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'glm-4.6v-flash', concurrency: c, timeoutMs: 30_000 }));
    await client.describeBatch(Array.from({ length: c }, (_, i) => request(i))); // warm-up: connections, JIT
    await ask('reset');
    const n = Math.max(20, c * 6);
    const items = Array.from({ length: n }, (_, i) => request(i));
    const t0 = process.hrtime.bigint();
    const results = await client.describeBatch(items);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const stats = (await ask('stats')) as { maxConcurrent: number };
    const lat = results.filter((r) => r.ok).map((r) => (r.ok ? r.result.latencyMs : 0)).sort((a, b) => a - b);
    const ips = n / seconds;
    rows.push({
      concurrency: c, images: n, seconds: +seconds.toFixed(3), imagesPerSecond: +ips.toFixed(2),
      ratioToC1: 0, efficiency: 0, p50Ms: quantile(lat, 0.5), p95Ms: quantile(lat, 0.95), serverMaxConcurrent: stats.maxConcurrent,
      errors: results.filter((r) => !r.ok).length,
    });
    console.log(`c=${c}: ${n} images in ${seconds.toFixed(2)} s → ${ips.toFixed(2)} img/s (p50 ${quantile(lat, 0.5)} ms, p95 ${quantile(lat, 0.95)} ms, server max in flight ${stats.maxConcurrent})`);
  }
  child.stdin!.end();
  const base = rows[0]!.imagesPerSecond;
  for (const r of rows) {
    r.ratioToC1 = +(r.imagesPerSecond / base).toFixed(2);
    r.efficiency = +(r.ratioToC1 / r.concurrency).toFixed(2);
  }
  const peakRssKiB = process.resourceUsage().maxRSS;
  console.log(`\nratio to c=1: ${rows.map((r) => `c${r.concurrency} ${r.ratioToC1}×`).join(', ')}; peak RSS (client) ${peakRssKiB} KiB`);

  const command = `npx tsx bench/describer/vlm.ts${process.argv[2] ? ` ${process.argv[2]}` : ''}`;
  const table = [
    '| in-flight | images | seconds | images/s | × c=1 | efficiency (×/c) | p50 ms | p95 ms | server max in flight | errors |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.concurrency} | ${r.images} | ${r.seconds} | ${r.imagesPerSecond} | ${r.ratioToC1} | ${r.efficiency} | ${r.p50Ms} | ${r.p95Ms} | ${r.serverMaxConcurrent} | ${r.errors} |`),
  ].join('\n');
  writeResults('describer-vlm', 'VLM path', {
    name: 'describer-vlm',
    command,
    metrics: { latencyMs, imageBytes: jpeg.length, peakRssKiB, rows },
    ratios: Object.fromEntries(rows.map((r) => [`c${r.concurrency}_vs_c1`, r.ratioToC1])),
  }, `Command: \`${command}\` (${new Date().toISOString().slice(0, 10)}, ${machine()}).
The real VLM adapter (\`createVlmClient\`, \`describeBatch\`) against the local stand-in model server (child process)
answering every request after a fixed ${latencyMs} ms; one ${Math.round(jpeg.length / 1024)} KiB 1024×1024 JPEG per request
(base64 data URL), strict JSON-schema output validated per reply. The ideal is images/s proportional to in-flight
concurrency; the shortfall is client + stand-in CPU (base64, JSON, validation, HTTP) on 2 shared cores. A real GPU
server slows down as its batch grows, so these are upper bounds on what the adapter allows, not model throughput.

${table}

Peak RSS of the client process: ${peakRssKiB} KiB (${Math.round(peakRssKiB / 1024)} MiB).`);
}
