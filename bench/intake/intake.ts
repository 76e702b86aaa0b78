// Intake uploads/s: HTTP API (a separate intake process: node:http → sniff/validate → fs blob store → Kafka)
// against the same work done directly in-process (blob put + produce through the same publisher adapter), in one run;
// plus raw uploads carrying an Idempotency-Key (claim and answer in Redis) and the replayed retries of those.
// npx tsx bench/intake/intake.ts [uploads per mode=300] [concurrency=16] [rounds=3]   (needs `vitrine infra up`)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFsBlobStore } from '@vitrine/blobstore';
import { newEventId } from '@vitrine/contracts';
import { freePort } from '@vitrine/infra';
import { kafkaClient } from '@vitrine/stream';
import { createTestBus } from '@vitrine/testkit';
import { createKafkaPublisher } from '../../services/intake/src/adapters/kafka-publisher';
import { buildImageUploaded } from '../../services/intake/src/domain/image-uploaded';
import { sniffImage, type ImageType } from '../../services/intake/src/domain/sniff';
import { machine, peakRssMiB, writeResults } from '../lib/report';
import { median, quantile } from '../lib/stats';

process.env.KAFKA_BROKERS ??= '127.0.0.1:9092';
process.env.SCHEMA_REGISTRY_URL ??= 'http://127.0.0.1:8081/apis/ccompat/v7';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
const N = Number(process.argv[2] ?? 300);
const C = Number(process.argv[3] ?? 16);
const ROUNDS = Number(process.argv[4] ?? 3);
const KEY = `bench-key-${randomBytes(12).toString('hex')}`;
const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = join(root, 'test/fixtures/examples');

/** Unique bytes per upload (a random tail after the image), so the content-addressed store really writes each one. */
async function payloads(count: number): Promise<Buffer[]> {
  const files = await Promise.all((await readdir(examples)).filter((f) => /\.(jpg|png)$/.test(f)).map((f) => readFile(join(examples, f))));
  return Array.from({ length: count }, (_, i) => Buffer.concat([files[i % files.length]!, randomBytes(16)]));
}

async function drive(count: number, work: (i: number) => Promise<void>): Promise<{ perSecond: number; p50: number; p99: number }> {
  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: C }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await work(i);
        lat.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return { perSecond: count / seconds, p50: quantile(lat, 0.5) ?? 0, p99: quantile(lat, 0.99) ?? 0 };
}

