import { describe, expect, it } from 'vitest';
import { ciede2000 } from './ciede2000';
import { hexToLab, labToRgb, rgbToLab, srgbToLinear } from './color-space';

/**
 * Sharma, Wu, Dalal (2005), Table 1: L1 a1 b1, L2 a2 b2, ΔE00 (4 decimals).
 * https://hajim.rochester.edu/ece/sites/gsharma/ciede2000/ciede2000noteCRNA.pdf
 */
const SHARMA_TABLE_1: ReadonlyArray<readonly [number, number, number, number, number, number, number]> = [
  [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
  [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
  [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
  [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
  [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
  [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
  [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
  [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
  [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
  [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
  [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
  [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
  [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
  [50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

describe('CIEDE2000', () => {
  it.each(SHARMA_TABLE_1.map((r, i) => [i + 1, r] as const))('matches Sharma et al. Table 1 pair %i to 4 decimals, both orders', (_i, r) => {
    const [L1, a1, b1, L2, a2, b2, expected] = r;
    expect(ciede2000([L1, a1, b1], [L2, a2, b2])).toBeCloseTo(expected, 4);
    expect(ciede2000([L2, a2, b2], [L1, a1, b1])).toBeCloseTo(expected, 4);
  });

  it('is zero for identical colours and grows with the difference', () => {
    expect(ciede2000([40, 10, -20], [40, 10, -20])).toBe(0);
    expect(ciede2000([50, 0, 0], [60, 0, 0])).toBeLessThan(ciede2000([50, 0, 0], [70, 0, 0]));
  });
});

describe('sRGB → Lab (D65)', () => {
  // Reference values: Bruce Lindbloom's calculator (sRGB, D65, 2°), http://www.brucelindbloom.com/index.html?ColorCalculator.html
  it.each([
    [[255, 255, 255], [100, 0, 0]],
    [[0, 0, 0], [0, 0, 0]],
    [[255, 0, 0], [53.2408, 80.0925, 67.2032]],
    [[0, 255, 0], [87.7347, -86.1827, 83.1793]],
    [[0, 0, 255], [32.297, 79.1875, -107.8602]],
  ] as const)('rgb %j → lab %j', (rgb, lab) => {
    const got = rgbToLab(rgb[0], rgb[1], rgb[2]);
    for (let i = 0; i < 3; i++) expect(got[i]).toBeCloseTo(lab[i]!, 2);
  });

  it('applies the sRGB transfer curve on both of its segments', () => {
    expect(srgbToLinear(0.04)).toBeCloseTo(0.04 / 12.92, 10);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214041, 6);
    const grey = rgbToLab(119, 119, 119);
    expect(grey[0]).toBeCloseTo(50.03, 1);
    expect(Math.abs(grey[1]) + Math.abs(grey[2])).toBeLessThan(1e-3);
  });

  it('round-trips through labToRgb and parses hex swatches', () => {
    const samples: Array<[number, number, number]> = [[31, 42, 68], [200, 30, 40], [250, 250, 245], [10, 200, 90]];
    for (const [r, g, b] of samples) {
      expect(labToRgb(...rgbToLab(r, g, b))).toEqual([r, g, b]);
    }
    expect(hexToLab('#FF0000')).toEqual(rgbToLab(255, 0, 0));
    expect(() => hexToLab('red')).toThrow(/#RRGGBB/);
  });
});
