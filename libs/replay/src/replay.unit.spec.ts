import { describe, expect, it } from 'vitest';
import type { DescriptionGenerated, ImagePreprocessed, ImageUploaded } from '@vitrine/contracts';
import { sampleUpload } from '@vitrine/testkit';
import { PoisonError, type HandlerContext, type InputRecord, type StageHandler } from '@vitrine/stream';
import { emptyCounts, progressLine } from './domain/progress';
import { parseCategoryFilter, parseSince, selects } from './domain/selection';
import { createReplayHandler } from './replay-handler';

const upload = (i: number, over: Partial<ImageUploaded> = {}) => sampleUpload(i, over);
const ctx = (attempt = 1): HandlerContext => ({ now: 5000, stage: 'replay', attempt });
const rec = (u: ImageUploaded, partition: number, offset: number): InputRecord<'ImageUploaded'> => ({ event: 'ImageUploaded', value: u, topic: 't', partition, offset: String(offset), key: u.productId, headers: {}, timestamp: '0' });

describe('selection', () => {
  const u = upload(1, { occurredAt: Date.parse('2026-11-30T12:00:00Z'), context: { ...sampleUpload(1).context, categoryHint: 'green tea' } });
  it('selects everything when no filter is given', () => expect(selects(u, {})).toBe(true));
  it('filters by time, product and category (code, or a group above it), all of them together', () => {
    expect(selects(u, { since: Date.parse('2026-11-30T00:00:00Z') })).toBe(true);
    expect(selects(u, { since: Date.parse('2026-12-01T00:00:00Z') })).toBe(false);
    expect(selects(u, { products: new Set(['p-1']) })).toBe(true);
    expect(selects(u, { products: new Set(['p-2']) })).toBe(false);
    expect(selects(u, { category: 'food.tea' })).toBe(true);
    expect(selects(u, { category: 'food' })).toBe(true);
    expect(selects(u, { category: 'home.mug' })).toBe(false);
    expect(selects(u, { category: 'food', products: new Set(['p-2']) })).toBe(false);
    expect(selects(upload(3), { category: 'food' })).toBe(false); // no hint: no category to match
  });
  it('parses --since as an ISO time or a duration back from now', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    expect(parseSince('2026-11-30', now)).toBe(Date.parse('2026-11-30T00:00:00Z'));
    expect(parseSince('2026-11-30T12:00:00Z', now)).toBe(Date.parse('2026-11-30T12:00:00Z'));
    expect(parseSince('36h', now)).toBe(now - 36 * 3_600_000);
    expect(parseSince('7d', now)).toBe(now - 7 * 86_400_000);
    expect(() => parseSince('yesterday', now)).toThrow(/neither an ISO 8601 time/);
  });
  it('parses --category as a code, a group or a label, and refuses what the taxonomy does not know', () => {
    const groups = new Set(['food', 'home']);
    expect(parseCategoryFilter('food.tea', groups)).toBe('food.tea');
    expect(parseCategoryFilter('Food', groups)).toBe('food');
    expect(parseCategoryFilter('mug', groups)).toBe('home.mug');
    expect(() => parseCategoryFilter('spaceships', groups)).toThrow(/not a category code, group or label/);
  });
});

describe('progress line', () => {
  it('shows position, counts, rate and time left', () => {
    const c = { ...emptyCounts(1000), read: 250, selected: 100, products: 80, described: 90, cached: 5, deadLettered: 1 };
    expect(progressLine('m@2', c, 10_000)).toBe('replay m@2: 250/1000 uploads read (25%), 100 selected (80 products), 90 described, 5 from cache, 1 dead-lettered, 25.0 uploads/s, 10s elapsed ETA 30s');
  });
});

