import { describe, expect, it } from 'vitest';
import type { ProductDescription, RuleHit, UploadContext } from '@vitrine/contracts';
import { emptyDescription, localizedContent as content } from '@vitrine/contracts/testing';
import { moderateContent } from './moderate';
import { authorisedBrandsFor, parseModerationPolicy, PolicyError, type ModerationPolicyInput } from './policy';
import { decideVerdict } from './verdict';

const basePolicy: ModerationPolicyInput = {
  policyVersion: 'policy-2026-12-01',
  regulatedCategories: ['health.supplements', 'baby'],
  priceReview: { thresholdsMinor: { DE: { EUR: 50_000 }, JP: { JPY: 80_000 }, '*': { USD: 100_000 } } },
  trademark: { authorisations: { 'sup-nike': ['nike'] } },
};
const policy = parseModerationPolicy(basePolicy);

const description = (over: Partial<ProductDescription> = {}): ProductDescription =>
  emptyDescription({ category: { code: 'home.kitchen.mugs', confidence: 0.92, source: 'vlm' }, colors: [{ code: 'color.white', confidence: 0.8, source: 'color' }], ...over });
const context = (over: Partial<UploadContext> = {}): UploadContext => ({
  supplierId: 'sup-1',
  market: 'DE',
  categoryHint: null,
  targetLocales: ['en', 'de'],
  priceMinor: 1999,
  currency: 'EUR',
  ...over,
});
const hit = (severity: 'hard' | 'soft', family = 'absolute_claim'): RuleHit => ({
  ruleId: `t.${family}.x`,
  family,
  severity,
  locale: 'en',
  field: 'title',
  start: 0,
  end: 4,
  matched: 'best',
});
const codes = (v: { reasons: { code: string }[] }) => v.reasons.map((r) => r.code);

