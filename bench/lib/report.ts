import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('..', import.meta.url));

export const machine = () => `${process.platform} ${process.arch}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'cpu'}), node ${process.version}`;

/** Peak resident set size of this process so far, in MiB. */
export const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * Writes bench/results/<file>.json and replaces the section titled `heading` in bench/RESULTS.md. Fields of `data`
 * beyond the four every result has (the versions measured, per-part results) go into the JSON as they are.
 */
export function writeResults(file: string, heading: string, data: { name: string; command: string; metrics: unknown; ratios: unknown; [extra: string]: unknown }, markdown: string): void {
  mkdirSync(join(benchDir, 'results'), { recursive: true });
  writeFileSync(join(benchDir, 'results', `${file}.json`), JSON.stringify({ ...data, date: new Date().toISOString(), machine: machine() }, null, 2) + '\n');
  const path = join(benchDir, 'RESULTS.md');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
  const section = `## ${heading}\n\n${markdown.trim()}\n`;
  const re = new RegExp(`## ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[\\s\\S]*?(?=\\n## |$)`);
  writeFileSync(path, re.test(current) ? current.replace(re, section) : `${current.trimEnd()}\n\n${section}`);
}
