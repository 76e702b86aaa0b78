import { describe, expect, it } from 'vitest';
import { approximateSubstringDistance, characterAccuracy, normalizeForMatch, scoreExpected } from './text-accuracy';

describe('text accuracy helpers', () => {
  it('finds a pattern anywhere in the text with the fewest edits', () => {
    expect(approximateSubstringDistance('tea', 'green tea 250g')).toBe(0);
    expect(approximateSubstringDistance('teas', 'green tea 250g')).toBe(1);
    expect(approximateSubstringDistance('绿茶', 'xx绿荼yy')).toBe(1);
    expect(approximateSubstringDistance('abc', '')).toBe(3);
  });

  it('normalises case, width and spacing', () => {
    expect(normalizeForMatch('Ｗireless  Head phones')).toBe('wirelessheadphones');
  });

  it('scores split lines as found and counts exact edits for lost spaces', () => {
    const [s] = scoreExpected(['Stainless Steel'], ['Stainless', 'Steel', '750ml']);
    expect(s).toMatchObject({ normalizedDistance: 0, exactDistance: 0 });
    const [merged] = scoreExpected(['Wireless Headphones'], ['WirelessHeadphones']);
    expect(merged).toMatchObject({ normalizedDistance: 0, exactDistance: 1 });
    expect(characterAccuracy([merged!], 'exactDistance')).toBeCloseTo(1 - 1 / 19, 6);
  });
});