async function main() {
  const bus = await createTestBus('bench-intake');
  await bus.createTopics(['ImageUploaded'], 6);
  const blobDir = await mkdtemp(join(tmpdir(), 'bench-intake-'));
  const port = await freePort('127.0.0.1');
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['services/intake/src/main.ts'], {
    cwd: root,
    env: { ...process.env, TOPIC_PREFIX: bus.prefix, INTAKE_API_KEYS: KEY, BLOB_STORE_DIR: blobDir, HTTP_PORT: String(port), HTTP_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 300) throw new Error('the intake process did not become ready in 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  // The intake's peak RSS (VmHWM) and CPU time, read from /proc while it runs (tsx runs the service as its child).
  const intakePids = async () => [child.pid!, ...(await readFile(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').catch(() => '')).split(/\s+/).filter(Boolean).map(Number)];
  const serverPeakMiB = async () => {
    let kb = 0;
    for (const pid of await intakePids()) kb = Math.max(kb, Number(/VmHWM:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''))?.[1] ?? 0));
    return Math.round(kb / 1024);
  };
  const serverCpuMs = async () => {
    let ticks = 0;
    for (const pid of await intakePids()) {
      const fields = (await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')).replace(/^.*\) /, '').split(' ');
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime, stime (fields 14 and 15 of stat)
    }
    return ticks * 10; // USER_HZ = 100 on Linux
  };

  const fields = (i: number) => new URLSearchParams({ productId: `bench-${i}`, supplierId: 'sup-1', market: 'DE', targetLocales: 'en,de', price: '19.99', currency: 'EUR' });
  const headers = { authorization: `Bearer ${KEY}` };
  const check = (r: Response) => {
    if (r.status !== 202) throw new Error(`upload answered ${r.status}`);
    return r.arrayBuffer();
  };

  const warm = await payloads(50);
  await drive(warm.length, async (i) => void (await check(await fetch(`${base}/v1/images?${fields(i)}`, { method: 'POST', body: warm[i], headers }))));

  // Direct: the same blob store kind and the same publisher adapter, no HTTP.
  const blobs = createFsBlobStore(join(blobDir, 'direct'));
  const publisher = await createKafkaPublisher(kafkaClient('bench-direct', process.env.KAFKA_BROKERS!.split(',')), bus.codec);

  // Interleaved rounds, so that a change in the shared machine's load hits every mode alike; the ratios are taken
  // within each round and the median round is reported.
  const perRound = Math.ceil(N / ROUNDS);
  type Run = Awaited<ReturnType<typeof drive>>;
  const rounds: Array<{ raw: Run; multipart: Run; direct: Run; keyed: Run; replayed: Run }> = [];
  let serverCpu = 0;
  let rawBodies: Buffer[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    rawBodies = await payloads(perRound);
    const cpu0 = await serverCpuMs();
    const raw = await drive(perRound, async (i) => void (await check(await fetch(`${base}/v1/images?${fields(i)}`, { method: 'POST', body: rawBodies[i], headers: { ...headers, 'content-type': 'application/octet-stream' } }))));
    const formBodies = await payloads(perRound);
    const multipart = await drive(perRound, async (i) => {
      const form = new FormData();
      for (const [k, v] of fields(i)) form.append(k, v);
      form.append('image', new Blob([formBodies[i]!]), 'image.jpg');
      await check(await fetch(`${base}/v1/images`, { method: 'POST', body: form, headers }));
    });
    serverCpu += (await serverCpuMs()) - cpu0;
    const directBodies = await payloads(perRound);
    const direct = await drive(perRound, async (i) => {
      const bytes = directBodies[i]!;
      const s = sniffImage(bytes);
      const stored = await blobs.put(bytes);
      const fieldsI = { productId: `bench-${i}`, supplierId: 'sup-1', market: 'DE', categoryHint: null, targetLocales: ['en', 'de'], priceMinor: 1999, currency: 'EUR' };
      await publisher.publish(buildImageUploaded({ fields: fieldsI, stored, contentType: (s.kind === 'image' ? s.contentType : 'image/jpeg') as ImageType, sourceUrl: null, eventId: newEventId(), now: Date.now(), producer: 'bench@0' }));
    });
    // Raw uploads with an Idempotency-Key each, then every one of them retried: the retry must be answered from Redis
    // (Idempotent-Replayed: true) and record nothing.
    const keyedBodies = await payloads(perRound);
    const idem = (i: number) => ({ ...headers, 'content-type': 'application/octet-stream', 'idempotency-key': `bench-${r}-${i}-${KEY}` });
    const keyed = await drive(perRound, async (i) => void (await check(await fetch(`${base}/v1/images?${fields(i)}`, { method: 'POST', body: keyedBodies[i], headers: idem(i) }))));
    const replayed = await drive(perRound, async (i) => {
      const res = await fetch(`${base}/v1/images?${fields(i)}`, { method: 'POST', body: keyedBodies[i], headers: idem(i) });
      if (res.headers.get('idempotent-replayed') !== 'true') throw new Error(`a retry was not replayed (${res.status})`);
      await check(res);
    });
    rounds.push({ raw, multipart, direct, keyed, replayed });
    console.log(`round ${r + 1}/${ROUNDS}: raw ${raw.perSecond.toFixed(1)}/s, multipart ${multipart.perSecond.toFixed(1)}/s, direct ${direct.perSecond.toFixed(1)}/s, keyed ${keyed.perSecond.toFixed(1)}/s, replayed ${replayed.perSecond.toFixed(1)}/s`);
  }
  const serverRss = await serverPeakMiB();
  const cpuPerUpload = serverCpu / (2 * perRound * ROUNDS);
  const mid = (pick: (r: (typeof rounds)[number]) => Awaited<ReturnType<typeof drive>>) => ({
    perSecond: median(rounds.map((r) => pick(r).perSecond)),
    p50: median(rounds.map((r) => pick(r).p50)),
    p99: median(rounds.map((r) => pick(r).p99)),
  });
  const raw = mid((r) => r.raw);
  const multipart = mid((r) => r.multipart);
  const direct = mid((r) => r.direct);
  const keyed = mid((r) => r.keyed);
  const replayed = mid((r) => r.replayed);

  // Every accepted upload must be on the topic, once: the replayed retries add nothing.
  const expected = warm.length + 4 * perRound * ROUNDS;
  // One more than expected, so that a retry recorded twice shows (the read then waits out its 20 s).
  const onTopic = (await bus.readTopic(bus.topics.topic('ImageUploaded'), expected + 1, 20_000)).length;

  child.kill('SIGTERM');
  await publisher.close();
  await bus.close();
  await rm(blobDir, { recursive: true, force: true });
  if (onTopic !== expected) throw new Error(`expected ${expected} events on the topic, found ${onTopic}`);

  const r1 = (x: number) => Math.round(x * 10) / 10;
  const metrics = {
    uploadsPerMode: perRound * ROUNDS,
    rounds: ROUNDS,
    concurrency: C,
    apiRawPerSecond: r1(raw.perSecond),
    apiRawLatencyMs: { p50: r1(raw.p50), p99: r1(raw.p99) },
    apiMultipartPerSecond: r1(multipart.perSecond),
    apiMultipartLatencyMs: { p50: r1(multipart.p50), p99: r1(multipart.p99) },
    directPutProducePerSecond: r1(direct.perSecond),
    directLatencyMs: { p50: r1(direct.p50), p99: r1(direct.p99) },
    apiKeyedPerSecond: r1(keyed.perSecond),
    apiKeyedLatencyMs: { p50: r1(keyed.p50), p99: r1(keyed.p99) },
    apiReplayedPerSecond: r1(replayed.perSecond),
    apiReplayedLatencyMs: { p50: r1(replayed.p50), p99: r1(replayed.p99) },
    meanImageBytes: Math.round(rawBodies.reduce((s, b) => s + b.length, 0) / rawBodies.length),
    perRound: rounds.map((r) => ({ raw: r1(r.raw.perSecond), multipart: r1(r.multipart.perSecond), direct: r1(r.direct.perSecond), keyed: r1(r.keyed.perSecond), replayed: r1(r.replayed.perSecond) })),
    intakePeakRssMiB: serverRss,
    intakeCpuMsPerUpload: r1(cpuPerUpload),
    benchPeakRssMiB: peakRssMiB(),
    eventsOnTopic: onTopic,
  };
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const ratios = {
    apiRawVsDirect: r2(median(rounds.map((r) => r.raw.perSecond / r.direct.perSecond))),
    apiMultipartVsDirect: r2(median(rounds.map((r) => r.multipart.perSecond / r.direct.perSecond))),
    apiKeyedVsRaw: r2(median(rounds.map((r) => r.keyed.perSecond / r.raw.perSecond))),
    apiReplayedVsRaw: r2(median(rounds.map((r) => r.replayed.perSecond / r.raw.perSecond))),
  };
  console.log(JSON.stringify({ metrics, ratios }, null, 2));
  writeResults('intake', 'Intake', { name: 'intake uploads/s through the API vs direct blob put + produce', command: `npx tsx bench/intake/intake.ts ${N} ${C} ${ROUNDS}`, metrics, ratios }, `
\`npx tsx bench/intake/intake.ts ${N} ${C} ${ROUNDS}\` — ${machine()}; real Kafka (acks=all, idempotent producer) and a filesystem blob store (fsync on);
${metrics.uploadsPerMode} uploads per mode of the example images (${metrics.meanImageBytes} B mean, each made unique), ${C} concurrent clients; the intake runs as its own process.
${ROUNDS} interleaved rounds (raw, multipart, direct, keyed, replayed); the table shows the median round, ratios are medians of the per-round ratios
(per round, uploads/s raw/multipart/direct/keyed/replayed: ${metrics.perRound.map((r) => `${r.raw}/${r.multipart}/${r.direct}/${r.keyed}/${r.replayed}`).join(', ')}).

| path | uploads/s | p50 ms | p99 ms | vs direct |
|---|---:|---:|---:|---:|
| API, raw body | ${metrics.apiRawPerSecond} | ${metrics.apiRawLatencyMs.p50} | ${metrics.apiRawLatencyMs.p99} | ${ratios.apiRawVsDirect} |
| API, multipart | ${metrics.apiMultipartPerSecond} | ${metrics.apiMultipartLatencyMs.p50} | ${metrics.apiMultipartLatencyMs.p99} | ${ratios.apiMultipartVsDirect} |
| direct blob put + produce (same adapters, no HTTP) | ${metrics.directPutProducePerSecond} | ${metrics.directLatencyMs.p50} | ${metrics.directLatencyMs.p99} | 1 |
| API, raw body with an Idempotency-Key (claim + answer in Redis) | ${metrics.apiKeyedPerSecond} | ${metrics.apiKeyedLatencyMs.p50} | ${metrics.apiKeyedLatencyMs.p99} | ${ratios.apiKeyedVsRaw} of raw |
| the same requests retried: answered from Redis, nothing recorded | ${metrics.apiReplayedPerSecond} | ${metrics.apiReplayedLatencyMs.p50} | ${metrics.apiReplayedLatencyMs.p99} | ${ratios.apiReplayedVsRaw} of raw |

Intake process: peak RSS ${serverRss} MiB (budget 256 MiB), ${metrics.intakeCpuMsPerUpload} ms CPU per API upload (so one core would sustain about ${Math.round(1000 / Math.max(cpuPerUpload, 0.01))}/s).
All ${onTopic} events were read back from the topic. On a shared, loaded machine the API figures include the load generator's own
HTTP client work competing for the same cores; the direct path has no client.
`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
