import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createStageMetrics } from '@vitrine/observability';
import { createStageRunner, defaultBackoff, type StageRunner } from '@vitrine/stream';
import { createTestBus, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';
import type { ApplyResult } from './domain/documents';
import { createCatalogProjector } from './projector';
import { rebuildCatalog, type RebuildProgress } from './rebuild';
import { createRedisCatalogStore, type CatalogStore } from './redis-store';
import { samplePublished } from './testing/sample';

const log = createLogger('catalog-rebuild-test', 'silent');
let bus: TestBus;
let store: CatalogStore;
let live: StageRunner;
const counts: Record<ApplyResult, number> = { applied: 0, duplicate: 0, superseded: 0 };
const seen = () => counts.applied + counts.duplicate + counts.superseded;

const T0 = Date.parse('2026-11-01T00:00:00Z');
const PRODUCTS = 400;
// Two model versions per product, the newer one first for every third product, and a redelivered duplicate now and then.
const events = Array.from({ length: PRODUCTS }, (_, i) => {
  const v1 = samplePublished(`p${i}`, { modelVersion: '1.0', occurredAt: T0 + i, context: { ...samplePublished('x').context, market: i % 2 ? 'DE' : 'FR' } });
  const v2 = samplePublished(`p${i}`, { modelVersion: '1.1', occurredAt: T0 + 10_000 + i, locales: ['en', 'de', 'ja'] });
  const order = i % 3 === 0 ? [v2, v1] : [v1, v2];
  return i % 7 === 0 ? [...order, v1] : order;
}).flat();

async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  bus = await createTestBus('rebuild');
  await bus.createTopics(['DescriptionPublished'], 3);
  await bus.codec.registerAll();
  store = createRedisCatalogStore(testInfra().redisUrl, uniqueName('catalog'));
  live = createStageRunner({
    stage: 'catalog', groupId: uniqueName('catalog-live'), inputs: ['DescriptionPublished'],
    handler: createCatalogProjector({ store, target: { as: 'live' }, onApplied: (c) => { for (const k of Object.keys(c) as ApplyResult[]) counts[k] += c[k]; } }),
    kafka: bus.kafka, codec: bus.codec, log, metrics: createStageMetrics(), mode: 'batch', delivery: 'at-least-once', maxBatchSize: 100, maxWaitMs: 20,
    partitionsConsumedConcurrently: 3, maxRecordAttempts: 3, poisonCap: 10, backoff: defaultBackoff, instanceId: 'live', fromBeginning: true, sessionTimeoutMs: 30_000,
  });
  await live.start();
  await bus.publish('DescriptionPublished', events);
  await until(() => seen() >= events.length, 'the live projection');
});
afterAll(async () => {
  await live?.stop();
  for (const ns of ['g1', 'g2', 'g3', 'g4']) await store?.dropNamespace(ns);
  await store?.redis.del(store.keys.pointer, store.keys.rebuildState);
  await store?.close();
  await bus?.close();
});

const rebuild = (over: Partial<Parameters<typeof rebuildCatalog>[0]> = {}) =>
  rebuildCatalog({ store, kafka: bus.kafka, codec: bus.codec, log, groupPrefix: uniqueName('rebuild'), pollMs: 50, maxBatchSize: 50, keepOldNamespace: true, ...over });

