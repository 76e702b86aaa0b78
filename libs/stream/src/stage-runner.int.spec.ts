import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createStageMetrics } from '@vitrine/observability';
import { dlqTopic } from '@vitrine/contracts';
import { createTestBus, sampleUpload, testKafka, uniqueName, type TestBus } from '@vitrine/testkit';
import { createStageRunner, type StageOptions } from './stage-runner';
import { readDeadLetterHeaders } from './dlq';
import { PoisonCapExceeded } from './errors';
import { passthroughHandler } from '../test-fixtures/passthrough';
import type { StageHandler } from './types';

let bus: TestBus;
const log = createLogger('stream-test', 'silent');

beforeAll(async () => {
  bus = await createTestBus('stream');
  await bus.createTopics(['ImageUploaded', 'ImagePreprocessed'], 3);
  await bus.codec.registerAll();
});
afterAll(async () => bus?.close());

describe('stage runner against the real broker and registry', () => {
  it('dead-letters a poison message and an undecodable one with their headers while the stream continues', async () => {
    const input = bus.topics.topic('ImageUploaded');
    const ups = Array.from({ length: 20 }, (_, i) => sampleUpload(i, i === 7 ? { sourceUrl: 'poison', productId: 'p-poison' } : {}));
    await bus.publish('ImageUploaded', ups.slice(0, 10));
    await bus.publishRaw(input, [{ key: 'p-garbage', value: Buffer.from('definitely not avro') }]);
    await bus.publish('ImageUploaded', ups.slice(10));
    const r = createStageRunner<'ImageUploaded'>({ ...baseOpts(bus), maxRecordAttempts: 1 });
    await r.start();
    try {
      const outs = await bus.readEvents('ImagePreprocessed', 19, 60_000);
      expect(new Set(outs.map((o) => o.imageId))).toEqual(new Set(ups.filter((_, i) => i !== 7).map((u) => u.imageId)));
      const dead = await bus.readTopic(dlqTopic(input), 2, 30_000);
      expect(dead).toHaveLength(2);
      const byKey = Object.fromEntries(dead.map((m) => [m.key!.toString(), { value: m.value!, h: readDeadLetterHeaders(m.headers) }]));
      expect(byKey['p-garbage']!.value.toString()).toBe('definitely not avro');
      expect(byKey['p-garbage']!.h).toMatchObject({ reason: 'undecodable', stage: 'passthrough', sourceTopic: input });
      expect(byKey['p-poison']!.h).toMatchObject({ reason: 'test_poison', error: 'poison requested by the test', stage: 'passthrough' });
      expect(Number(byKey['p-poison']!.h.sourceOffset)).toBeGreaterThanOrEqual(0);
      expect(byKey['p-poison']!.h.sourcePartition).toMatch(/^[0-2]$/);
      expect(byKey['p-poison']!.h.firstFailureAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(r.readiness().ready).toBe(true);
    } finally {
      await r.stop();
    }
  });

  it('retries a record that fails transiently, then succeeds, without dead-lettering it', async () => {
    const local = await createTestBus('retry');
    await local.createTopics(['ImageUploaded', 'ImagePreprocessed'], 1);
    let failures = 0;
    const flaky: StageHandler<'ImageUploaded'> = async (recs, ctx) => {
      if (failures < 2) {
        failures++;
        return recs.map(() => ({ retry: new Error('model busy') }));
      }
      return passthroughHandler(recs, ctx);
    };
    const r = createStageRunner<'ImageUploaded'>({ ...baseOpts(local), handler: flaky, maxRecordAttempts: 5 });
    await local.publish('ImageUploaded', [sampleUpload(1)]);
    await r.start();
    try {
      expect(await local.readEvents('ImagePreprocessed', 1, 30_000)).toHaveLength(1);
      expect(failures).toBe(2);
      expect(await local.readTopic(dlqTopic(local.topics.topic('ImageUploaded')), 1, 2000)).toHaveLength(0);
    } finally {
      await r.stop();
      await local.close();
    }
  });

  it('stops the stage when too many consecutive messages fail, leaving them in the topic', async () => {
    const local = await createTestBus('cap');
    await local.createTopics(['ImageUploaded', 'ImagePreprocessed'], 1);
    await local.publish('ImageUploaded', Array.from({ length: 10 }, (_, i) => sampleUpload(i, { sourceUrl: 'poison' })));
    const r = createStageRunner<'ImageUploaded'>({ ...baseOpts(local), poisonCap: 3, maxBatchSize: 2 });
    await r.start();
    await expect(r.stopped).rejects.toBeInstanceOf(PoisonCapExceeded);
    expect(r.live()).toBe(false);
    // Only whole units below the cap were dead-lettered; the rest stay in the topic for after the fix.
    const dead = await local.readTopic(dlqTopic(local.topics.topic('ImageUploaded')), 10, 3000);
    expect(dead.length).toBeLessThanOrEqual(3);
    await local.close();
  });

  it('rebalances partitions across two instances of one group and loses nothing when one leaves', async () => {
    const local = await createTestBus('rebalance');
    await local.createTopics(['ImageUploaded', 'ImagePreprocessed'], 4);
    const groupId = uniqueName('group');
    const seenBy = { a: new Set<number>(), b: new Set<number>() };
    const tracking = (who: 'a' | 'b'): StageHandler<'ImageUploaded'> => async (recs, ctx) => {
      for (const rec of recs) seenBy[who].add(rec.partition);
      return passthroughHandler(recs, ctx);
    };
    const a = createStageRunner<'ImageUploaded'>({ ...baseOpts(local), groupId, handler: tracking('a'), instanceId: 'a' });
    const b = createStageRunner<'ImageUploaded'>({ ...baseOpts(local), groupId, handler: tracking('b'), instanceId: 'b' });
    await a.start();
    await b.start();
    await waitFor(() => a.readiness().ready && b.readiness().ready, 30_000);
    const first = Array.from({ length: 200 }, (_, i) => sampleUpload(i));
    await local.publish('ImageUploaded', first);
    await waitFor(() => seenBy.a.size + seenBy.b.size >= 4, 30_000);
    expect(seenBy.a.size).toBeGreaterThan(0);
    expect(seenBy.b.size).toBeGreaterThan(0);
    for (const p of seenBy.a) expect(seenBy.b.has(p)).toBe(false);

    await b.stop();
    const second = Array.from({ length: 200 }, (_, i) => sampleUpload(1000 + i));
    await local.publish('ImageUploaded', second);
    try {
      const outs = await local.readEvents('ImagePreprocessed', 400, 90_000);
      const ids = outs.map((o) => o.imageId);
      expect(new Set(ids)).toEqual(new Set([...first, ...second].map((u) => u.imageId)));
      expect(seenBy.a.size).toBe(4);
    } finally {
      await a.stop();
      await local.close();
    }
  });
});

function baseOpts(local: TestBus): StageOptions<'ImageUploaded'> {
  return {
    stage: 'passthrough', groupId: uniqueName('g'), inputs: ['ImageUploaded'], handler: passthroughHandler,
    kafka: testKafka(), codec: local.codec, log, metrics: createStageMetrics(),
    mode: 'batch', delivery: 'at-least-once', maxBatchSize: 16, maxWaitMs: 20, partitionsConsumedConcurrently: 4,
    maxRecordAttempts: 2, poisonCap: 100, backoff: { initialMs: 10, maxMs: 50, factor: 2 }, instanceId: 'i1',
    fromBeginning: true, sessionTimeoutMs: 10_000,
  };
}

async function waitFor(cond: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting for condition');
    await new Promise((r) => setTimeout(r, 100));
  }
}
