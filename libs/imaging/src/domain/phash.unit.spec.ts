import { describe, expect, it } from 'vitest';
import { lowFrequencyDct, median, PHASH_SAMPLE_SIZE, phashFromGrey32, phashHex } from './phash';

const N = PHASH_SAMPLE_SIZE;
const hammingDistance = (a: bigint, b: bigint): number => (a ^ b).toString(2).split('').filter((c) => c === '1').length;
const sample = (f: (x: number, y: number) => number): Float64Array => {
  const out = new Float64Array(N * N);
  for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) out[y * N + x] = Math.max(0, Math.min(255, f(x, y)));
  return out;
};

/** The direct 2D DCT-II sum, 32⁴ operations: the definition the separable version must equal. */
function directDct(grey: ArrayLike<number>, u: number, v: number): number {
  let sum = 0;
  for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) sum += grey[y * N + x]! * Math.cos(((2 * y + 1) * u * Math.PI) / (2 * N)) * Math.cos(((2 * x + 1) * v * Math.PI) / (2 * N));
  return sum;
}

// A "photo": a bright background with a few soft objects of different sizes (broad low-frequency content).
const BLOBS = [[8, 10, 6, -90], [22, 9, 4, -60], [16, 24, 8, -110], [27, 26, 3, 50], [5, 27, 5, -40]] as const;
const scene = sample((x, y) => 220 + BLOBS.reduce((s, [bx, by, r, amp]) => s + amp * Math.exp(-((x - bx) ** 2 + (y - by) ** 2) / (2 * r * r)), 0));

describe('pHash (DCT)', () => {
  it('the separable low-frequency DCT equals the direct 2D sum for u, v in 1..8', () => {
    const fast = lowFrequencyDct(scene);
    for (const [u, v] of [[1, 1], [1, 8], [8, 1], [3, 5], [8, 8]] as const) {
      expect(fast[(u - 1) * 8 + (v - 1)]).toBeCloseTo(directDct(scene, u, v), 6);
    }
  });

  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('sets about half the bits (median split) and is 16 hex characters', () => {
    const h = phashFromGrey32(scene);
    const ones = h.toString(2).split('').filter((c) => c === '1').length;
    expect(ones).toBeGreaterThanOrEqual(28);
    expect(ones).toBeLessThanOrEqual(36);
    expect(phashHex(h)).toMatch(/^[0-9a-f]{16}$/);
    expect(phashHex(1n)).toBe('0000000000000001');
  });

  it('is invariant to a global brightness shift and a contrast scale, and stays within a few bits under ±3 grey levels of noise', () => {
    const h = phashFromGrey32(scene);
    expect(phashFromGrey32(scene.map((v) => v * 0.8 + 10))).toBe(h);
    let seed = 7;
    const noisy = scene.map((v) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return v + ((seed / 2 ** 31) * 6 - 3);
    });
    expect(hammingDistance(phashFromGrey32(noisy), h)).toBeLessThanOrEqual(8);
  });

  it('tells different pictures apart', () => {
    const OTHER = [[24, 8, 7, -100], [8, 20, 5, -70], [20, 20, 4, 40], [12, 5, 3, -50]] as const;
    const other = sample((x, y) => 220 + OTHER.reduce((s, [bx, by, r, amp]) => s + amp * Math.exp(-((x - bx) ** 2 + (y - by) ** 2) / (2 * r * r)), 0));
    expect(hammingDistance(phashFromGrey32(other), phashFromGrey32(scene))).toBeGreaterThan(16);
  });

  it('gives 0 for a flat image instead of random bits, and refuses a wrong-size sample', () => {
    expect(phashFromGrey32(new Float64Array(N * N).fill(200))).toBe(0n);
    expect(() => phashFromGrey32(new Float64Array(10))).toThrow(/32×32/);
  });
});