describe('routing (decideVerdict)', () => {
  it('approves clean content, and stamps the policy version on every verdict', () => {
    const v = decideVerdict({ hits: [], description: description(), context: context() }, policy);
    expect(v).toEqual({ status: 'approved', reasons: [], hits: [], policyVersion: 'policy-2026-12-01' });
  });

  it('rejects on a hard hit, and still lists the other reasons', () => {
    const v = decideVerdict({ hits: [hit('hard', 'counterfeit'), hit('soft')], description: description(), context: context({ priceMinor: 90_000 }) }, policy);
    expect(v.status).toBe('rejected');
    expect(codes(v)).toEqual(['hard_violation', 'soft_violation', 'price_above_threshold']);
    expect(v.hits).toHaveLength(2);
    expect(v.policyVersion).toBe('policy-2026-12-01');
  });

  it('sends a soft hit to review', () => {
    const v = decideVerdict({ hits: [hit('soft')], description: description(), context: context() }, policy);
    expect(v.status).toBe('needs_review');
    expect(codes(v)).toEqual(['soft_violation']);
    expect(v.reasons[0]!.message).toContain('"best"');
  });

  it('sends prices above the per-market threshold to review, using the market and currency', () => {
    const at = decideVerdict({ hits: [], description: description(), context: context({ priceMinor: 50_000 }) }, policy);
    expect(at.status).toBe('approved');
    const above = decideVerdict({ hits: [], description: description(), context: context({ priceMinor: 50_001 }) }, policy);
    expect(above.status).toBe('needs_review');
    expect(codes(above)).toEqual(['price_above_threshold']);
    // Same amount, a market with a higher threshold in its own currency.
    const jp = decideVerdict({ hits: [], description: description(), context: context({ market: 'JP', currency: 'JPY', priceMinor: 50_001 }) }, policy);
    expect(jp.status).toBe('approved');
    // No market entry: the "*" entry applies.
    const us = decideVerdict({ hits: [], description: description(), context: context({ market: 'US', currency: 'USD', priceMinor: 100_001 }) }, policy);
    expect(codes(us)).toEqual(['price_above_threshold']);
  });

  it('reviews a currency without a threshold unless the policy says to ignore it; no price is no reason', () => {
    const gbp = context({ currency: 'GBP', priceMinor: 10 });
    expect(codes(decideVerdict({ hits: [], description: description(), context: gbp }, policy))).toEqual(['price_currency_unknown']);
    const lenient = parseModerationPolicy({ ...basePolicy, priceReview: { ...basePolicy.priceReview, unknownCurrency: 'ignore' } });
    expect(decideVerdict({ hits: [], description: description(), context: gbp }, lenient).status).toBe('approved');
    expect(decideVerdict({ hits: [], description: description(), context: context({ priceMinor: null, currency: null }) }, policy).status).toBe('approved');
  });

  it('sends regulated categories (and their sub-categories, and the supplier hint) to review', () => {
    const sup = description({ category: { code: 'health.supplements.vitamins', confidence: 0.95, source: 'vlm' } });
    const v = decideVerdict({ hits: [], description: sup, context: context() }, policy);
    expect(v.status).toBe('needs_review');
    expect(codes(v)).toEqual(['regulated_category']);
    expect(v.reasons[0]!.message).toContain('health.supplements.vitamins');
    const hinted = decideVerdict({ hits: [], description: description(), context: context({ categoryHint: 'baby' }) }, policy);
    expect(codes(hinted)).toEqual(['regulated_category']);
    // A prefix that is not a parent code does not count.
    const near = description({ category: { code: 'babysitting', confidence: 0.95, source: 'vlm' } });
    expect(decideVerdict({ hits: [], description: near, context: context() }, policy).status).toBe('approved');
  });

  it('accepts a predicate for regulated categories (e.g. the taxonomy lib)', () => {
    const p = parseModerationPolicy({ ...basePolicy, regulatedCategories: (code: string) => code.startsWith('food') });
    expect(decideVerdict({ hits: [], description: description({ category: { code: 'food.snacks', confidence: 1, source: 'vlm' } }), context: context() }, p).status).toBe('needs_review');
  });

  it('sends low category or attribute confidence to review, but trusts operator values', () => {
    const lowCat = description({ category: { code: 'home.kitchen.mugs', confidence: 0.4, source: 'vlm' } });
    const v = decideVerdict({ hits: [], description: lowCat, context: context() }, policy);
    expect(codes(v)).toEqual(['low_confidence']);
    expect(v.reasons[0]!.message).toContain('0.40 < 0.6');
    const lowAttr = description({ attributes: [{ name: 'capacity', value: '350', unit: 'ml', confidence: 0.3, source: 'ocr' }] });
    expect(codes(decideVerdict({ hits: [], description: lowAttr, context: context() }, policy))).toEqual(['low_confidence']);
    const operator = description({ category: { code: 'home.kitchen.mugs', confidence: 0.1, source: 'operator' } });
    expect(decideVerdict({ hits: [], description: operator, context: context() }, policy).status).toBe('approved');
    expect(codes(decideVerdict({ hits: [], description: description({ category: null }), context: context() }, policy))).toEqual(['low_confidence']);
  });

  it('sends a description with a missing target locale to review', () => {
    const v = decideVerdict({ hits: [], description: description(), context: context(), locales: [content('en', 'Mug')] }, policy);
    expect(codes(v)).toEqual(['missing_locale']);
    expect(v.reasons[0]!.message).toContain('de');
  });
});

