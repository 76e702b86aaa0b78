import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { deriveEnvelope, type DescriptionGenerated, type ImagePreprocessed, type ImageUploaded } from '@vitrine/contracts';
import { emptyDescription } from '@vitrine/contracts/testing';
import { PoisonError, perRecord, type StageDefinition, type StageHandler } from '@vitrine/stream';
import { sampleUpload } from '@vitrine/testkit';
import { createEmbeddedPipeline, type EmbeddedPipelineOptions } from './embedded-pipeline';

const log = pino({ level: 'silent' });

function preprocessed(u: ImageUploaded, now: number): ImagePreprocessed {
  return {
    ...deriveEnvelope(u, { stage: 'fake-pre', producer: 'fake-pre@0', now }),
    imageId: u.imageId, imageUri: u.imageUri, derivativeUri: `${u.imageUri}#d`, derivativeWidth: 10, derivativeHeight: 10, phash: '0000000000000000',
    facts: { format: 'png', width: 10, height: 10, aspect: 1, sharpness: 1, backgroundWhiteness: 1, transparency: 0 },
    modelVersion: 'm1', context: u.context,
  };
}

function generated(p: ImagePreprocessed, now: number): DescriptionGenerated {
  return {
    ...deriveEnvelope(p, { stage: 'fake-desc', producer: 'fake-desc@0', now, modelVersion: 'm1' }),
    imageId: p.imageId, derivativeUri: p.derivativeUri, modelId: 'fake', modelVersion: 'm1', promptTemplateId: 't', promptTemplateVersion: '1',
    cached: false, cacheSourceImageId: null,
    description: emptyDescription(),
    context: p.context, timingsMs: {},
  };
}

const stage = <E extends 'ImageUploaded' | 'ImagePreprocessed'>(name: string, input: E, outputs: StageDefinition<E>['outputs'], handler: StageHandler<E>, mode: 'batch' | 'per-message' = 'per-message'): StageDefinition<E> => ({
  stage: name, producer: `${name}@0`, inputs: [input], outputs, defaultMode: mode, handler: () => handler,
});

const pre = stage('fake-pre', 'ImageUploaded', ['ImagePreprocessed'], perRecord(async (r, ctx) => {
  if (r.value.productId === 'p-poison') throw new PoisonError('not an image', 'invalid_image');
  return [{ event: 'ImagePreprocessed', value: preprocessed(r.value, ctx.now) }];
}));
const desc = stage('fake-desc', 'ImagePreprocessed', ['DescriptionGenerated'], async (records, ctx) => records.map((r) => ({ outputs: [{ event: 'DescriptionGenerated' as const, value: generated(r.value, ctx.now) }] })), 'batch');

const opts = (stages: EmbeddedPipelineOptions['stages'], extra: Partial<EmbeddedPipelineOptions> = {}): EmbeddedPipelineOptions => ({
  stages, log, now: () => 1_700_000_000_000, backoff: { initialMs: 1, maxMs: 2, factor: 1 }, ...extra,
});

