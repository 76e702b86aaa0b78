// `vitrine describe` on the project's example photos, run as a user runs it (the bin, in a child process), then its
// outputs checked against the examples' *.expected.json, opened in headless Chromium, and published to the real
// broker with `vitrine publish-log`.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DescriptionPublished, EventName } from '@vitrine/contracts';
import { readEventLog, schemaViolations } from '@vitrine/pipeline';
import { deltaE2000 } from '@vitrine/taxonomy';
import { colourLab, cornerBackgroundCode, createTestBus, type TestBus } from '@vitrine/testkit';
import { characterAccuracy, scoreExpected } from '@vitrine/ocr/testing';
import { examplesDir, runCli, type CliResult } from './run-cli';

interface Expected {
  text: string[];
  colors: string[];
}

interface Example {
  name: string;
  file: string;
  expected: Expected;
  backgroundCode: string;
}


const LOCALES = ['en', 'de', 'zh-CN'];
let out: string;
let result: CliResult;
let examples: Example[];
const products = new Map<string, DescriptionPublished>();

beforeAll(async () => {
  const files = (await readdir(examplesDir)).filter((f) => /\.(jpg|png)$/.test(f)).sort();
  examples = await Promise.all(
    files.map(async (f) => {
      const name = f.replace(/\.(jpg|png)$/, '');
      const expected = JSON.parse(await readFile(path.join(examplesDir, `${name}.expected.json`), 'utf8')) as Expected;
      return { name, file: path.join(examplesDir, f), expected, backgroundCode: await cornerBackgroundCode(path.join(examplesDir, f)) };
    }),
  );
  out = await mkdtemp(path.join(tmpdir(), 'vitrine-describe-'));
  result = await runCli(['describe', examplesDir, '--out', out, '--locales', LOCALES.join(',')]);
  for (const ex of examples) {
    const f = path.join(out, 'products', `${ex.name}.json`);
    if (existsSync(f)) products.set(ex.name, JSON.parse(await readFile(f, 'utf8')) as DescriptionPublished);
  }
}, 300_000);

describe('vitrine describe on the example photos', () => {
  it('describes every example, exits 0 and says where the preview is', () => {
    expect(result.stderr).not.toMatch(/not described|failed/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`described ${examples.length} of ${examples.length} input(s)`);
    expect(result.stdout).toContain('index.html');
    expect([...products.keys()].sort()).toEqual(examples.map((e) => e.name).sort());
  });

  it('writes one DescriptionPublished-shaped JSON per product, with the product id from the file name and no category hint', () => {
    for (const [name, p] of products) {
      expect(schemaViolations('DescriptionPublished', p), name).toEqual([]);
      expect(p.productId).toBe(name);
      expect(p.context.categoryHint).toBeNull();
      expect(p.locales.map((l) => l.locale)).toEqual(LOCALES);
      expect(['approved', 'needs_review', 'rejected']).toContain(p.moderation.status);
      for (const l of p.locales) expect(l.title.trim().length, `${name} ${l.locale}`).toBeGreaterThan(0);
    }
  });

  it('names the colours of each product as its expected.json does (the background colour excepted)', () => {
    const problems: string[] = [];
    for (const ex of examples) {
      const measured = products.get(ex.name)!.description.colors.map((c) => c.code);
      const near = (code: string) => measured.some((m) => m === code || deltaE2000(colourLab(m)!, colourLab(code)!) <= 13);
      for (const c of ex.expected.colors.map((x) => `color.${x}`)) {
        if (!near(c) && c !== ex.backgroundCode) problems.push(`${ex.name}: expected ${c}, described ${measured.join(',')} (background ${ex.backgroundCode})`);
      }
      const first = measured[0];
      if (!first || !ex.expected.colors.some((c) => deltaE2000(colourLab(first)!, colourLab(`color.${c}`)!) <= 13)) problems.push(`${ex.name}: dominant ${first} is none of ${ex.expected.colors.join(',')}`);
      expect(products.get(ex.name)!.description.colors.every((c) => c.source === 'color' && c.confidence > 0 && c.confidence <= 1)).toBe(true);
    }
    expect(problems).toEqual([]);
  });

  it('reads the printed text, English and Chinese, as its expected.json lists it', () => {
    const misses: string[] = [];
    for (const ex of examples) {
      const lines = products.get(ex.name)!.description.printedText.map((t) => t.text);
      for (const s of scoreExpected(ex.expected.text, lines)) if (s.normalizedDistance / s.length > 0.2) misses.push(`${ex.name}: "${s.expected}" read as ${JSON.stringify(lines)}`);
    }
    expect(misses).toEqual([]);
    const scores = examples.flatMap((ex) => scoreExpected(ex.expected.text, products.get(ex.name)!.description.printedText.map((t) => t.text)));
    expect(characterAccuracy(scores, 'normalizedDistance')).toBeGreaterThanOrEqual(0.9);
  });

  it('records every event of the run in Avro container files, one per event type, causes linked', async () => {
    const byEvent = new Map<EventName, Array<{ eventId: string; causationId: string | null; productId: string }>>();
    for (const f of await readdir(path.join(out, 'events'))) {
      for await (const { event, value } of readEventLog(path.join(out, 'events', f))) byEvent.set(event, [...(byEvent.get(event) ?? []), value]);
    }
    const n = examples.length;
    expect(byEvent.get('ImageUploaded')).toHaveLength(n);
    // An image is preprocessed into a derivative for the describer, or (a near-duplicate) straight into a cached description.
    expect(byEvent.get('ImagePreprocessed')?.length ?? 0).toBeLessThanOrEqual(n);
    expect(byEvent.get('DescriptionGenerated')).toHaveLength(n);
    expect(byEvent.get('DescriptionTranslated')).toHaveLength(n);
    expect(byEvent.get('DescriptionModerated')).toHaveLength(n);
    const approved = [...products.values()].filter((p) => p.moderation.status === 'approved');
    expect((byEvent.get('DescriptionPublished') ?? []).map((e) => e.productId).sort()).toEqual(approved.map((p) => p.productId).sort());
    const ids = new Set([...byEvent.values()].flat().map((e) => e.eventId));
    for (const [event, values] of byEvent) if (event !== 'ImageUploaded') for (const v of values) expect(ids.has(v.causationId!), `${event} ${v.eventId}`).toBe(true);
  });
});