describe('replay handler (the services\u2019 handlers chained)', () => {
  const preprocessed = (u: ImageUploaded): ImagePreprocessed => ({ eventId: `pre-${u.eventId}`, causationId: u.eventId, correlationId: u.correlationId, productId: u.productId, occurredAt: 1, producer: 'pre', imageId: u.imageId, imageUri: u.imageUri, derivativeUri: 'blob://d', derivativeWidth: 1, derivativeHeight: 1, phash: '0', facts: { format: 'jpeg', width: 1, height: 1, aspect: 1, sharpness: 1, backgroundWhiteness: 1, transparency: 0 }, modelVersion: 'v2', context: u.context });
  const generated = (p: { eventId: string; productId: string }, cached: boolean) => ({ eventId: `gen-${p.eventId}`, productId: p.productId, cached }) as unknown as DescriptionGenerated;

  it('runs selected uploads through both stages, passes the others, and counts what happened', async () => {
    const seenByPre: string[] = [];
    const seenByDesc: string[] = [];
    const pre: StageHandler<'ImageUploaded'> = async (records) =>
      records.map((r) => {
        seenByPre.push(r.value.productId);
        if (r.value.productId === 'p-2') return { outputs: [{ event: 'DescriptionGenerated', value: generated(r.value, true) }] }; // cache hit
        if (r.value.productId === 'p-3') return { poison: new PoisonError('bad image', 'image_invalid') };
        return { outputs: [{ event: 'ImagePreprocessed', value: preprocessed(r.value) }] };
      });
    const desc: StageHandler<'ImagePreprocessed'> = async (records) =>
      records.map((r) => {
        seenByDesc.push(r.value.productId);
        return { outputs: [{ event: 'DescriptionGenerated', value: generated(r.value, false) }] };
      });
    const counts = emptyCounts(6);
    const seen = new Map<number, bigint>();
    const h = createReplayHandler(pre, desc, { selection: { products: new Set(['p-1', 'p-2', 'p-3', 'p-5']) }, endOffsets: new Map([[0, 4n], [1, 10n]]), maxRecordAttempts: 3, counts, seen, products: new Set() });
    const records = [rec(upload(1), 0, 0), rec(upload(2), 0, 1), rec(upload(3), 1, 0), rec(upload(4), 1, 1), rec(upload(5), 0, 4)];
    const out = await h(records, ctx());

    expect(seenByPre).toEqual(['p-1', 'p-2', 'p-3']); // p-4 not selected; p-5 is past the end offset (live traffic)
    expect(seenByDesc).toEqual(['p-1']);
    expect(out[0]).toEqual({ outputs: [{ event: 'ImagePreprocessed', value: preprocessed(records[0]!.value) }, { event: 'DescriptionGenerated', value: generated(preprocessed(records[0]!.value), false) }] });
    expect(out[1]).toMatchObject({ outputs: [{ event: 'DescriptionGenerated', value: { cached: true } }] });
    expect(out[2]).toMatchObject({ poison: { message: 'bad image' } });
    expect(out[3]).toEqual({ outputs: [] });
    expect(out[4]).toEqual({ outputs: [] });
    expect(counts).toMatchObject({ selected: 3, products: 3, described: 1, cached: 1, deadLettered: 1 });
    expect(seen).toEqual(new Map([[0, 4n], [1, 1n]]));
  });

  it('a describer failure is the upload\u2019s failure; the last retry counts as dead-lettered', async () => {
    const pre: StageHandler<'ImageUploaded'> = async (records) => records.map((r) => ({ outputs: [{ event: 'ImagePreprocessed', value: preprocessed(r.value) }] }));
    const desc: StageHandler<'ImagePreprocessed'> = async (records) => records.map(() => ({ retry: new Error('model hiccup') }));
    const counts = emptyCounts(1);
    const h = createReplayHandler(pre, desc, { selection: {}, endOffsets: new Map([[0, 1n]]), maxRecordAttempts: 3, counts, seen: new Map(), products: new Set() });
    expect(await h([rec(upload(1), 0, 0)], ctx(1))).toEqual([{ retry: new Error('model hiccup') }]);
    expect(counts.deadLettered).toBe(0);
    await h([rec(upload(1), 0, 0)], ctx(4));
    expect(counts).toMatchObject({ selected: 1, deadLettered: 1 }); // counted once although handled again
  });

  it('a dependency outage (the stage throws) fails the whole batch for the runner to retry', async () => {
    const pre: StageHandler<'ImageUploaded'> = async () => {
      throw new Error('redis down');
    };
    const h = createReplayHandler(pre, async () => [], { selection: {}, endOffsets: new Map([[0, 1n]]), maxRecordAttempts: 3, counts: emptyCounts(1), seen: new Map(), products: new Set() });
    await expect(h([rec(upload(1), 0, 0)], ctx())).rejects.toThrow('redis down');
  });
});