describe('catalog rebuild against the real broker, registry and Redis', () => {
  it('builds a new namespace while the old one serves, switches, and yields a byte-identical catalog', async () => {
    expect(await store.currentNamespace()).toBe('g1');
    expect(await store.countProducts('g1')).toBe(PRODUCTS);
    const servingDuringBuild = new Set<string | null>();
    const phases: RebuildProgress[] = [];
    const r = await rebuild({
      onProgress: (p) => {
        phases.push(p);
        if (p.phase === 'building') void store.currentNamespace().then((ns) => servingDuringBuild.add(ns));
      },
    });
    expect(r).toMatchObject({ ns: 'g2', from: 'g1', resumed: false, events: events.length });
    expect(servingDuringBuild).toEqual(new Set(['g1']));
    expect(phases.at(-1)).toMatchObject({ phase: 'done', ns: 'g2' });
    expect(await store.currentNamespace()).toBe('g2');
    expect(await store.getRebuild()).toBeNull();

    const [a, b] = [await store.dump('g1'), await store.dump('g2')];
    expect(a.split('\n').length).toBeGreaterThan(PRODUCTS * 5);
    expect(b).toBe(a);
    const head = await store.getHead('g2', 'p3');
    expect(head).toMatchObject({ modelVersion: '1.1', locales: ['en', 'de', 'ja'] });
  });

  it('resumes a rebuild whose projector crashed mid-way, loses nothing, drops the old namespace, and the live projector follows the switch', async () => {
    let applied = 0;
    let crashed = false;
    const abort = new AbortController();
    // The process dies in the middle of a batch: part of it reached Redis, its offsets were never committed.
    const crashing: CatalogStore = {
      ...store,
      apply: async (target, ps) => {
        if (crashed) throw new Error('simulated crash: the process is gone');
        if (applied + ps.length > events.length / 2) {
          crashed = true;
          const part = await store.apply(target, ps.slice(0, Math.floor(ps.length / 2)));
          setTimeout(() => abort.abort(), 50);
          throw new Error(`simulated crash after ${applied + part.length} writes`);
        }
        applied += ps.length;
        return store.apply(target, ps);
      },
    };
    await expect(rebuild({ store: crashing, signal: abort.signal })).rejects.toThrow(/aborted/);
    expect(crashed).toBe(true);
    const state = await store.getRebuild();
    expect(state).toMatchObject({ ns: 'g3', from: 'g2', phase: 'building' });
    expect(await store.currentNamespace()).toBe('g2');
    expect(await store.countProducts('g3')).toBeGreaterThan(0);
    expect(await store.countProducts('g3')).toBeLessThan(PRODUCTS);

    // Published while nothing is rebuilding: only the live projector (still on g2) sees them until the resumed rebuild.
    const late = [samplePublished('late-1', { occurredAt: T0 + 50_000 }), samplePublished('p5', { modelVersion: '2.0', occurredAt: T0 + 60_000 })];
    await bus.publish('DescriptionPublished', late);
    await until(async () => (await store.getHead('g2', 'late-1')) !== null, 'the live projection of the late events');

    const r = await rebuild({ keepOldNamespace: false });
    expect(r).toMatchObject({ ns: 'g3', from: 'g2', resumed: true });
    expect(await store.currentNamespace()).toBe('g3');
    expect(await store.countProducts('g2')).toBe(0);
    expect(await store.dump('g2')).toBe('');
    expect(await store.getHead('g3', 'p5')).toMatchObject({ modelVersion: '2.0' });
    expect(await store.getHead('g3', 'late-1')).not.toBeNull();
    // Same content as g1, which the live projector kept until the first switch, plus the two late events.
    const g3 = (await store.dump('g3')).split('\n');
    const g1 = (await store.dump('g1')).split('\n');
    const changed = g3.filter((l) => !g1.includes(l));
    expect(changed.every((l) => /(late-1|p5)\b/.test(l.split(' ')[0]!) || l.startsWith('idx:'))).toBe(true);
    expect(g3.filter((l) => l.startsWith('product:')).length).toBe(PRODUCTS + 1);

    // After the switch the live projector writes the new namespace.
    await bus.publish('DescriptionPublished', [samplePublished('after-switch', { occurredAt: T0 + 70_000 })]);
    await until(async () => (await store.getHead('g3', 'after-switch')) !== null, 'the live projector writing the new namespace');
    expect(await store.getHead('g2', 'after-switch')).toBeNull();
  });

  it('catches up with a topic whose partitions end in transaction markers (exactly-once upstream)', async () => {
    const txBus = await createTestBus('rebuild-tx');
    const txStore = createRedisCatalogStore(testInfra().redisUrl, uniqueName('catalog-tx'));
    try {
      await txBus.createTopics(['DescriptionPublished'], 2);
      await txBus.codec.registerAll();
      const producer = txBus.kafka.producer({ transactionalId: uniqueName('tx'), idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      const txn = await producer.transaction();
      const evs = Array.from({ length: 20 }, (_, i) => samplePublished(`t${i}`));
      await txn.send({ topic: txBus.topics.topic('DescriptionPublished'), messages: await Promise.all(evs.map(async (e) => ({ key: e.productId, value: await txBus.codec.encode('DescriptionPublished', e) }))) });
      await txn.commit();
      await producer.disconnect();
      const r = await rebuildCatalog({ store: txStore, kafka: txBus.kafka, codec: txBus.codec, log, groupPrefix: uniqueName('rebuild'), pollMs: 50, idleCatchUpMs: 1500 });
      expect(r.ns).toBe('g1');
      expect(await txStore.countProducts('g1')).toBe(20);
      expect(await txStore.currentNamespace()).toBe('g1');
    } finally {
      await txStore.dropNamespace('g1');
      await txStore.redis.del(txStore.keys.pointer, txStore.keys.rebuildState);
      await txStore.close();
      await txBus.close();
    }
  });
});
