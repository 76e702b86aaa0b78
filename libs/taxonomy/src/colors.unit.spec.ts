import { describe, expect, it } from 'vitest';
import { colors, deltaE2000, hexToLab, nearestColors, srgbToLab, type Lab } from './index';

describe('colour vocabulary', () => {
  it('holds at least 30 colours with a CIE Lab (D65) reference, including the basic ones', () => {
    const withLab = colors.filter((c) => c.lab !== null);
    expect(withLab.length).toBeGreaterThanOrEqual(30);
    const codes = colors.map((c) => c.code);
    for (const name of ['black', 'white', 'grey', 'red', 'orange', 'yellow', 'green', 'blue', 'navy', 'purple', 'pink', 'brown', 'beige', 'gold', 'silver']) {
      expect(codes).toContain(`color.${name}`);
    }
  });

  it('stores Lab values that are the D65 conversion of the sRGB reference', () => {
    for (const c of colors) {
      if (c.srgb === null) {
        expect(c.lab).toBeNull();
        continue;
      }
      const lab = hexToLab(c.srgb);
      for (let i = 0; i < 3; i++) expect(Math.abs(lab[i]! - c.lab![i]!), `${c.code}[${i}]`).toBeLessThan(0.006);
    }
  });

  it('converts sRGB to Lab like the published references', () => {
    // sRGB primaries in CIE L*a*b* (D65), e.g. http://www.brucelindbloom.com/ColorCalculator.html
    const red = srgbToLab(255, 0, 0);
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(red[2]).toBeCloseTo(67.2, 1);
    const white = srgbToLab(255, 255, 255);
    expect(white[0]).toBeCloseTo(100, 2);
    expect(Math.abs(white[1])).toBeLessThan(0.01);
    expect(Math.abs(white[2])).toBeLessThan(0.01);
  });

  it('computes CIEDE2000 like Sharma et al. (2005) test data', () => {
    const pairs: Array<[Lab, Lab, number]> = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
      [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [61, -5, 29], 22.8977],
      [[50, 2.5, 0], [56, -27, -3], 31.903],
      [[50, 2.5, 0], [58, 24, 15], 19.4535],
    ];
    for (const [a, b, expected] of pairs) {
      expect(deltaE2000(a, b)).toBeCloseTo(expected, 3);
      expect(deltaE2000(b, a)).toBeCloseTo(expected, 3);
    }
  });

  it('finds the nearest vocabulary colours of a measured colour', () => {
    expect(nearestColors(hexToLab('#D0302A'), 1)[0]!.code).toBe('color.red');
    expect(nearestColors(hexToLab('#202B48'), 1)[0]!.code).toBe('color.navy');
    expect(nearestColors(hexToLab('#FFFFFF'), 1)[0]!.code).toBe('color.white');
    const three = nearestColors(hexToLab('#777777'), 3);
    expect(three[0]!.code).toBe('color.grey');
    expect(three.map((m) => m.deltaE)).toEqual([...three.map((m) => m.deltaE)].sort((a, b) => a - b));
  });
});
