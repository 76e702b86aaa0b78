// Preprocessing benchmarks, each side by side in the same run:
//   1. pHash images/s: @vitrine/imaging's phashImage against sharp-phash (an established npm pHash: same DCT
//      definition, direct 32⁴ DCT) and imghash (blockhash, for scale), on the same encoded images; plus the
//      full preprocessing pipeline (decode, validate, facts, derivative, cache fingerprint) per image.
//   2. Near-duplicate lookup among 1,000,000 stored hashes in Redis (band multi-index over packed band strings,
//      one MGET) against the layout it replaced (band SETs, one SUNION) and a linear scan of the same hashes in
//      process memory (the best case for the scan: no network), p50/p99; load rate; Redis memory.
//   3. Peak RSS.
// npx tsx bench/preprocess/preprocess.ts [storedHashes=1000000]   (needs `vitrine infra up` for Redis)

import { loadavg } from 'node:os';
import { Redis } from 'ioredis';
import imghash from 'imghash';
import sharpPhash from 'sharp-phash';
import sharp from 'sharp';
import { cacheFingerprint, phashImage, preprocessImage } from '@vitrine/imaging';
import { createLinearScan, createNearDupIndex, formatHash64, hammingDistanceHiLo, probeBands, storeBands, type BandScheme } from '@vitrine/neardup';
import { generateProductCorpus } from '@vitrine/imaging/test-fixtures';
import { splitmix64 } from '@vitrine/testkit';
import { machine, peakRssMiB, writeResults } from '../lib/report';
import { quantile } from '../lib/stats';

const STORED = Number(process.argv[2] ?? 1_000_000);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const HASH_SECONDS = 2;

// As in the service (services/preprocessor/src/adapters/imaging.ts): no libvips operation cache.
sharp.cache(false);

const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

/**
 * Images per wall second and per CPU second (user + system of this process, sharp's threads included) of `fn`
 * over `images`, sequentially, for about `seconds` after a warm-up pass. On this shared machine wall time is
 * mostly waiting for a core, so the CPU-second rate is the one to compare.
 */
async function rate(images: Buffer[], fn: (b: Buffer) => Promise<unknown>, seconds = HASH_SECONDS): Promise<{ wall: number; cpu: number }> {
  for (const b of images.slice(0, 3)) await fn(b);
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (performance.now() - t0 < seconds * 1000) for (const b of images) {
    await fn(b);
    n++;
  }
  const cpu = process.cpuUsage(c0);
  return { wall: n / ((performance.now() - t0) / 1000), cpu: n / ((cpu.user + cpu.system) / 1e6) };
}

async function hashing() {
  const corpus = await generateProductCorpus({ limit: 4 });
  const images = corpus.map((c) => c.bytes);
  // The service's own work first, so the peak RSS read right after it is what preprocessing needs (the other
  // libraries' decoders and the 1M-hash arrays come later).
  const pipeline = await rate(images, async (b) => cacheFingerprint((await preprocessImage(b)).derivative.bytes), HASH_SECONDS);
  const pipelinePeakRssMiB = peakRssMiB();
  const ours = await rate(images, (b) => phashImage(b));
  const theirs = await rate(images, (b) => sharpPhash(b));
  const blockhash = await rate(images, (b) => imghash.hash(b, 8));
  return { images: images.length, size: '800×800 studio / 960×720 lifestyle, PNG, WebP, JPEG', ours, theirs, blockhash, pipeline, pipelinePeakRssMiB };
}

/**
 * The layout the index used before (one Redis SET of 16-hex members per band value, read with one SUNION), kept
 * here only as the same-run baseline: same hashes, same probed bands, same record fetch for what is within the
 * threshold.
 */
