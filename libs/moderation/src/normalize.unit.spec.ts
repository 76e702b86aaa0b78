import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactText, normalizeText, skeleton } from './normalize';

describe('normalizeText', () => {
  it('folds case, full-width letters, diacritics and look-alike letters onto plain Latin', () => {
    expect(normalizeText('ＮＩＫＥ').text).toBe('nike');
    expect(normalizeText('Hermès Crème Brûlée').text).toBe('hermes creme brulee');
    // Coptic Ⲛ, Cyrillic і and е: visually "Nike".
    expect(normalizeText('Ⲛіkе').text).toBe('nike');
    // Greek capitals imitate other letters than their small forms (Η → h, η → n).
    expect(normalizeText('ΗΕRΜΕS').text).toBe('hermes');
    expect(normalizeText('ΡΟΜΑ').text).toBe('poma');
    // Mathematical bold and circled letters go through NFKC.
    expect(normalizeText('𝐍𝐢𝐤𝐞 Ⓝike').text).toBe('nike nike');
    expect(normalizeText('Straße').text).toBe('strasse');
  });

  it('drops invisible characters and turns trademark signs and any whitespace into a plain space', () => {
    expect(normalizeText('Ni\u200bke\u00ad').text).toBe('nike');
    expect(normalizeText('Rolex®\u00a0Watch\tNew').text).toBe('rolex  watch new');
  });

  it('keeps a combining diacritic inside the span of its base letter', () => {
    const n = normalizeText('Herme\u0300s');
    expect(n.text).toBe('hermes');
    // "e" at normalized index 4 comes from original [4, 6): the letter and its combining grave accent.
    expect([n.start[4], n.end[4]]).toEqual([4, 6]);
    expect([n.start[5], n.end[5]]).toEqual([6, 7]);
  });

  it('recomposes kana voicing marks written as separate combining characters', () => {
    // カ + U+3099 (combining dakuten) is ガ.
    expect(normalizeText('カ\u3099ン').text).toBe('ガン');
    // Half-width katakana become full-width.
    expect(normalizeText('ｶﾞﾝ').text).toBe('ガン');
  });

  it('maps every normalized unit back to a range inside the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const n = normalizeText(s);
        expect(n.start.length).toBe(n.text.length);
        expect(n.end.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.start[i]!).toBeGreaterThanOrEqual(0);
          expect(n.end[i]!).toBeGreaterThan(n.start[i]!);
          expect(n.end[i]!).toBeLessThanOrEqual(s.length);
          if (i > 0) expect(n.start[i]!).toBeGreaterThanOrEqual(n.start[i - 1]!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is the identity on plain lower-case ASCII (the fast path)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9 ,.;:!?%#-]{0,60}$/), (s) => {
        const n = normalizeText(s);
        expect(n.text).toBe(s);
        expect([...n.start]).toEqual([...Array(s.length).keys()]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('compact and skeleton views', () => {
  it('removes separators but remembers where each kept character sat', () => {
    const c = compactText('n.i k-e');
    expect(c.text).toBe('nike');
    expect([...c.toNorm]).toEqual([0, 2, 4, 6]);
  });

  it('reads leet digits and symbols as letters without changing the length', () => {
    expect(skeleton('r3pl1ca')).toBe('repiica');
    expect(skeleton('gucc!')).toBe('gucci');
    expect(skeleton('r3pl1ca')).toHaveLength(7);
  });
});
