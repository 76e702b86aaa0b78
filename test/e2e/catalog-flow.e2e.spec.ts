import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { supportedLocales } from '@vitrine/taxonomy';
import { testInfra } from '@vitrine/testkit';
import { INTAKE_API_KEY, Pipeline, allServices } from './harness/pipeline';
import { until } from './harness/processes';
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

  it(`publishes ${N} uploads to the search index in all ${locales.length} locales`, async () => {
    onTestFailed(() => console.error(pipeline.logs()));
    const intake = pipeline.get('intake');
    for (const p of products) {
      await uploadThroughIntake(intake.url(''), INTAKE_API_KEY, { productId: p.productId, image: p.image, market: 'DE', targetLocales: locales, price: '19.99', currency: 'EUR' });
    }
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

  it(`projects the same ${N} products into the catalog in every locale`, async () => {
    onTestFailed(() => console.error(pipeline.logs()));
    for (const p of products) {
      const head = await until(async () => {
        await pipeline.failOnDeadLetters();
        const res = await fetch(catalog().apiUrl(`/v1/products/${encodeURIComponent(p.productId)}`));
        return res.status === 200 ? ((await res.json()) as { modelVersion: string; locales: string[] }) : undefined;
      }, `${p.productId} in the catalog`, 60_000, 500);
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
});
