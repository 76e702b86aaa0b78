import { describe, expect, it } from 'vitest';
import { maskTerms, MtIntegrityError, protectedTerms, unmaskTerms } from './index';
import { named, redMug } from './testing/samples';

const token = (i: number) => `⟦${i}⟧`;

describe('protected terms', () => {
  it('collects brand, model, compatibility and printed text, longest first', () => {
    const d = redMug({
      attributes: [named('brand', 'Kiln&Co'), named('model', 'KC-350'), named('capacity', '350', 'ml'), named('compatibility', 'Kiln&Co Warmer')],
      printedText: [{ text: 'GOOD MORNING', language: 'en', confidence: 0.9, box: [] }],
    });
    expect(protectedTerms(d)).toEqual(['Kiln&Co Warmer', 'GOOD MORNING', 'Kiln&Co', 'KC-350']);
  });

  it('masks whole words only, longest term first, and restores them', () => {
    const text = 'Kiln&Co Warmer keeps your Kiln&Co mug warm; Cocoa is not Co.';
    const m = maskTerms(text, ['Kiln&Co', 'Kiln&Co Warmer', 'Co'], token);
    expect(m.masked).toBe('⟦0⟧ keeps your ⟦1⟧ mug warm; Cocoa is not ⟦2⟧.');
    expect(m.slots.map((s) => s.term)).toEqual(['Kiln&Co Warmer', 'Kiln&Co', 'Co']);
    expect(unmaskTerms('⟦1⟧ Becher ⟦0⟧ … ⟦2⟧', m.slots)).toBe('Kiln&Co Becher Kiln&Co Warmer … Co');
  });

  it('masks CJK terms inside running text', () => {
    const m = maskTerms('这款杯子印有早安字样', ['早安'], token);
    expect(m.masked).toBe('这款杯子印有⟦0⟧字样');
  });

  it('fails when a token is lost or duplicated', () => {
    const m = maskTerms('Kiln&Co mug', ['Kiln&Co'], token);
    expect(() => unmaskTerms('Becher', m.slots)).toThrow(MtIntegrityError);
    expect(() => unmaskTerms('⟦0⟧ ⟦0⟧ Becher', m.slots)).toThrow(/exactly once/);
  });
});