describe('embedded pipeline', () => {
  it('routes each output by event name to the stages that consume it, until quiescent, and records every event', async () => {
    const p = createEmbeddedPipeline(opts([pre, desc]));
    const uploads = [sampleUpload(1), sampleUpload(2), sampleUpload(3)];
    p.publish(uploads.map((value) => ({ event: 'ImageUploaded' as const, value })));
    await p.idle();
    expect(p.failures).toEqual([]);
    expect(p.events.map((e) => e.event).sort()).toEqual([...Array(3).fill('DescriptionGenerated'), ...Array(3).fill('ImagePreprocessed'), ...Array(3).fill('ImageUploaded')]);
    for (const u of uploads) {
      const chain = p.events.filter((e) => e.value.productId === u.productId);
      expect(chain.map((e) => [e.event, e.emittedBy])).toEqual([['ImageUploaded', null], ['ImagePreprocessed', 'fake-pre'], ['DescriptionGenerated', 'fake-desc']]);
      expect(chain[2]!.value.causationId).toBe(chain[1]!.value.eventId);
      expect(chain[1]!.value.causationId).toBe(u.eventId);
    }
    expect(p.events.map((e) => e.seq)).toEqual(p.events.map((_, i) => i));
  });

  it('gives stages InputRecords with the topic of the event, a partition by key and increasing offsets', async () => {
    const seen: Array<{ topic: string; partition: number; offset: string; key: string | null }> = [];
    const spy = stage('spy', 'ImageUploaded', [], async (records) => {
      seen.push(...records.map(({ topic, partition, offset, key }) => ({ topic, partition, offset, key })));
      return records.map(() => ({ outputs: [] }));
    });
    const p = createEmbeddedPipeline(opts([spy], { topicPrefix: 'x.', partitions: 1 }));
    p.publish([sampleUpload(1), sampleUpload(2)].map((value) => ({ event: 'ImageUploaded' as const, value })));
    await p.idle();
    expect(seen).toEqual([
      { topic: 'x.vitrine.image-uploaded', partition: 0, offset: '0', key: 'p-1' },
      { topic: 'x.vitrine.image-uploaded', partition: 0, offset: '1', key: 'p-2' },
    ]);
  });

  it('delivers one event to every stage that consumes it', async () => {
    const count = { a: 0, b: 0 };
    const a = stage('a', 'ImageUploaded', [], async (rs) => ((count.a += rs.length), rs.map(() => ({ outputs: [] }))));
    const b = stage('b', 'ImageUploaded', [], async (rs) => ((count.b += rs.length), rs.map(() => ({ outputs: [] }))));
    const p = createEmbeddedPipeline(opts([a, b]));
    p.publish([{ event: 'ImageUploaded', value: sampleUpload(1) }]);
    await p.idle();
    expect(count).toEqual({ a: 1, b: 1 });
  });

  it('collects poison records as failures with their reason and processes the rest', async () => {
    const p = createEmbeddedPipeline(opts([pre, desc]));
    p.publish([sampleUpload(1), sampleUpload(0, { productId: 'p-poison' }), sampleUpload(2)].map((value) => ({ event: 'ImageUploaded' as const, value })));
    await p.idle();
    expect(p.failures.map((f) => [f.stage, f.productId, f.reason, f.error.message])).toEqual([['fake-pre', 'p-poison', 'invalid_image', 'not an image']]);
    expect(p.events.filter((e) => e.event === 'DescriptionGenerated').map((e) => e.value.productId).sort()).toEqual(['p-1', 'p-2']);
  });

  it('retries a record whose outcome is retry, then fails it as retries_exhausted', async () => {
    const calls = new Map<string, number>();
    const flaky = stage('flaky', 'ImageUploaded', ['ImagePreprocessed'], async (records, ctx) =>
      records.map((r) => {
        const n = (calls.get(r.value.productId) ?? 0) + 1;
        calls.set(r.value.productId, n);
        if (r.value.productId === 'p-1' && n < 2) return { retry: new Error('model busy') };
        if (r.value.productId === 'p-2') return { retry: new Error('always busy') };
        return { outputs: [{ event: 'ImagePreprocessed' as const, value: preprocessed(r.value, ctx.now) }] };
      }),
    );
    const p = createEmbeddedPipeline(opts([flaky], { maxRecordAttempts: 3 }));
    p.publish([sampleUpload(1), sampleUpload(2)].map((value) => ({ event: 'ImageUploaded' as const, value })));
    await p.idle();
    expect(calls.get('p-1')).toBe(2);
    expect(calls.get('p-2')).toBe(3);
    expect(p.failures.map((f) => [f.productId, f.reason, f.attempts, f.error.message])).toEqual([['p-2', 'retries_exhausted', 3, 'always busy']]);
    expect(p.events.filter((e) => e.event === 'ImagePreprocessed').map((e) => e.value.productId)).toEqual(['p-1']);
  });

  it('retries a batch whose handler throws, and reports its records as unavailable when it never recovers', async () => {
    let calls = 0;
    const down = stage('down', 'ImageUploaded', [], async () => {
      calls++;
      throw new Error('ECONNREFUSED model server');
    });
    let flakyCalls = 0;
    const recovers = stage('recovers', 'ImageUploaded', [], async (rs) => {
      if (++flakyCalls === 1) throw new Error('blip');
      return rs.map(() => ({ outputs: [] }));
    });
    const p = createEmbeddedPipeline(opts([down, recovers], { maxBatchAttempts: 4 }));
    p.publish([{ event: 'ImageUploaded', value: sampleUpload(1) }]);
    await p.idle();
    expect(calls).toBe(4);
    expect(flakyCalls).toBe(2);
    expect(p.failures.map((f) => [f.stage, f.reason, f.error.message])).toEqual([['down', 'unavailable', 'ECONNREFUSED model server']]);
  });

  it('fails a record whose output violates its schema, without emitting any of its outputs', async () => {
    const broken = stage('broken', 'ImageUploaded', ['ImagePreprocessed'], perRecord(async (r, ctx) => [
      { event: 'ImagePreprocessed', value: preprocessed(r.value, ctx.now) },
      { event: 'ImagePreprocessed', value: { ...preprocessed(r.value, ctx.now), derivativeWidth: 'wide' as never } },
    ]));
    const p = createEmbeddedPipeline(opts([broken]));
    p.publish([{ event: 'ImageUploaded', value: sampleUpload(1) }]);
    await p.idle();
    expect(p.events.map((e) => e.event)).toEqual(['ImageUploaded']);
    expect(p.failures).toHaveLength(1);
    expect(p.failures[0]!.reason).toBe('output_schema_violation');
    expect(p.failures[0]!.error.message).toContain('derivativeWidth');
  });

  it('refuses an input event that does not match its schema, naming the field', () => {
    const p = createEmbeddedPipeline(opts([pre]));
    expect(() => p.publish([{ event: 'ImageUploaded', value: { ...sampleUpload(1), byteSize: -0.5 } }])).toThrow(/byteSize/);
  });

  it('batches up to maxBatchSize records and never puts two records of one product in concurrent calls', async () => {
    const sizes: number[] = [];
    let active = new Set<string>();
    let overlap = false;
    const batched = stage('batched', 'ImageUploaded', [], async (rs) => {
      sizes.push(rs.length);
      for (const r of rs) {
        if (active.has(r.value.productId)) overlap = true;
      }
      active = new Set([...active, ...rs.map((r) => r.value.productId)]);
      await new Promise((r) => setTimeout(r, 5));
      for (const r of rs) active.delete(r.value.productId);
      return rs.map(() => ({ outputs: [] }));
    }, 'batch');
    const p = createEmbeddedPipeline(opts([{ definition: batched, options: { maxBatchSize: 4, concurrency: 2 } }]));
    const ups = Array.from({ length: 10 }, (_, i) => sampleUpload(i % 3));
    p.publish(ups.map((value) => ({ event: 'ImageUploaded' as const, value })));
    await p.idle();
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3); // only three distinct products, one record each per call
    expect(overlap).toBe(false);
  });

  it('resolves idle() at once when nothing was published', async () => {
    const p = createEmbeddedPipeline(opts([pre]));
    await expect(p.idle()).resolves.toBeUndefined();
  });
});
