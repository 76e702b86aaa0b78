// How long the local infrastructure takes to come up, and whether starting the two JVMs (Kafka,
// Apicurio) in parallel beats one after the other on this 2-core machine.
// Runs everything in a throw-away root on free ports (the services on the default ports stay untouched),
// with an empty Maven repository for the cold run (MAVEN_OPTS=-Dmaven.repo.local=...).
//   npx tsx bench/infra/start.ts [rounds]
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DEFAULT_PORTS, VERSIONS, infraDown, infraUp, type InfraOptions, type Ports } from '@vitrine/infra';

const rounds = Number(process.argv[2] ?? 2);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

const root = mkdtempSync(join(tmpdir(), 'vitrine-infra-bench-'));
chmodSync(root, 0o755); // the postgres user must be able to enter it when we run as root
const ports: Ports = {
  ...DEFAULT_PORTS,
  kafka: await freePort(),
  kafkaController: await freePort(),
  registry: await freePort(),
  redis: await freePort(),
  postgres: await freePort(),
};
const downloads: string[] = [];
const base: InfraOptions = { root, ports, env: {}, log: (l) => /downloaded in/.test(l) && downloads.push(l) };
process.env.MAVEN_OPTS = `${process.env.MAVEN_OPTS ?? ''} -Dmaven.repo.local=${join(root, 'm2')}`.trim();
mkdirSync(join(root, 'm2'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const metrics: Record<string, number> = {};
try {
  metrics.cold_all_s = await timed(() => infraUp(base));
  metrics.hot_all_reuse_s = await timed(() => infraUp(base));
  await infraDown(base);
  metrics.warm_cache_all_s = await timed(() => infraUp(base));
  await infraDown(base);

  const parallel: number[] = [];
  const sequential: number[] = [];
  for (let i = 0; i < rounds; i++) {
    parallel.push(await timed(() => infraUp({ ...base, only: ['kafka', 'registry'] })));
    await infraDown(base);
    sequential.push(
      await timed(async () => {
        await infraUp({ ...base, only: ['kafka'] });
        await infraUp({ ...base, only: ['registry'] });
      }),
    );
    await infraDown(base);
  }
  metrics.jvms_parallel_median_s = median(parallel);
  metrics.jvms_sequential_median_s = median(sequential);
} finally {
  await infraDown(base).catch(() => undefined);
  rmSync(root, { recursive: true, force: true });
}

const round2 = (x: number) => Math.round(x * 100) / 100;
for (const k of Object.keys(metrics)) metrics[k] = round2(metrics[k] ?? NaN);
metrics.peak_rss_kib = process.resourceUsage().maxRSS;
const ratios = {
  sequential_over_parallel: round2((metrics.jvms_sequential_median_s ?? NaN) / (metrics.jvms_parallel_median_s ?? NaN)),
  cold_over_warm_cache: round2((metrics.cold_all_s ?? NaN) / (metrics.warm_cache_all_s ?? NaN)),
};
const result = {
  name: 'infra start',
  command: `npx tsx bench/infra/start.ts ${rounds}`,
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores, node ${process.version}`,
  versions: VERSIONS,
  metrics,
  ratios,
  downloads,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/infra.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));

// Replace (or add) this benchmark's section in bench/RESULTS.md, keeping the others.
const md = (() => {
  try {
    return readFileSync('bench/RESULTS.md', 'utf8');
  } catch {
    return '# Benchmark results\n';
  }
})();
const section = [
  '## infra: local infrastructure start',
  '',
  `Command: \`${result.command}\` (${result.date.slice(0, 10)}, ${result.machine}; Kafka ${VERSIONS.kafka}, Apicurio ${VERSIONS.apicurio}).`,
  'Throw-away root and free ports; the cold run starts with an empty Maven repository and no .vitrine/cache.',
  '',
  '| metric | seconds |',
  '|---|---|',
  `| cold: download + start all four | ${metrics.cold_all_s} |`,
  `| warm cache: start all four | ${metrics.warm_cache_all_s} |`,
  `| hot: all already running (reuse) | ${metrics.hot_all_reuse_s} |`,
  `| Kafka + Apicurio in parallel (median of ${rounds}) | ${metrics.jvms_parallel_median_s} |`,
  `| Kafka then Apicurio (median of ${rounds}) | ${metrics.jvms_sequential_median_s} |`,
  '',
  `Ratios: sequential/parallel ${ratios.sequential_over_parallel}, cold/warm-cache ${ratios.cold_over_warm_cache}. Peak RSS of the driver ${metrics.peak_rss_kib} KiB.`,
  '',
].join('\n');
const re = /## infra: local infrastructure start\n[\s\S]*?(?=\n## |$)/;
writeFileSync('bench/RESULTS.md', re.test(md) ? md.replace(re, section.trimEnd() + '\n') : `${md.trimEnd()}\n\n${section}`);