describe('the HTML preview in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  });
  afterAll(async () => browser?.close());

  it('shows one card per product, fetches nothing, and switching the locale changes the visible title', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
    expect(await page.locator('article.card').count()).toBe(examples.length);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(await page.locator('article.card img').evaluateAll((imgs) => imgs.filter((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0).length)).toBe(examples.length);

    const name = 'green-tea-tin';
    const p = products.get(name)!;
    const title = page.locator(`article[data-product="${name}"] h2.title:visible`);
    const en = p.locales.find((l) => l.locale === 'en')!.title;
    const de = p.locales.find((l) => l.locale === 'de')!.title;
    expect(en).not.toBe(de);
    expect(await title.count()).toBe(1);
    expect(await title.textContent()).toBe(en);
    await page.selectOption('#locale', 'de');
    expect(await title.textContent()).toBe(de);
    await page.selectOption('#locale', 'zh-CN');
    expect(await title.textContent()).toBe(p.locales.find((l) => l.locale === 'zh-CN')!.title);
    // The verdict and the attributes with their sources and confidences are on the card.
    const card = page.locator(`article[data-product="${name}"]`);
    await expect(card.locator('.verdict').textContent()).resolves.toBe(p.moderation.status.replace('_', ' '));
    expect(await card.locator('table').textContent()).toMatch(/color\.\w+; color \d+%/);
  });
});

describe('vitrine publish-log against the real broker', () => {
  let bus: TestBus;
  beforeAll(async () => {
    bus = await createTestBus('cli-publish-log');
  });
  afterAll(async () => bus?.close());

  it('publishes every logged event to its topic, readable back through the registry codec, keyed by product id', async () => {
    const logged = new Map<EventName, string[]>();
    for (const f of await readdir(path.join(out, 'events'))) {
      for await (const { event, value } of readEventLog(path.join(out, 'events', f))) logged.set(event, [...(logged.get(event) ?? []), value.eventId]);
    }
    const r = await runCli(['publish-log', path.join(out, 'events'), '--topic-prefix', bus.prefix, '--partitions', '2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const total = [...logged.values()].reduce((n, ids) => n + ids.length, 0);
    expect(r.stdout).toContain(`published ${total} event(s)`);
    for (const [event, ids] of logged) {
      const read = await bus.readEvents(event, ids.length, 60_000);
      expect(read.map((e) => e.eventId).sort(), event).toEqual([...ids].sort());
    }
    const raw = await bus.readTopic(bus.topics.topic('DescriptionModerated'), logged.get('DescriptionModerated')!.length);
    const decoded = await Promise.all(raw.map((m) => bus.codec.decode('DescriptionModerated', m.value!)));
    expect(raw.map((m) => m.key?.toString())).toEqual(decoded.map((d) => d.productId));
  });
});
