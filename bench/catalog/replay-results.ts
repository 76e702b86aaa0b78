import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeResults } from '../lib/report';

const file = fileURLToPath(new URL('../results/catalog-replay.json', import.meta.url));

interface Part {
  command: string;
  metrics: Record<string, number | string>;
  ratios: Record<string, number>;
  markdown: string;
}

/**
 * bench/catalog/replay.ts and bench/catalog/latency.ts share one result (catalog-replay.json, "## Replay and
 * latency"): each run replaces its own part and keeps the other's, as last measured.
 */
export function writeReplayResults(part: 'replay' | 'latency', data: Part): void {
  const prev = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { parts?: Record<string, Part> }) : {};
  const parts: Record<string, Part> = { ...(prev.parts ?? {}), [part]: data };
  const order = ['replay', 'latency'].filter((p) => parts[p]);
  writeResults(
    'catalog-replay',
    'Replay and latency',
    {
      name: 'replay after a model upgrade; upload-to-published latency',
      command: order.map((p) => parts[p]!.command).join(' && '),
      metrics: Object.fromEntries(order.map((p) => [p, parts[p]!.metrics])),
      ratios: Object.fromEntries(order.map((p) => [p, parts[p]!.ratios])),
      parts,
    },
    order.map((p) => parts[p]!.markdown).join('\n\n'),
  );
}
