import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisCatalogStore, rebuildCatalog, samplePublished, type CatalogStore } from '@vitrine/catalog';
import { createLogger } from '@vitrine/observability';
import { createTestBus, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const PRODUCTS = 4000;
let bus: TestBus;
let store: CatalogStore;
let keyPrefix: string;

/** `vitrine catalog rebuild` as a child process, the way an operator runs it. */
function cli(args: string[]) {
  const infra = testInfra();
  const child = spawn(process.execPath, ['bin/vitrine.mjs', 'catalog', ...args, '--key-prefix', keyPrefix, '--topic-prefix', bus.prefix], {
    cwd: root, env: { ...process.env, KAFKA_BROKERS: infra.brokers.join(','), SCHEMA_REGISTRY_URL: infra.registryUrl, REDIS_URL: infra.redisUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out })));
  return { child, exited };
}

beforeAll(async () => {
  bus = await createTestBus('catalog-cli');
  await bus.createTopics(['DescriptionPublished'], 3);
  const T0 = Date.parse('2026-11-01T00:00:00Z');
  await bus.publish('DescriptionPublished', Array.from({ length: PRODUCTS }, (_, i) => [
    samplePublished(`p${i}`, { modelVersion: '1.0', occurredAt: T0 + i }),
    samplePublished(`p${i}`, { modelVersion: '1.1', occurredAt: T0 + PRODUCTS + i, locales: ['en', 'de', 'fr'] }),
  ]).flat());
  keyPrefix = uniqueName('catalog-cli');
  store = createRedisCatalogStore(testInfra().redisUrl, keyPrefix);
  // The reference catalog, built in process: g1.
  await rebuildCatalog({ store, kafka: bus.kafka, codec: bus.codec, log: createLogger('test', 'silent'), groupPrefix: uniqueName('ref') });
});
afterAll(async () => {
  for (const ns of ['g1', 'g2']) await store?.dropNamespace(ns);
  await store?.redis.del(store.keys.pointer, store.keys.rebuildState);
  await store?.close();
  await bus?.close();
});

describe('vitrine catalog rebuild (child process, real broker, registry and Redis)', () => {
  it('resumes after the process is killed with SIGKILL mid-rebuild and yields a catalog byte-identical to the reference', async () => {
    expect(await store.currentNamespace()).toBe('g1');
    const first = cli(['rebuild', '--keep-old']);
    const deadline = Date.now() + 120_000;
    while ((await store.countProducts('g2')) === 0) {
      if (Date.now() > deadline) throw new Error(`the rebuild wrote nothing in 120 s:\n${first.child.exitCode === null ? '' : 'it exited'}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');
    const partial = await store.countProducts('g2');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(PRODUCTS);
    expect(await store.getRebuild()).toMatchObject({ ns: 'g2', from: 'g1', phase: 'building' });
    expect(await store.currentNamespace()).toBe('g1');

    const second = await cli(['rebuild', '--keep-old']).exited;
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(/catalog rebuilt into g2 \(resumed\); it serves now \(was g1, kept\)/);
    expect(second.out).toMatch(/events\/s, ETA/);
    expect(await store.currentNamespace()).toBe('g2');
    expect(await store.getRebuild()).toBeNull();
    expect(await store.dump('g2')).toBe(await store.dump('g1'));

    const status = await cli(['status']).exited;
    expect(status.out).toBe(`serving: g2, ${PRODUCTS} product(s)\nno rebuild in progress\n`);
  }, 300_000);
});
