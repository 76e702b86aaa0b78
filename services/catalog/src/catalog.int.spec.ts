import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePublished, type ApplyResult } from '@vitrine/catalog';
import { createLogger } from '@vitrine/observability';
import { startStageService, type RunningStage } from '@vitrine/stream';
import { createTestBus, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';
import { startCatalogApi, type CatalogApi } from './adapters/http-api';
import { composeCatalog } from './compose';
import { parseCatalogConfig, type CatalogConfig } from './config';
import { createCatalogStage } from './stage';

const log = createLogger('catalog-test', 'silent');
let bus: TestBus;
let config: Readonly<CatalogConfig>;
let composed: ReturnType<typeof composeCatalog>;
let stage: RunningStage | undefined;
let api: CatalogApi;
const counts: Record<ApplyResult, number> = { applied: 0, duplicate: 0, superseded: 0 };
const seen = () => counts.applied + counts.duplicate + counts.superseded;

const T0 = Date.parse('2026-11-01T00:00:00Z');
// p1: 1.9 then 1.10 (natural order: 1.10 wins); p2: 2.0 then an older 1.0 arriving later (2.0 keeps serving);
// p3..p6: one version each in two markets and categories.
const events = [
  samplePublished('p1', { modelVersion: '1.9', occurredAt: T0 + 1000 }),
  samplePublished('p2', { modelVersion: '2.0', occurredAt: T0 + 2000, locales: ['en', 'de', 'fr'] }),
  samplePublished('p3', { occurredAt: T0 + 3000, context: { ...samplePublished('x').context, market: 'FR' } }),
  samplePublished('p4', { occurredAt: T0 + 4000 }),
  samplePublished('p5', { occurredAt: T0 + 5000, description: { ...samplePublished('x').description, category: { code: 'apparel.shirt', confidence: 0.8, source: 'vlm' } } }),
  samplePublished('p6', { occurredAt: T0 + 6000, context: { ...samplePublished('x').context, market: 'FR' } }),
  samplePublished('p1', { modelVersion: '1.10', occurredAt: T0 + 7000 }),
  samplePublished('p2', { modelVersion: '1.0', occurredAt: T0 + 8000 }),
];

async function startStage(): Promise<RunningStage> {
  return startStageService(createCatalogStage(composed.ports, { ...composed.options, onApplied: (c) => { for (const k of Object.keys(c) as ApplyResult[]) counts[k] += c[k]; } }), config.stream, { handleSignals: false });
}

async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  bus = await createTestBus('catalog');
  await bus.createTopics(['DescriptionPublished', 'DescriptionModerated', 'DescriptionReviewed'], 3);
  const infra = testInfra();
  config = parseCatalogConfig({
    KAFKA_BROKERS: infra.brokers.join(','), SCHEMA_REGISTRY_URL: infra.registryUrl, REDIS_URL: infra.redisUrl, TOPIC_PREFIX: bus.prefix,
    GROUP_ID: uniqueName('catalog'), HTTP_PORT: '0', CATALOG_API_PORT: '0', LOG_LEVEL: 'silent', TOPIC_PARTITIONS: '3', CATALOG_KEY_PREFIX: uniqueName('catalog'),
  });
  composed = composeCatalog(config, { log, kafka: bus.kafka, codec: bus.codec });
  stage = await startStage();
  api = await startCatalogApi({ reader: composed.ports.reader, history: composed.ports.history, log, port: 0, host: '127.0.0.1' });
  await bus.publish('DescriptionPublished', events);
  await until(() => seen() >= events.length, 'the projection of every event');
});
afterAll(async () => {
  await api?.close();
  await stage?.stop();
  const ns = await composed?.ports.store.currentNamespace();
  if (ns) await composed.ports.store.dropNamespace(ns);
  await composed?.ports.store.redis.del(composed.ports.store.keys.pointer);
  await composed?.close();
  await bus?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${api.port}${path}`, { headers });

describe('catalog projection against the real broker, registry and Redis', () => {
  it('serves the newest model version per product, whatever order the versions arrive in', async () => {
    expect(counts).toEqual({ applied: 7, duplicate: 0, superseded: 1 });
    const p1 = await (await get('/v1/products/p1?locale=de')).json();
    expect(p1).toMatchObject({ productId: 'p1', locale: 'de', title: 'p1 title de 1.10', model: { modelVersion: '1.10' } });
    const p2 = await (await get('/v1/products/p2')).json();
    expect(p2).toMatchObject({ modelVersion: '2.0', locales: ['en', 'de', 'fr'] });
  });

  it('is idempotent when the whole topic is delivered again (dedupe by event id)', async () => {
    const ns = (await composed.ports.store.currentNamespace())!;
    const before = await composed.ports.store.dump(ns);
    await stage!.stop();
    stage = undefined;
    const admin = bus.kafka.admin();
    await admin.connect();
    await admin.resetOffsets({ groupId: config.stream.groupId!, topic: bus.topics.topic('DescriptionPublished'), earliest: true });
    await admin.disconnect();
    const seenBefore = seen();
    stage = await startStage();
    await until(() => seen() >= seenBefore + events.length, 'the redelivery');
    expect(counts.duplicate).toBe(events.length);
    expect(await composed.ports.store.dump(ns)).toBe(before);
  });

  it('answers GET with ETags and 304, and refuses bad requests with problem+json', async () => {
    const r = await get('/v1/products/p4?locale=en');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-language')).toBe('en');
    const etag = r.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect((await get('/v1/products/p4?locale=en', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/v1/products/p4?locale=en', { 'if-none-match': '"other"' })).status).toBe(200);
    expect((await get('/v1/products/p4?locale=de')).headers.get('etag')).not.toBe(etag);

    const missing = await get('/v1/products/p4?locale=fr');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(await missing.json()).toMatchObject({ status: 404, title: 'Locale not found', detail: expect.stringContaining('en, de') });
    expect((await get('/v1/products/nope?locale=en')).status).toBe(404);
    expect(await (await get('/v1/products?limit=0')).json()).toMatchObject({ status: 400, detail: expect.stringContaining('limit') });
    expect((await get('/v1/products?cursor=garbage')).status).toBe(400);
    expect((await get('/v1/products/p4?locale=d%20e')).status).toBe(400);
    expect((await get('/v1/orders')).status).toBe(404);
  });

  it('lists with filters and cursor paging in (updatedAt, id) order', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = (await (await get(`/v1/products?limit=2&locale=de${cursor ? `&cursor=${cursor}` : ''}`)).json()) as { items: Array<{ productId: string; title: string }>; nextCursor: string | null };
      all.push(...page.items.map((i) => i.productId));
      if (page.items[0]) expect(page.items[0].title).toMatch(/ title de /);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(all).toEqual(['p2', 'p3', 'p4', 'p5', 'p6', 'p1']);
    expect(pages).toBe(3);

    const ids = async (q: string) => ((await (await get(`/v1/products?${q}`)).json()) as { items: Array<{ productId: string }> }).items.map((i) => i.productId);
    expect(await ids('market=FR')).toEqual(['p3', 'p6']);
    expect(await ids('category=apparel.shirt')).toEqual(['p5']);
    expect(await ids('category=home.kitchen.bottle&market=DE')).toEqual(['p2', 'p4', 'p1']);
    expect(await ids(`updatedSince=${new Date(T0 + 5000).toISOString()}`)).toEqual(['p5', 'p6', 'p1']);
    expect(await ids(`updatedSince=${T0 + 100_000}`)).toEqual([]);
    const list = await get('/v1/products?market=FR');
    expect((await get('/v1/products?market=FR', { 'if-none-match': list.headers.get('etag')! })).status).toBe(304);
  });

  it('lists a product\'s events across model versions from the log', async () => {
    const h = (await (await get('/v1/products/p2/history')).json()) as { events: Array<{ modelVersion: string; served: boolean; status: string; event: string }>; truncated: boolean };
    expect(h.events.map((e) => [e.event, e.modelVersion, e.served])).toEqual([['DescriptionPublished', '2.0', true], ['DescriptionPublished', '1.0', false]]);
    expect(h.events[0]!.status).toBe('published:approved');
    expect(h.truncated).toBe(false);
  });
});
