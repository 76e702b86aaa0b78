// How long the local infrastructure takes to come up, and whether starting the two JVMs (Kafka,
// Apicurio) in parallel beats one after the other on this 2-core machine.
// Runs everything in a throw-away root on free ports (the services on the default ports stay untouched),
// with an empty Maven repository for the cold run (MAVEN_OPTS=-Dmaven.repo.local=...).
//   npx tsx bench/infra/start.ts [rounds]
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PORTS, VERSIONS, freePort, infraDown, infraUp, type InfraOptions, type Ports } from '@vitrine/infra';
import { machine, writeResults } from '../lib/report';
import { median } from '../lib/stats';

const rounds = Number(process.argv[2] ?? 2);

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

const root = mkdtempSync(join(tmpdir(), 'vitrine-infra-bench-'));
chmodSync(root, 0o755); // the postgres user must be able to enter it when we run as root
const ports: Ports = {
  ...DEFAULT_PORTS,
  kafka: await freePort('127.0.0.1'),
  kafkaController: await freePort('127.0.0.1'),
  registry: await freePort('127.0.0.1'),
  redis: await freePort('127.0.0.1'),
  postgres: await freePort('127.0.0.1'),
};
const downloads: string[] = [];
const base: InfraOptions = { root, ports, env: {}, log: (l) => /downloaded in/.test(l) && downloads.push(l) };
process.env.MAVEN_OPTS = `${process.env.MAVEN_OPTS ?? ''} -Dmaven.repo.local=${join(root, 'm2')}`.trim();
mkdirSync(join(root, 'm2'));

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
  versions: VERSIONS,
  metrics,
  ratios,
  downloads,
};
console.log(JSON.stringify(result, null, 2));

writeResults('infra', 'infra: local infrastructure start', result, [
  `Command: \`${result.command}\` (${new Date().toISOString().slice(0, 10)}, ${machine()}; Kafka ${VERSIONS.kafka}, Apicurio ${VERSIONS.apicurio}).`,
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
].join('\n'));