describe('parseModerationPolicy', () => {
  it('fills defaults and freezes the result', () => {
    expect(policy.confidence).toEqual({ minCategory: 0.6, minAttribute: 0.5, requireCategory: true });
    expect(policy.classifier).toEqual({ hardScore: 0.9, softScore: 0.6 });
    expect(policy.alsoApplyPacks).toEqual(['en']);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.priceReview.thresholdsMinor.DE)).toBe(true);
    expect([...authorisedBrandsFor(policy, 'sup-nike')]).toEqual(['nike']);
    expect(authorisedBrandsFor(policy, 'toString').size).toBe(0);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 'yes', /\(root\) must be an object/],
    ['no version', { ...basePolicy, policyVersion: ' ' }, /policyVersion must be a non-empty string/],
    ['no regulated categories', { ...basePolicy, regulatedCategories: undefined }, /regulatedCategories must be a list/],
    ['an empty category code', { ...basePolicy, regulatedCategories: ['baby', ''] }, /regulatedCategories\[1\] must be a non-empty string/],
    ['no price review', { ...basePolicy, priceReview: undefined }, /priceReview must be an object/],
    ['a lower-case market', { ...basePolicy, priceReview: { thresholdsMinor: { de: { EUR: 1 } } } }, /priceReview\.thresholdsMinor\.de market must be/],
    ['a bad currency', { ...basePolicy, priceReview: { thresholdsMinor: { DE: { euro: 1 } } } }, /thresholdsMinor\.DE\.euro currency must be an ISO 4217 code/],
    ['a fractional amount', { ...basePolicy, priceReview: { thresholdsMinor: { DE: { EUR: 10.5 } } } }, /thresholdsMinor\.DE\.EUR must be a non-negative integer/],
    ['a bad unknownCurrency', { ...basePolicy, priceReview: { thresholdsMinor: {}, unknownCurrency: 'maybe' } }, /priceReview\.unknownCurrency/],
    ['a confidence above 1', { ...basePolicy, confidence: { minCategory: 1.5 } }, /confidence\.minCategory must be a number in \[0, 1\]/],
    ['an authorisation for an unknown brand', { ...basePolicy, trademark: { authorisations: { s1: ['nikee'] } } }, /trademark\.authorisations\.s1\[0\] unknown brand id "nikee"/],
    ['a malformed brand', { ...basePolicy, trademark: { brands: [{ id: 'x' }] } }, /trademark\.brands\[0\] must be/],
    ['soft score above hard score', { ...basePolicy, classifier: { hardScore: 0.5, softScore: 0.7 } }, /classifier\.softScore must not exceed/],
  ])('refuses %s with a PolicyError naming the field', (_what, input, message) => {
    let err: unknown;
    try {
      parseModerationPolicy(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyError);
    expect((err as Error).message).toMatch(message);
    expect((err as PolicyError).field).toBeTruthy();
  });
});

describe('moderateContent', () => {
  const desc = description();
  it('checks every locale and every field, and routes the result', () => {
    const locales = [
      content('en', 'Ceramic mug', { bullets: ['Holds 350 ml', 'Best seller in our shop'] }),
      content('de', 'Keramikbecher', { longDescription: 'Ein schöner Becher.', seoKeywords: ['becher', 'rolex becher'] }),
    ];
    const v = moderateContent({ locales, description: desc, context: context() }, policy);
    expect(v.status).toBe('rejected');
    const where = v.hits.map((h) => [h.locale, h.field, h.severity, h.matched]);
    expect(where).toEqual([
      ['en', 'bullets[1]', 'soft', 'Best seller'],
      ['de', 'seoKeywords[1]', 'hard', 'rolex'],
    ]);
    expect(v.policyVersion).toBe('policy-2026-12-01');
  });

  it('checks the free text and printed text of the source description', () => {
    const d = description({
      printedText: [{ text: '100%有效 高仿', language: 'zh', confidence: 0.9, box: [] }],
      freeText: { locale: 'en', title: 'Mug', sellingPoints: ['cures insomnia'], description: '' },
    });
    const v = moderateContent({ locales: [content('en', 'Mug'), content('de', 'Becher')], description: d, context: context() }, policy);
    expect(new Set(v.hits.map((h) => h.field))).toEqual(new Set(['description.printedText[0]', 'description.freeText.sellingPoints[0]']));
    expect(v.status).toBe('rejected');
  });

  it('lets an authorised supplier use its brand, and merges classifier hits', () => {
    const locales = [content('en', 'Nike running shoe'), content('de', 'Nike Laufschuh')];
    expect(moderateContent({ locales, description: desc, context: context() }, policy).status).toBe('rejected');
    expect(moderateContent({ locales, description: desc, context: context({ supplierId: 'sup-nike' }) }, policy).status).toBe('approved');
    const extra = moderateContent({ locales, description: desc, context: context({ supplierId: 'sup-nike' }), extraHits: [hit('soft', 'model.toxicity')] }, policy);
    expect(extra.status).toBe('needs_review');
  });
});