function setsBaseline(redis: Redis, prefix: string, scheme: BandScheme) {
  const bandKey = (band: number, hex: string) => `${prefix}:b${band}:${hex}`;
  return {
    bandKey,
    async load(hashes: Iterable<bigint>): Promise<number> {
      const t0 = performance.now();
      let pipeline = redis.pipeline();
      let n = 0;
      for (const h of hashes) {
        const hex = formatHash64(h);
        for (const { band, hex: b } of storeBands(h, scheme)) pipeline.sadd(bandKey(band, b), hex);
        if (++n % 5000 === 0) {
          await pipeline.exec();
          pipeline = redis.pipeline();
        }
      }
      await pipeline.exec();
      return (performance.now() - t0) / 1000;
    },
    async lookup(q: bigint, recordKey: (hex: string) => string): Promise<number | null> {
      const members = await redis.sunion(...probeBands(q, scheme).map(({ band, hex }) => bandKey(band, hex)));
      const qHex = formatHash64(q);
      const qHi = parseInt(qHex.slice(0, 8), 16);
      const qLo = parseInt(qHex.slice(8), 16);
      const close: Array<{ hex: string; distance: number }> = [];
      for (const hex of members) {
        const distance = hammingDistanceHiLo(qHi, qLo, parseInt(hex.slice(0, 8), 16), parseInt(hex.slice(8), 16));
        if (distance <= scheme.threshold) close.push({ hex, distance });
      }
      if (!close.length) return null;
      const pipeline = redis.pipeline();
      for (const c of close) pipeline.hgetallBuffer(recordKey(c.hex));
      await pipeline.exec();
      return Math.min(...close.map((c) => c.distance));
    },
  };
}

