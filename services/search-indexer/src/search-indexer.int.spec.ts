import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { DescriptionPublished } from '@vitrine/contracts';
import { createTestBus, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';
import { composeSearchIndexer } from './compose';
import { parseSearchIndexerConfig } from './config';
import { startSearchIndexer, type RunningSearchIndexer } from './service';
import { publication } from './test-fixtures';

const locale = (l: string, title: string, longDescription: string, seoKeywords: string[] = []) => ({ locale: l, title, bullets: [], longDescription, seoKeywords, attributeLabels: {}, freeTextStatus: 'none' as const });

const tea = (over: Partial<DescriptionPublished> = {}) =>
  publication({
    eventId: uniqueName('ev'), productId: 'p-tea', modelVersion: 'offline@1', occurredAt: 1000,
    locales: [
      locale('en', 'Organic green tea tin', 'Loose leaf green tea, hand-picked leaves.', ['green tea']),
      locale('de', 'Bio-Grüntee in der Dose', 'Loser grüner Tee aus handgepflückten Blättern.'),
      locale('ja', '有機緑茶の缶', '手摘みの茶葉を使った緑茶です。'),
      locale('zh-CN', '有机绿茶罐', '手工采摘的散装绿茶。'),
      locale('ko', '유기농 녹차 틴', '손으로 딴 잎으로 만든 녹차.'),
    ],
    ...over,
  });

describe('search indexer against the real broker, registry and PostgreSQL', () => {
  let bus: TestBus;
  let running: RunningSearchIndexer;
  let db: pg.Client;
  let schema: string;
  const search = async (qs: string) => {
    const res = await fetch(`http://127.0.0.1:${running.httpPort}/v1/search?${qs}`);
    if (res.status >= 500) throw new Error(`search ${qs}: ${res.status} ${await res.text()}`);
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as { hits: Array<{ productId: string; modelVersion: string; title: string }>; errors?: unknown[] } };
  };
  const until = async (cond: () => Promise<boolean> | boolean, what: string, ms = 60_000) => {
    const end = Date.now() + ms;
    while (!(await cond())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  beforeAll(async () => {
    const infra = testInfra();
    bus = await createTestBus('search');
    await bus.createTopics(['DescriptionPublished'], 3);
    schema = uniqueName('search').replace(/[^a-z0-9]/g, '_');
    const config = parseSearchIndexerConfig({
      KAFKA_BROKERS: infra.brokers.join(','), SCHEMA_REGISTRY_URL: infra.registryUrl, DATABASE_URL: infra.databaseUrl,
      TOPIC_PREFIX: bus.prefix, GROUP_ID: uniqueName('search-indexer'), HTTP_PORT: '0', SEARCH_SCHEMA: schema, LOG_LEVEL: 'warn', MAX_WAIT_MS: '20',
    });
    running = await startSearchIndexer(config, await composeSearchIndexer(config));
    db = new pg.Client({ connectionString: infra.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await running?.stop();
    await db?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await db?.end();
    await bus?.close();
  });

  it('indexes every locale with its own analyzer: stemming for en/de, bigrams for ja/zh-CN/ko', async () => {
    await bus.publish('DescriptionPublished', [tea(), publication({ eventId: uniqueName('ev'), productId: 'p-shoe', locales: [locale('en', 'Black leather shoe', 'A running shoe.')] })]);
    await until(() => running.counts.indexed >= 2, 'two products indexed');
    expect((await search('q=teas&locale=en')).body.hits.map((h) => h.productId)).toEqual(['p-tea']); // english stemmer: teas → tea
    expect((await search('q=shoes&locale=en-GB')).body.hits.map((h) => h.productId)).toEqual(['p-shoe']);
    expect((await search('q=grüner&locale=de')).body.hits.map((h) => h.productId)).toEqual(['p-tea']);
    expect((await search('q=緑茶&locale=ja')).body.hits.map((h) => h.productId)).toEqual(['p-tea']);
    expect((await search('q=茶&locale=ja')).body.hits.map((h) => h.productId)).toEqual(['p-tea']);
    expect((await search('q=紅茶&locale=ja')).body.hits).toEqual([]);
    expect((await search('q=绿茶&locale=zh-CN')).body.hits.map((h) => h.productId)).toEqual(['p-tea']);
    expect((await search('q=녹차&locale=ko')).body.hits.map((h) => h.productId)).toEqual(['p-tea']);
    expect((await search('q=tea&locale=fr')).body.hits).toEqual([]); // no French document was published
    const { rows } = await db.query(`SELECT locale, analyzer FROM "${schema}".documents WHERE product_id = 'p-tea' ORDER BY locale`);
    expect(rows).toEqual([
      { locale: 'de', analyzer: 'german' }, { locale: 'en', analyzer: 'english' }, { locale: 'ja', analyzer: 'cjk-bigram' },
      { locale: 'ko', analyzer: 'cjk-bigram' }, { locale: 'zh-CN', analyzer: 'cjk-bigram' },
    ]);
  });

  it('keeps the newest model version, ignores redeliveries and late events of an older version', async () => {
    const v2 = tea({ eventId: uniqueName('v2'), modelVersion: 'offline@2', occurredAt: 2000, locales: [locale('en', 'Matcha tin, second model', 'Ceremonial matcha.')] });
    const v1late = tea({ eventId: uniqueName('v1late'), modelVersion: 'offline@1', occurredAt: 9000, locales: [locale('en', 'Stale title', 'Stale.')] });
    const before = { ...running.counts };
    await bus.publish('DescriptionPublished', [v2, v2, v1late]);
    await until(() => running.counts.indexed + running.counts.duplicate + running.counts.superseded >= before.indexed + before.duplicate + before.superseded + 3, 'three events applied');
    expect(running.counts.indexed - before.indexed).toBe(1);
    expect(running.counts.duplicate - before.duplicate).toBe(1);
    expect(running.counts.superseded - before.superseded).toBe(1);
    const hits = (await search('q=matcha&locale=en')).body.hits;
    expect(hits).toMatchObject([{ productId: 'p-tea', modelVersion: 'offline@2', title: 'Matcha tin, second model' }]);
    // The winning publication defines the product's locales: the v1 locales are gone.
    expect((await search('q=緑茶&locale=ja')).body.hits).toEqual([]);
    expect((await search('q=stale&locale=en')).body.hits).toEqual([]);
  });

  it('dead-letters a publication no index can hold, with the reason in the headers', async () => {
    const bad = publication({ eventId: uniqueName('bad'), productId: 'p-bad', locales: [] });
    await bus.publish('DescriptionPublished', [bad]);
    const dlq = await bus.readTopic(`${bus.topics.topic('DescriptionPublished')}.dlq`, 1, 30_000);
    expect(dlq).toHaveLength(1);
    expect(dlq[0]!.key?.toString()).toBe('p-bad');
    expect(String(dlq[0]!.headers?.['vitrine.dlq.reason'])).toBe('unindexable_publication');
  });

  it('answers bad requests with problem+json naming the parameter', async () => {
    const r = await search('locale=xx-!!');
    expect(r.status).toBe(400);
    expect(r.type).toBe('application/problem+json');
    expect(r.body.errors).toEqual([
      { parameter: 'q', message: expect.stringMatching(/required/) },
      { parameter: 'locale', message: expect.stringMatching(/not a BCP 47/) },
    ]);
    const nf = await fetch(`http://127.0.0.1:${running.httpPort}/v2/nothing`);
    expect(nf.status).toBe(404);
    expect(nf.headers.get('content-type')).toBe('application/problem+json');
    const post = await fetch(`http://127.0.0.1:${running.httpPort}/v1/search?q=a&locale=en`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${running.httpPort}/readyz`)).status).toBe(200);
  });

  it('migrates idempotently: a second instance on the same schema starts and sees the same data', async () => {
    const infra = testInfra();
    const config = parseSearchIndexerConfig({ DATABASE_URL: infra.databaseUrl, SEARCH_SCHEMA: schema });
    const ports = await composeSearchIndexer(config);
    try {
      const page = await ports.search({ q: 'matcha', locale: 'en', limit: 10, offset: 0 });
      expect(page.hits.map((h) => h.productId)).toEqual(['p-tea']);
    } finally {
      await ports.close();
    }
  });
});
