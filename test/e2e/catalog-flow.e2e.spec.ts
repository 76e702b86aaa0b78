import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { supportedLocales } from '@vitrine/taxonomy';
import { testInfra } from '@vitrine/testkit';
import { INTAKE_API_KEY, Pipeline, allServices } from './harness/pipeline';
import { until } from './harness/processes';
import { runCli } from './harness/cli';
import { dropSearchSchema, indexedProducts } from './harness/search';
import { exampleImages, uploadThroughIntake } from './harness/uploads';

/**
 * The whole system, every service a child process (`node --import tsx services/<x>/src/main.ts`), against the real
 * Kafka, schema registry, Redis and PostgreSQL: uploads through the intake API come out as products in the catalog
 * and the search index in every target locale. N is kept small: the offline describer runs OCR on 2 cores.
 */
const N = 8;
const locales = [...supportedLocales];
const infra = () => testInfra();

describe('catalog flow: uploads → every service → catalog and search index', () => {
  const runId = Date.now().toString(36);
  const v1 = `e2e-${runId}@1`;
  const pipeline = new Pipeline({ label: 'flow', modelVersion: v1, services: allServices });
  const products = exampleImages().slice(0, N).map((image, i) => ({ productId: `e2e-${runId}-${i}-${image.name}`, image }));

  const catalog = () => pipeline.get('catalog');

  beforeAll(async () => {
    try {
      await pipeline.startAll();
    } catch (e) {
      await pipeline.stop();
      throw e;
    }
  });
  afterAll(async () => {
    await pipeline.stop();
    await dropSearchSchema(infra().databaseUrl, pipeline.searchSchema).catch(() => undefined);
  });

  it(`turns ${N} uploads through the intake API into ${N} catalog products in all ${locales.length} locales`, async () => {
    onTestFailed(() => console.error(pipeline.logs()));
    const intake = pipeline.get('intake');
    for (const p of products) {
      await uploadThroughIntake(intake.url(''), INTAKE_API_KEY, { productId: p.productId, image: p.image, market: 'DE', targetLocales: locales, price: '19.99', currency: 'EUR' });
    }
    for (const p of products) {
      const head = await until(async () => {
        await pipeline.failOnDeadLetters();
        const res = await fetch(catalog().apiUrl(`/v1/products/${encodeURIComponent(p.productId)}`));
        return res.status === 200 ? ((await res.json()) as { modelVersion: string; locales: string[] }) : undefined;
      }, `${p.productId} in the catalog`, 240_000, 500);
      expect(head.modelVersion).toBe(v1);
      expect([...head.locales].sort()).toEqual([...locales].sort());
      for (const l of locales) {
        const res = await fetch(catalog().apiUrl(`/v1/products/${encodeURIComponent(p.productId)}?locale=${l}`));
        expect(res.status, `${p.productId} in ${l}`).toBe(200);
        expect(res.headers.get('content-language')).toBe(l);
        const doc = (await res.json()) as { title: string };
        expect(doc.title.length).toBeGreaterThan(0);
      }
    }
  });

  it(`indexes the same ${N} products for search in every locale`, async () => {
    onTestFailed(() => console.error(pipeline.logs()));
    const indexed = await until(
      async () => {
        await pipeline.failOnDeadLetters();
        const rows = await indexedProducts(infra().databaseUrl, pipeline.searchSchema);
        return rows.length >= N ? rows : undefined;
      },
      `${N} products in the search index`,
      240_000,
      1000,
    );
    expect(indexed.map((r) => r.productId).sort()).toEqual(products.map((p) => p.productId).sort());
    for (const r of indexed) {
      expect(r.modelVersion).toBe(v1);
      expect(r.locales).toEqual([...locales].sort());
    }
    // The search API finds each product by a word of its own English title.
    const search = pipeline.get('search-indexer');
    for (const p of products) {
      const doc = (await (await fetch(catalog().apiUrl(`/v1/products/${encodeURIComponent(p.productId)}?locale=en`))).json()) as { title: string };
      const word = doc.title.split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w)) ?? doc.title.split(/\s+/)[0]!;
      const res = await fetch(search.url(`/v1/search?${new URLSearchParams({ q: word, locale: 'en', limit: '100' })}`));
      expect(res.status).toBe(200);
      const hits = ((await res.json()) as { hits: Array<{ productId: string }> }).hits.map((h) => h.productId);
      expect(hits, `searching "${word}" finds ${p.productId}`).toContain(p.productId);
    }
  });

  it('a replay under a new model version moves every selected product to it, leaves the others, and keeps the history', async () => {
    onTestFailed(() => console.error(pipeline.logs()));
    const v2 = `e2e-${runId}@2`;
    const selected = products.filter((_, i) => i % 2 === 0);
    const others = products.filter((_, i) => i % 2 === 1);
    const env = { ...pipeline.envFor('preprocessor', 0), LOG_LEVEL: 'warn' };
    const args = ['replay', '--model-version', v2, '--product', selected.map((p) => p.productId).join(',')];

    const dry = await runCli([...args, '--dry-run', '--json'], env);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout.trim().split('\n'), 'stdout carries only the JSON report').toHaveLength(1);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, counts: { selected: selected.length, products: selected.length, read: N } });

    const run = await runCli([...args, '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ dryRun: false, groupId: `${pipeline.prefix}vitrine.replay.${v2}`, counts: { selected: selected.length, products: selected.length, deadLettered: 0 } });
    const counts = (JSON.parse(run.stdout) as { counts: { described: number; cached: number } }).counts;
    expect(counts.described + counts.cached).toBe(selected.length); // identical photos of two products: the second comes from the v2 cache
    expect(run.stderr).toMatch(new RegExp(`replay ${v2.replace(/[.@]/g, '\\$&')}: ${N}/${N} uploads read \\(100%\\)`));

    type Head = { modelVersion: string; locales: string[]; eventId: string };
    const head = async (id: string): Promise<Head | undefined> => {
      const res = await fetch(catalog().apiUrl(`/v1/products/${encodeURIComponent(id)}`));
      return res.status === 200 ? ((await res.json()) as Head) : undefined;
    };
    for (const p of selected) {
      const h = await until(async () => {
        await pipeline.failOnDeadLetters();
        const x = await head(p.productId);
        return x?.modelVersion === v2 ? x : undefined;
      }, `${p.productId} served at ${v2}`, 240_000, 500);
      expect([...h.locales].sort()).toEqual([...locales].sort());
      const history = (await (await fetch(catalog().apiUrl(`/v1/products/${encodeURIComponent(p.productId)}/history?limit=200`))).json()) as { events: Array<{ event: string; modelVersion: string; served: boolean }> };
      const published = history.events.filter((e) => e.event === 'DescriptionPublished');
      expect([...new Set(published.map((e) => e.modelVersion))].sort()).toEqual([v1, v2]); // the old version stays in the log
      expect(published.find((e) => e.served)?.modelVersion).toBe(v2);
    }
    for (const p of others) expect((await head(p.productId))?.modelVersion).toBe(v1);

    const indexed = await until(async () => {
      const rows = await indexedProducts(infra().databaseUrl, pipeline.searchSchema);
      return rows.filter((r) => r.modelVersion === v2).length >= selected.length ? rows : undefined;
    }, `the search index at ${v2} for the selected products`, 60_000, 500);
    expect(Object.fromEntries(indexed.map((r) => [r.productId, r.modelVersion]))).toEqual(Object.fromEntries(products.map((p, i) => [p.productId, i % 2 === 0 ? v2 : v1])));
  });

  it('a catalog rebuild from the log yields byte-identical documents while the old namespace keeps serving', async () => {
    onTestFailed(() => console.error(pipeline.logs()));
    const urls = products.flatMap((p) => locales.map((l) => catalog().apiUrl(`/v1/products/${encodeURIComponent(p.productId)}?locale=${l}`)));
    const snapshot = async () => Promise.all(urls.map(async (u) => {
      const res = await fetch(u);
      return `${res.status} ${res.headers.get('etag')} ${await res.text()}`;
    }));
    const before = await snapshot();
    expect(before.every((b) => b.startsWith('200 '))).toBe(true);

    const env = { ...pipeline.envFor('catalog', 0), LOG_LEVEL: 'warn' };
    const status = async () => (await runCli(['catalog', 'status'], env)).stdout;
    const servingBefore = /serving: (\S+),/.exec(await status())?.[1];
    expect(servingBefore).toBeTruthy();
    const rebuild = runCli(['catalog', 'rebuild'], env);
    // The read API answers from the old namespace until the switch: every request during the rebuild succeeds.
    let during = 0;
    let done = false;
    void rebuild.finally(() => (done = true));
    while (!done) {
      const res = await fetch(urls[during % urls.length]!);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      during++;
    }
    const r = await rebuild;
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toMatch(/catalog rebuilt into (\S+).*it serves now/);
    const servingAfter = /serving: (\S+),/.exec(await status())?.[1];
    expect(servingAfter).not.toBe(servingBefore);
    expect(await snapshot()).toEqual(before);
    expect(during).toBeGreaterThan(0);
  });
});
