import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NamedAttribute, ProductDescription } from '@vitrine/contracts';
import { codesOfKind, supportedLocales } from '@vitrine/taxonomy';
import { measureTitle, renderLocale, titleLimitFor } from './index';
import { attr, context, named } from './testing/samples';

/**
 * Consistency, proven over random products: every locale renders every attribute as its localized label (attribute
 * parity), and the same source always renders the same text.
 */
const codes = (kind: Parameters<typeof codesOfKind>[0], max: number) =>
  fc.shuffledSubarray(codesOfKind(kind), { minLength: 0, maxLength: max }).map((list) => list.map((c) => attr(c)));

const namedAttribute: fc.Arbitrary<NamedAttribute> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('ml', 'l', 'oz', 'fl oz')).map(([v, u]) => named('capacity', String(v), u)),
  fc.tuple(fc.double({ min: 0.01, max: 999, noNaN: true }), fc.constantFrom('g', 'kg', 'lb')).map(([v, u]) => named('weight', v.toFixed(2), u)),
  fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 })).map(([a, b, c]) => named('dimensions', `${a}x${b}x${c}`, 'cm')),
  fc.integer({ min: 500, max: 50000 }).map((v) => named('battery_capacity', String(v), 'mAh')),
  fc.integer({ min: 1, max: 120 }).map((v) => named('battery_life', String(v), 'h')),
  fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 8 })).map(([a, b]) => named('age_range', `${a}-${a + b}`, 'years')),
  fc.integer({ min: 1, max: 3000 }).map((v) => named('quantity', String(v), 'pcs')),
  fc.constantFrom('S', 'M', 'XL', '42', 'One size').map((v) => named('size', v)),
  fc.constantFrom('striped', 'floral', 'pattern.checked', 'Gepunktet', 'paisley').map((v) => named('pattern', v)),
  fc.constantFrom('slim', 'oversized', 'regular fit').map((v) => named('fit', v)),
  fc.constantFrom('CN', 'DE', 'Japan', 'Vietnam').map((v) => named('origin', v)),
  fc.constantFrom('USB-C', 'Lightning', '3.5 mm').map((v) => named('connector', v)),
  fc.stringMatching(/^[A-Z]{1,3}-?\d{2,5}[A-Z]?$/).map((v) => named('model_number', v)),
  fc.constantFrom('iPhone 15', 'Galaxy S24 Ultra', 'Pixel 8').map((v) => named('compatibility', v)),
);

const brand = fc.stringMatching(/^[A-Z][A-Za-z0-9&'. -]{0,16}[A-Za-z0-9]$/).filter((b) => !/\s{2}/.test(b));

const description: fc.Arbitrary<ProductDescription> = fc.record({
  category: fc.option(fc.constantFrom(...codesOfKind('category')).map((c) => attr(c)), { nil: null }),
  colors: codes('color', 3),
  materials: codes('material', 3),
  styles: codes('style', 2),
  useScenes: codes('use_scene', 3),
  features: codes('feature', 5),
  attributes: fc.tuple(fc.option(brand, { nil: null }), fc.array(namedAttribute, { maxLength: 6 })).map(([b, rest]) => (b ? [named('brand', b), ...rest] : rest)),
  printedText: fc.array(fc.stringMatching(/^[A-Z0-9][A-Z0-9 !]{0,20}[A-Z0-9]$/), { maxLength: 2 }).map((lines) => lines.map((text) => ({ text, language: 'en', confidence: 0.9, box: [] }))),
  freeText: fc.constant(null),
});

const lower = (s: string, l: string) => s.toLocaleLowerCase(l);

describe('localization consistency (property-based)', () => {
  it('renders every attribute in every locale as its localized label, deterministically', () => {
    fc.assert(
      fc.property(description, fc.constantFrom('DE', 'US', 'BR', 'CN', 'JP', 'XX'), (d, market) => {
        const ctx = context({ market });
        const present = [d.category?.code, ...d.colors, ...d.materials, ...d.styles, ...d.useScenes, ...d.features].filter(Boolean).map((c) => (typeof c === 'string' ? c : c!.code));
        for (const locale of supportedLocales) {
          const r = renderLocale(d, ctx, locale);
          const text = lower([r.title, ...r.bullets, r.longDescription].join('\n'), locale);
          // Every code of the description has a label, and every label appears in the rendered text.
          for (const code of present) expect(r.attributeLabels[code], `${locale}: ${code}`).toBeTruthy();
          for (const a of d.attributes) expect(r.attributeLabels[`attr.${a.name}`], `${locale}: attr.${a.name}`).toBeTruthy();
          for (const [code, label] of Object.entries(r.attributeLabels)) {
            expect(text.includes(lower(label, locale)), `${locale}: ${code} → "${label}" missing from\n${text}`).toBe(true);
          }
          // Protected terms verbatim; structure within bounds.
          for (const a of d.attributes.filter((x) => ['brand', 'model_number', 'compatibility'].includes(x.name))) expect(r.longDescription).toContain(a.value);
          for (const p of d.printedText) expect(r.longDescription).toContain(p.text);
          expect(r.bullets.length).toBeLessThanOrEqual(5);
          const limit = titleLimitFor(market);
          expect(measureTitle(r.title, limit, locale)).toBeLessThanOrEqual(limit.max);
          // Same source, same text.
          expect(renderLocale(structuredClone(d), ctx, locale)).toEqual(r);
        }
      }),
      { numRuns: 120, seed: 20250601 },
    );
  });

  it('gives the same labels in attributeLabels whatever else the description holds', () => {
    fc.assert(
      fc.property(description, description, (a, b) => {
        for (const locale of supportedLocales) {
          const ra = renderLocale(a, context(), locale).attributeLabels;
          const rb = renderLocale(b, context(), locale).attributeLabels;
          for (const code of Object.keys(ra)) if (code in rb) expect(rb[code]).toBe(ra[code]);
        }
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