async function lookups() {
  const redis = new Redis(REDIS_URL);
  const namespace = `vitrine:bench:nd:${Date.now().toString(36)}`;
  try {
    // The service default (probe radius 1) and the exact radius for the same threshold, over the same keys.
    const fast = createNearDupIndex(redis, { modelVersion: 'bench', namespace, colourThreshold: null });
    const exact = createNearDupIndex(redis, { modelVersion: 'bench', namespace, colourThreshold: null, probeRadius: Math.floor(fast.config.scheme.threshold / fast.config.scheme.bands) });
    const threshold = exact.config.scheme.threshold;
    const scan = createLinearScan(STORED);
    for (const h of splitmix64(1n, STORED)) scan.push(h);

    const t0 = performance.now();
    const entries = function* () {
      let i = 0;
      for (const h of splitmix64(1n, STORED)) yield { fingerprint: formatHash64(h), imageId: `i${i++}`, payload: 'x' };
    };
    const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? NaN) / 2 ** 20;
    const memoryBefore = await usedMemory();
    const added = await exact.addMany(entries(), { batchSize: 5000 });
    const loadSeconds = (performance.now() - t0) / 1000;
    const memoryWithIndex = await usedMemory();
    // The baseline's band SETs, over the same hashes (the records are shared: both layouts keep them alike).
    const sets = setsBaseline(redis, `${namespace}:sets`, fast.config.scheme);
    const setsLoadSeconds = await sets.load(splitmix64(1n, STORED));
    const memoryWithSets = await usedMemory();
    const recordKey = (hex: string) => `${namespace}:bench:h:${hex}`;

    // Queries: half near a stored hash (0..threshold bits flipped), half unrelated.
    const stored = [...splitmix64(1n, 1000)];
    let seed = 12345;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const queries: bigint[] = [];
    for (let i = 0; i < 1000; i++) {
      let q = stored[rnd(stored.length)]!;
      const k = rnd(threshold + 1);
      for (let j = 0; j < k; j++) q ^= 1n << BigInt(rnd(64));
      queries.push(q);
    }
    queries.push(...splitmix64(777n, 1000));

    // Server-side cost of reading the bands (MGET for the index, SUNION for the baseline), from INFO commandstats
    // deltas (only these lookups issue them here): what a lookup costs Redis itself, whatever the scheduling on
    // this shared machine adds to the round trip.
    const commandStats = async (command: string) => {
      const m = new RegExp(`cmdstat_${command}:calls=(\\d+),usec=(\\d+)`).exec(await redis.info('commandstats'));
      return { calls: Number(m?.[1] ?? 0), usec: Number(m?.[2] ?? 0) };
    };
    const time = async (lookup: (q: bigint) => Promise<unknown>, command: 'mget' | 'sunion') => {
      for (const q of queries.slice(0, 100)) await lookup(q); // warm-up
      const ms: number[] = [];
      let found = 0;
      const before = await commandStats(command);
      const c0 = process.cpuUsage();
      for (const q of queries) {
        const t = performance.now();
        if ((await lookup(q)) !== null) found++;
        ms.push(performance.now() - t);
      }
      const cpu = process.cpuUsage(c0);
      const after = await commandStats(command);
      ms.sort((a, b) => a - b);
      return {
        p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), found,
        /** µs inside Redis per band read (MGET or SUNION). */
        serverUsec: (after.usec - before.usec) / Math.max(1, after.calls - before.calls),
        /** CPU of this process (key building, reply parsing, Hamming confirmation) per lookup. */
        clientCpuUsec: (cpu.user + cpu.system) / queries.length,
      };
    };
    // The floor this machine puts under any Redis round trip right now.
    const pings: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const t = performance.now();
      await redis.ping();
      pings.push(performance.now() - t);
    }
    pings.sort((a, b) => a - b);
    const ping = { p50: quantile(pings, 0.5), p99: quantile(pings, 0.99) };
    // One after the other over the same queries (the PING above gives this machine's floor for a round trip).
    const exactT = await time((q) => exact.lookup(q), 'mget');
    const fastT = await time((q) => fast.lookup(q), 'mget');
    const setsT = await time((q) => sets.lookup(q, recordKey), 'sunion');

    const scanMs: number[] = [];
    let scanFound = 0;
    const scanQueries = queries.filter((_, i) => i % 10 === 0); // 200: each reads all 1M hashes
    const sc0 = process.cpuUsage();
    for (const q of scanQueries) {
      const t = performance.now();
      if (scan.nearest(q, threshold)) scanFound++;
      scanMs.push(performance.now() - t);
    }
    const scanCpu = process.cpuUsage(sc0);
    scanMs.sort((a, b) => a - b);
    // Agreement of the exact index with the scan on the same 200 queries.
    let agree = 0;
    for (const q of scanQueries) {
      const a = scan.nearest(q, threshold);
      const b = await exact.lookup(q);
      if ((a === null && b === null) || (a !== null && b !== null && a.distance === b.distance)) agree++;
    }
    return {
      stored: await exact.size(), added, loadSeconds, ping, loadPerSecond: added / loadSeconds, threshold,
      /** Redis memory of the index (records + packed bands) and of the baseline's band SETs alone. */
      redisMemoryMiB: { index: memoryWithIndex - memoryBefore, baselineBandSets: memoryWithSets - memoryWithIndex },
      sets: { ...setsT, probes: fast.config.scheme.probesPerLookup, loadSeconds: setsLoadSeconds },
      exact: { ...exactT, probes: exact.config.scheme.probesPerLookup },
      fast: { ...fastT, probes: fast.config.scheme.probesPerLookup, exactUpTo: fast.config.scheme.exactUpTo },
      scan: { p50: quantile(scanMs, 0.5), p99: quantile(scanMs, 0.99), queries: scanQueries.length, found: scanFound, cpuUsec: (scanCpu.user + scanCpu.system) / scanQueries.length },
      agreement: `${agree}/${scanQueries.length}`,
      queries: queries.length,
    };
  } finally {
    // Every key this run wrote is computable from the hashes: unlink them directly (no SCAN over the server's
    // whole keyspace), then sweep the prefix once more in case a run was interrupted half way.
    const t = performance.now();
    const prefix = `${namespace}:bench`;
    let deleted = 0;
    let batch: string[] = [];

    const flush = async (force = false) => {
      if (batch.length >= 5000 || (force && batch.length)) {
        deleted += await redis.unlink(...batch);
        batch = [];
      }
    };
    for (const h of splitmix64(1n, STORED)) {
      const hex = formatHash64(h);
      batch.push(`${prefix}:h:${hex}`);
      await flush();
    }
    // Every possible band key (4 × 65,536): cheaper to name them all than to remember which were written.
    for (let b = 0; b < 4; b++)
      for (let v = 0; v < 65536; v++) {
        const hex = v.toString(16).padStart(4, '0');
        batch.push(`${prefix}:p${b}:${hex}`, `${namespace}:sets:b${b}:${hex}`);
        await flush();
      }
    batch.push(`${prefix}:n`);
    await flush(true);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${namespace}:*`, 'COUNT', 50000);
      cursor = next;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
    console.log(`cleaned up ${deleted} keys under ${namespace}: in ${round((performance.now() - t) / 1000)} s`);
    await redis.quit();
  }
}

const h = await hashing();
console.log(
  `pHash per CPU second: ours ${round(h.ours.cpu)}, sharp-phash ${round(h.theirs.cpu)} (×${round(h.ours.cpu / h.theirs.cpu, 2)}), imghash ${round(h.blockhash.cpu)}; full preprocessing ${round(h.pipeline.cpu)}; ` +
    `per wall second: ours ${round(h.ours.wall)}, sharp-phash ${round(h.theirs.wall)} (×${round(h.ours.wall / h.theirs.wall, 2)})`,
);
const l = await lookups();
console.log(
  `lookup among ${l.stored}: radius 1 (${l.fast.probes} band keys) p50 ${round(l.fast.p50, 3)} ms p99 ${round(l.fast.p99, 3)} ms (MGET ${round(l.fast.serverUsec, 0)} µs in Redis); ` +
    `band SETs baseline p50 ${round(l.sets.p50, 3)} ms p99 ${round(l.sets.p99, 3)} ms (SUNION ${round(l.sets.serverUsec, 0)} µs); ` +
    `exact radius (${l.exact.probes} keys) p50 ${round(l.exact.p50, 3)} ms p99 ${round(l.exact.p99, 3)} ms (MGET ${round(l.exact.serverUsec, 0)} µs); linear scan p50 ${round(l.scan.p50, 3)} ms p99 ${round(l.scan.p99, 3)} ms; ` +
    `Redis PING p50 ${round(l.ping.p50, 3)} ms p99 ${round(l.ping.p99, 3)} ms; CPU per lookup ${round(l.fast.clientCpuUsec, 0)} µs client + ${round(l.fast.serverUsec, 0)} µs Redis vs sets ${round(l.sets.clientCpuUsec, 0)} + ${round(l.sets.serverUsec, 0)} µs vs scan ${round(l.scan.cpuUsec, 0)} µs; ` +
    `found exact ${l.exact.found}/${l.queries}, radius-1 ${l.fast.found}/${l.queries}, sets ${l.sets.found}/${l.queries}; agreement with scan ${l.agreement}; load ${round(l.loadPerSecond, 0)} entries/s; ` +
    `Redis memory: index ${round(l.redisMemoryMiB.index)} MiB, baseline band SETs ${round(l.redisMemoryMiB.baselineBandSets)} MiB`,
);
const rss = peakRssMiB();
console.log(`peak RSS ${rss} MiB`);

const ratios = {
  phashOursVsSharpPhashPerCpuSecond: round(h.ours.cpu / h.theirs.cpu, 2),
  phashOursVsSharpPhashPerWallSecond: round(h.ours.wall / h.theirs.wall, 2),
  lookupLinearScanVsIndexP50: round(l.scan.p50 / l.fast.p50, 1),
  lookupLinearScanVsExactRadiusP50: round(l.scan.p50 / l.exact.p50, 1),
  lookupLinearScanVsIndexCpu: round(l.scan.cpuUsec / (l.fast.clientCpuUsec + l.fast.serverUsec), 1),
  lookupSetsBaselineVsIndexP50: round(l.sets.p50 / l.fast.p50, 1),
  lookupSetsBaselineVsIndexCpu: round((l.sets.clientCpuUsec + l.sets.serverUsec) / (l.fast.clientCpuUsec + l.fast.serverUsec), 1),
};
writeResults(
  'preprocess',
  'Preprocess',
  { name: 'preprocess', command: `npx tsx bench/preprocess/preprocess.ts ${STORED}`, metrics: { hashing: h, lookup: l, peakRssMiB: rss }, ratios },
  `\`npx tsx bench/preprocess/preprocess.ts ${STORED}\` — ${machine()}; one process, sequential calls, shared 2-core machine.

| measure | ours | baseline | ratio |
|---|---|---|---|
| pHash, encoded image → 64-bit hash (${h.images} corpus images, ${h.size}), per CPU second | ${round(h.ours.cpu)} images | sharp-phash 2.2.0: ${round(h.theirs.cpu)} images | ×${ratios.phashOursVsSharpPhashPerCpuSecond} |
| same, per wall second | ${round(h.ours.wall)} images | sharp-phash: ${round(h.theirs.wall)} images | ×${ratios.phashOursVsSharpPhashPerWallSecond} |
| (for scale) imghash 1.1.4 blockhash, 64 bits, per CPU / wall second | | ${round(h.blockhash.cpu)} / ${round(h.blockhash.wall)} images | |
| full preprocessing per image (decode, validate, facts, derivative, cache fingerprint), per CPU / wall second | ${round(h.pipeline.cpu)} / ${round(h.pipeline.wall)} images | | |
| peak RSS after the preprocessing pipeline alone (corpus generation included) | ${h.pipelinePeakRssMiB} MiB | stage budget 256 MiB | |
| near-dup lookup among ${l.stored.toLocaleString('en')} hashes, threshold ${l.threshold}, probe radius 1 (${l.fast.probes} packed band strings in one MGET; exact up to ${l.fast.exactUpTo} bits), p50 / p99 | ${round(l.fast.p50, 3)} / ${round(l.fast.p99, 3)} ms | linear scan in process: ${round(l.scan.p50, 2)} / ${round(l.scan.p99, 2)} ms | ×${ratios.lookupLinearScanVsIndexP50} (p50) |
| same lookup, previous layout (${l.sets.probes} band SETs in one SUNION), p50 / p99 | | ${round(l.sets.p50, 3)} / ${round(l.sets.p99, 3)} ms | ×${ratios.lookupSetsBaselineVsIndexP50} (p50) |
| CPU per lookup: this process (keys, reply parsing, Hamming check) + the band read inside Redis (INFO commandstats) | ${round(l.fast.clientCpuUsec, 0)} + ${round(l.fast.serverUsec, 0)} µs (MGET) | band SETs: ${round(l.sets.clientCpuUsec, 0)} + ${round(l.sets.serverUsec, 0)} µs (SUNION); linear scan: ${round(l.scan.cpuUsec, 0)} µs | ×${ratios.lookupSetsBaselineVsIndexCpu} vs SETs, ×${ratios.lookupLinearScanVsIndexCpu} vs scan |
| same, exact probe radius ${l.exact.probes === 548 ? 2 : '?'} (${l.exact.probes} keys), p50 / p99 | ${round(l.exact.p50, 3)} / ${round(l.exact.p99, 3)} ms (MGET ${round(l.exact.serverUsec, 0)} µs) | | ×${ratios.lookupLinearScanVsExactRadiusP50} vs scan (p50) |
| Redis memory for ${l.stored.toLocaleString('en')} hashes: records + packed band strings / band SETs alone | ${round(l.redisMemoryMiB.index)} MiB | band SETs: ${round(l.redisMemoryMiB.baselineBandSets)} MiB | |
| Redis PING round trip on this machine during the run, p50 / p99 | ${round(l.ping.p50, 3)} / ${round(l.ping.p99, 3)} ms | | |

Lookups: ${l.queries} queries, half within the threshold of a stored hash, half random; found ${l.fast.found} (radius 1), ${l.sets.found} (band SETs, radius 1) and ${l.exact.found} (exact radius).
Load average during the run: ${loadavg().map((v) => round(v, 1)).join(', ')} on this 2-core machine shared with other work, so round trips carry scheduling delay (see PING).
The exact index agreed with the linear scan on ${l.agreement} queries (same nearest distance). Loading: addMany pipelined,
${round(l.loadPerSecond, 0)} entries/s (${round(l.loadSeconds)} s; the baseline's SETs, plain pipelined SADDs: ${round(l.sets.loadSeconds)} s). Memory is Redis's used_memory
delta (bare hashes, 1-byte payloads; the benchmark's key prefix is deleted afterwards). Peak RSS of the whole benchmark process: ${rss} MiB
(adds sharp-phash's and imghash's decoders, the 1M-hash scan array and the bulk-load buffers).`,
);
