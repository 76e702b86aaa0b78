import { describe, expect, it } from 'vitest';
import { pickBucket, planBatches, splitBatch, stackPadded } from './batch';

describe('planBatches', () => {
  it('groups by bucket, caps batch size, and keeps input order inside a bucket', () => {
    const widths = [100, 300, 90, 310, 80, 70];
    const plan = planBatches(widths, (w) => pickBucket(w, [160, 320]), 2);
    expect(plan).toEqual([
      { bucket: 160, indices: [0, 2] },
      { bucket: 160, indices: [4, 5] },
      { bucket: 320, indices: [1, 3] },
    ]);
  });
});

describe('pickBucket', () => {
  it('picks the smallest bucket that fits and rounds past the largest', () => {
    expect(pickBucket(1, [320, 160])).toBe(160);
    expect(pickBucket(160, [160, 320])).toBe(160);
    expect(pickBucket(161, [160, 320])).toBe(320);
    expect(pickBucket(700, [160, 320])).toBe(960);
  });
});

describe('stackPadded / splitBatch', () => {
  it('places each item top-left in its slot and pads the rest', () => {
    const a = { data: Float32Array.from([1, 2, 3, 4]), dims: [1, 2, 2] };
    const b = { data: Float32Array.from([5, 6, 7]), dims: [1, 1, 3] };
    const t = stackPadded([a, b], 2, 3, -1);
    expect(t.dims).toEqual([2, 1, 2, 3]);
    expect([...t.data]).toEqual([1, 2, -1, 3, 4, -1, 5, 6, 7, -1, -1, -1]);
    const [first, second] = splitBatch(t);
    expect(first?.dims).toEqual([1, 2, 3]);
    expect([...(second?.data ?? [])]).toEqual([5, 6, 7, -1, -1, -1]);
  });

  it('refuses items that do not fit', () => {
    expect(() => stackPadded([{ data: new Float32Array(8), dims: [1, 2, 4] }], 2, 3)).toThrow(/does not fit/);
  });
});
