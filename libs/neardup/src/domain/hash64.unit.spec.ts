import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHash64, hammingDistance, hammingDistanceHiLo, parseHash64, popcount32, splitHash64 } from './hash64';

const hash64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
const naivePopcount = (x: bigint): number => x.toString(2).split('').filter((c) => c === '1').length;

describe('hash64', () => {
  it('parses and formats 16 lower-case hex characters, zero padded', () => {
    expect(formatHash64(1n)).toBe('0000000000000001');
    expect(formatHash64(parseHash64('FFFFFFFFFFFFFFFF'))).toBe('ffffffffffffffff');
    fc.assert(fc.property(hash64, (h) => parseHash64(formatHash64(h)) === h));
  });

  it('refuses values outside 64 bits and malformed text, saying what it expects', () => {
    expect(() => parseHash64(-1n)).toThrow(/unsigned 64-bit/);
    expect(() => parseHash64(1n << 64n)).toThrow(/unsigned 64-bit/);
    expect(() => parseHash64('abc')).toThrow(/16 hex characters/);
    expect(() => parseHash64('000000000000000g')).toThrow(/16 hex characters/);
  });

  it('popcount32 matches a naive count', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (v) => popcount32(v) === naivePopcount(BigInt(v))));
    expect(popcount32(0xffffffff)).toBe(32);
  });

  it('Hamming distance is the popcount of the xor, in both forms, and a metric', () => {
    fc.assert(
      fc.property(hash64, hash64, (a, b) => {
        const d = hammingDistance(a, b);
        const sa = splitHash64(a);
        const sb = splitHash64(b);
        return d === naivePopcount(a ^ b) && d === hammingDistanceHiLo(sa.hi, sa.lo, sb.hi, sb.lo) && d === hammingDistance(formatHash64(b), a);
      }),
    );
    expect(hammingDistance(0n, (1n << 64n) - 1n)).toBe(64);
  });
});
