import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandValues, binomial, createBandScheme, probeBands, storeBands, valuesWithinRadius } from './bands';
import { formatHash64, hammingDistance } from './hash64';

const hash64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });

describe('band scheme', () => {
  it('derives band width, probe radius and probe count', () => {
    expect(createBandScheme({ bands: 4, threshold: 7 })).toEqual({ bands: 4, bandBits: 16, threshold: 7, probeRadius: 1, exactUpTo: 7, probesPerLookup: 4 * (1 + 16) });
    expect(createBandScheme({ bands: 4, threshold: 10, probeRadius: 1 })).toMatchObject({ probeRadius: 1, exactUpTo: 7, probesPerLookup: 68 });
    expect(createBandScheme({ bands: 4, threshold: 10 })).toMatchObject({ probeRadius: 2, exactUpTo: 10, probesPerLookup: 548 });
    expect(createBandScheme({ bands: 8, threshold: 7 })).toMatchObject({ bandBits: 8, probeRadius: 0, probesPerLookup: 8 });
    expect(createBandScheme({ bands: 4, threshold: 11 })).toMatchObject({ probeRadius: 2, probesPerLookup: 4 * (1 + 16 + 120) });
  });

  it('refuses band counts that do not cut 64 bits into hex-aligned bands, bad thresholds and schemes too costly to probe', () => {
    expect(() => createBandScheme({ bands: 3, threshold: 6 })).toThrow(/bands must be one of 2, 4, 8, 16/);
    expect(() => createBandScheme({ bands: 4, threshold: -1 })).toThrow(/threshold/);
    expect(() => createBandScheme({ bands: 4, threshold: 2.5 })).toThrow(/threshold/);
    expect(() => createBandScheme({ bands: 2, threshold: 12 })).toThrow(/band probes per lookup/);
    expect(() => createBandScheme({ bands: 4, threshold: 7, probeRadius: 2 })).toThrow(/probeRadius must be an integer in 0\.\.1/);
  });

  it('binomial coefficients', () => {
    expect([binomial(16, 0), binomial(16, 1), binomial(16, 2), binomial(32, 3), binomial(4, 5)]).toEqual([1, 16, 120, 4960, 0]);
  });

  it('band values are the hex substrings of the hash, most significant first', () => {
    const scheme = createBandScheme({ bands: 4, threshold: 7 });
    const h = 0x0123456789abcdefn;
    expect(bandValues(h, scheme)).toEqual([0x0123, 0x4567, 0x89ab, 0xcdef]);
    expect(storeBands(h, scheme)).toEqual([
      { band: 0, hex: '0123' },
      { band: 1, hex: '4567' },
      { band: 2, hex: '89ab' },
      { band: 3, hex: 'cdef' },
    ]);
  });

  it('valuesWithinRadius lists each value within the radius exactly once, the value itself first', () => {
    const values = valuesWithinRadius(0b1010, 8, 2);
    expect(values[0]).toBe(0b1010);
    expect(values).toHaveLength(1 + 8 + 28);
    expect(new Set(values).size).toBe(values.length);
    const pop = (v: number) => v.toString(2).split('').filter((c) => c === '1').length;
    expect(values.every((v) => pop(v ^ 0b1010) <= 2 && v < 256)).toBe(true);
    // 16-bit fields flip the top bit without going negative.
    expect(valuesWithinRadius(0, 16, 1)).toContain(0x8000);
  });

  it.each([
    [4, 7],
    [4, 11],
    [8, 7],
    [16, 15],
    [2, 3],
  ])('pigeonhole: with %i bands and threshold %i every hash within the threshold shares a probed band key', (bands, threshold) => {
    const scheme = createBandScheme({ bands, threshold });
    fc.assert(
      fc.property(hash64, fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: threshold }), (h, flips) => {
        const near = flips.reduce((x, bit) => x ^ (1n << BigInt(bit)), h);
        expect(hammingDistance(h, near)).toBe(flips.length);
        const probed = new Set(probeBands(h, scheme).map(({ band, hex }) => `${band}:${hex}`));
        return storeBands(near, scheme).some(({ band, hex }) => probed.has(`${band}:${hex}`));
      }),
      { numRuns: 300 },
    );
  });

  it('with a reduced probe radius every hash within exactUpTo is still found', () => {
    const scheme = createBandScheme({ bands: 4, threshold: 10, probeRadius: 1 });
    fc.assert(
      fc.property(hash64, fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: scheme.exactUpTo }), (h, flips) => {
        const near = flips.reduce((x, bit) => x ^ (1n << BigInt(bit)), h);
        const probed = new Set(probeBands(h, scheme).map(({ band, hex }) => `${band}:${hex}`));
        return storeBands(near, scheme).some(({ band, hex }) => probed.has(`${band}:${hex}`));
      }),
      { numRuns: 300 },
    );
  });

  it('a lookup reads exactly probesPerLookup keys, each band hex of the right width', () => {
    const scheme = createBandScheme({ bands: 4, threshold: 7 });
    const probes = probeBands(0xfedcba9876543210n, scheme);
    expect(probes).toHaveLength(scheme.probesPerLookup);
    expect(probes.every((p) => p.hex.length === 4)).toBe(true);
    expect(probes[0]).toEqual({ band: 0, hex: formatHash64(0xfedcba9876543210n).slice(0, 4) });
  });
});
