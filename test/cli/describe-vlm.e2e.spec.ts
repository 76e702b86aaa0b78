// `vitrine describe --describer vlm` against the local VLM stand-in (the only fake allowed: it stands in for the GPU
// model server, speaking the OpenAI chat-completions protocol over real HTTP).
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DescriptionPublished } from '@vitrine/contracts';
import { startVlmStandIn, type StandIn } from '@vitrine/testkit';
import { examplesDir, runCli } from './run-cli';

let standIn: StandIn;
let dir: string;

beforeAll(async () => {
  standIn = await startVlmStandIn();
  dir = await mkdtemp(path.join(tmpdir(), 'vitrine-vlm-'));
  for (const f of ['black-shoe.jpg', 'green-backpack.jpg']) await copyFile(path.join(examplesDir, f), path.join(dir, f));
});
afterAll(async () => standIn?.close());

describe('vitrine describe --describer vlm', () => {
  it('asks the model server for every image against the local VLM stand-in, and records the model on the description', async () => {
    const out = path.join(dir, 'out');
    const r = await runCli(['describe', dir, '--out', out, '--locales', 'en,de', '--describer', 'vlm', '--vlm-url', standIn.baseUrl, '--vlm-model', 'glm-4.6v-flash', '--category-hint', 'footwear.sneakers']);
    expect(r.stderr).not.toMatch(/not described/);
    expect(r.code).toBe(0);
    expect(standIn.stats.completions).toBeGreaterThanOrEqual(2);
    for (const name of ['black-shoe', 'green-backpack']) {
      const p = JSON.parse(await readFile(path.join(out, 'products', `${name}.json`), 'utf8')) as DescriptionPublished;
      expect(p.modelId).toBe('glm-4.6v-flash');
      expect(p.promptTemplateId).not.toBe('offline.ocr-color-rules');
      expect(p.context.categoryHint).toBe('footwear.sneakers');
      expect(p.description.category).toMatchObject({ code: 'footwear.sneakers', source: 'hint' });
      expect(p.description.freeText?.locale).toBe('en');
    }
  });

  it('reports every image as not described when the model server cannot be reached, and exits 1', async () => {
    const out = path.join(dir, 'out-down');
    const r = await runCli(['describe', path.join(dir, 'black-shoe.jpg'), '--out', out, '--describer', 'vlm', '--vlm-url', 'http://127.0.0.1:9/v1'], { VLM_MAX_RETRIES: '0', VLM_TIMEOUT_MS: '2000' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/black-shoe\.jpg: describer: unavailable: /);
  });

  it('refuses --describer vlm without --vlm-url, as a usage error', async () => {
    const r = await runCli(['describe', dir, '--describer', 'vlm']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--describer vlm needs --vlm-url');
  });
});
