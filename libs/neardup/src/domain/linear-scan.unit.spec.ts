import { describe, expect, it } from 'vitest';
import { createLinearScan } from './linear-scan';
import { createBandScheme } from './bands';
import { bandReachable, pairwiseConfusion, distanceMargins, type LabelledFingerprint } from './evaluate';

describe('linear scan', () => {
  it('grows past its capacity and finds the nearest within the threshold, first on ties', () => {
    const scan = createLinearScan(1);
    for (const h of [0xffn, 0x0fn, 0x1n, 0x3n]) scan.push(h);
    expect(scan.length).toBe(4);
    expect(scan.nearest(0x7n, 3)).toEqual({ index: 1, distance: 1 });
    expect(scan.nearest(0x1n, 3)).toEqual({ index: 2, distance: 0 });
    expect(scan.nearest(0xff00000000000000n, 3)).toBeNull();
    expect(scan.nearest(0xf0n, 4)).toEqual({ index: 0, distance: 4 });
  });
});

describe('pairwise evaluation', () => {
  const items: LabelledFingerprint[] = [
    { group: 'a', name: 'a1', phash: 0n },
    { group: 'a', name: 'a2', phash: 0b111n },
    { group: 'b', name: 'b1', phash: 0b1111n },
    { group: 'c', name: 'c1', phash: 0xffffffff00000000n },
  ];

  it('counts each unordered pair once and lists the errors', () => {
    const c = pairwiseConfusion(items, { threshold: 3, colourThreshold: null });
    expect(c.tp + c.fp + c.fn + c.tn).toBe(6);
    expect(c).toMatchObject({ tp: 1, fp: 1, fn: 0, tn: 4, precision: 0.5, recall: 1 });
    expect(c.errors).toEqual([{ a: 'a2', b: 'b1', kind: 'fp', distance: 1, colourDistance: null }]);
  });

  it('with a band scheme, a pair must also be reachable through the probe', () => {
    const scheme = createBandScheme({ bands: 4, threshold: 10, probeRadius: 1 });
    // 8 bits, two in every band: within the threshold but no band within radius 1.
    const spread = 0x0003000300030003n;
    expect(bandReachable(0n, spread, scheme)).toBe(false);
    expect(bandReachable(0n, 0x0001000300030003n, scheme)).toBe(true);
    const pair: LabelledFingerprint[] = [{ group: 'g', name: 'a', phash: 0n }, { group: 'g', name: 'b', phash: spread }];
    expect(pairwiseConfusion(pair, { threshold: 10, colourThreshold: null }).tp).toBe(1);
    expect(pairwiseConfusion(pair, { threshold: 10, colourThreshold: null, scheme }).fn).toBe(1);
  });

  it('reports the margin a threshold must sit in', () => {
    expect(distanceMargins(items)).toEqual({ maxWithin: 3, minBetween: 1 });
  });
});
