import { describe, expect, it } from 'vitest';
import type { RuleHit } from '@vitrine/contracts';
import { AhoCorasick } from './aho-corasick';
import { createRuleEngine, languageOf } from './engine';
import { DEFAULT_BRANDS } from './packs/brands';
import { DEFAULT_PACKS } from './packs/index';
import { FAMILIES, type RulePack } from './types';

const engine = createRuleEngine();
const check = (text: string, locale = 'en', authorisedBrands?: ReadonlySet<string>): RuleHit[] =>
  engine.check(text, { locale, field: 'title', authorisedBrands });
/** [ruleId, severity, matched] of every hit: compact to compare. */
const brief = (hits: readonly RuleHit[]) => hits.map((h) => [h.ruleId, h.severity, h.matched]);

/** Every hit must point at exactly the text it reports, in the original string. */
function expectSpansMapBack(text: string, hits: readonly RuleHit[]): void {
  for (const h of hits) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(h.start, h.end)).toBe(h.matched);
  }
}

describe('rule hits', () => {
  it('carry rule id, family, severity, locale, field and a span into the original text', () => {
    const text = 'Ｔｈｅ world’s best Ⲛіkе running shoes — r3pl1ca!';
    const hits = engine.check(text, { locale: 'en-GB', field: 'bullets[2]' });
    expect(hits.length).toBeGreaterThanOrEqual(3);
    for (const h of hits) {
      expect(h.ruleId).toMatch(/^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/i);
      expect(FAMILIES as readonly string[]).toContain(h.family);
      expect(['hard', 'soft']).toContain(h.severity);
      expect(h.locale).toBe('en-GB');
      expect(h.field).toBe('bullets[2]');
    }
    expectSpansMapBack(text, hits);
    expect(hits.map((h) => h.family).sort()).toEqual(['absolute_claim', 'counterfeit', 'trademark']);
    expect(hits.find((h) => h.family === 'trademark')!.matched).toBe('Ⲛіkе');
  });

  it('are sorted by position and never repeat a rule on overlapping text', () => {
    const hits = check('el mejor precio del mercado', 'es');
    expect(hits.map((h) => h.start)).toEqual([...hits.map((h) => h.start)].sort((a, b) => a - b));
    const byRule = new Map<string, RuleHit[]>();
    for (const h of hits) byRule.set(h.ruleId, [...(byRule.get(h.ruleId) ?? []), h]);
    for (const list of byRule.values()) for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
  });

  it('return nothing for empty or clean text', () => {
    expect(check('')).toEqual([]);
    expect(check('Ceramic mug, 350 ml, dishwasher safe')).toEqual([]);
    expect(check('陶瓷马克杯，350毫升，可用洗碗机清洗', 'zh-CN')).toEqual([]);
  });
});

describe('evasions', () => {
  it.each([
    ['spaced letters', 'N I K E running shoes', 'N I K E'],
    ['inserted punctuation', 'n.i.k.e sneakers', 'n.i.k.e'],
    ['hyphen glue', 'Ro-lex watch', 'Ro-lex'],
    ['full-width', 'ＲＯＬＥＸ watch', 'ＲＯＬＥＸ'],
    ['look-alike letters (Coptic, Cyrillic)', 'Ⲛіkе Air', 'Ⲛіkе'],
    ['Cyrillic о in Rolex', 'Rоlex Submariner', 'Rоlex'],
    ['leet digits', 'R0lex Datejust', 'R0lex'],
    ['zero-width space', 'Gu\u200bcci belt', 'Gu\u200bcci'],
    ['diacritics added', 'Gúccí belt', 'Gúccí'],
    ['diacritics as combining marks', 'Chane\u0301l bag', 'Chane\u0301l'],
  ])('%s: a brand name is still found', (_what, text, matched) => {
    const hits = check(text).filter((h) => h.family === 'trademark');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.matched).toBe(matched);
    expect(hits[0]!.severity).toBe('hard');
    expectSpansMapBack(text, hits);
  });

  it('finds claims behind the same tricks', () => {
    expect(brief(check('r3pl1ca watch'))).toEqual([['en.counterfeit.replica', 'hard', 'r3pl1ca']]);
    expect(brief(check('ｃｕｒｅｓ ｃａｎｃｅｒ'))).toEqual([['en.medical_claim.cure', 'hard', 'ｃｕｒｅｓ ｃａｎｃｅｒ']]);
    expect(brief(check('b e s t quality'))[0]).toEqual(['en.absolute_claim.superlative', 'soft', 'b e s t quality']);
    expect(brief(check('Faelschung einer Designertasche', 'de'))).toEqual([['de.counterfeit.copy', 'hard', 'Faelschung']]);
    expect(brief(check('Fälschung', 'de'))).toEqual([['de.counterfeit.copy', 'hard', 'Fälschung']]);
  });

  it('does not glue ordinary words together or read plain words as leet', () => {
    // "is no" + "1" would be "no1" if every separator could vanish; "nice" is not "nike".
    expect(check('This is no 1980s reissue')).toEqual([]);
    expect(check('Nice kettle, nine cups')).toEqual([]);
    // "Best.-Nr." is a German order number, "best before" a date.
    expect(check('Best.-Nr. 1234', 'de')).toEqual([]);
    expect(check('Best before: see lid')).toEqual([]);
    // Materials and sizes are facts: "100% cotton", "brush No.1".
    expect(check('100% cotton, brush size No.1')).toEqual([]);
  });

  it('keeps generic words that look like brands out (apple green, Hermes parcel service)', () => {
    expect(check('Glossy apple green glaze')).toEqual([]);
    expect(check('Versand per Hermes Paket', 'de')).toEqual([]);
  });

  it('softens nominative use of a brand ("case for iPhone") to review instead of rejecting', () => {
    expect(brief(check('Protective case for iPhone 15'))).toEqual([['brand.trademark.apple', 'soft', 'iPhone']]);
    expect(brief(check('iPhone 15 case'))).toEqual([['brand.trademark.apple', 'hard', 'iPhone']]);
  });
});

describe('CJK text', () => {
  it('finds claims written without spaces and with inserted spaces', () => {
    expect(brief(check('高仿名牌包包', 'zh-CN'))).toEqual([['zh.counterfeit.copy', 'hard', '高仿']]);
    expect(brief(check('最 好 的 产 品', 'zh-CN'))).toEqual([['zh.absolute_claim.superlative', 'hard', '最 好']]);
    expect(brief(check('世界一の品質', 'ja'))).toEqual([['ja.absolute_claim.rank', 'hard', '世界一']]);
  });

  it('uses Intl.Segmenter word boundaries: a pattern straddling two words is not a hit', () => {
    // 提高|仿真度 ("improve realism"): 高仿 spans the end of one word and the start of the next.
    expect(check('提高仿真度', 'zh-CN')).toEqual([]);
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('提高仿真度')].map((s) => s.segment);
    expect(words[0]).toBe('提高');
  });

  it('reads context: "preferably" and ordinals are not superlatives', () => {
    expect(check('最好在阴凉处保存', 'zh-CN')).toEqual([]);
    expect(check('第一次使用前请清洗', 'zh-CN')).toEqual([]);
    expect(check('世界一周旅行ガイド', 'ja')).toEqual([]);
    expect(check('最高気温と最低気温を表示', 'ja')).toEqual([]);
  });

  it('checks Han text inside another locale with the Chinese pack (mixed-script copy)', () => {
    const hits = check('Designer bag 高仿 AAA', 'en');
    expect(hits.map((h) => h.ruleId)).toContain('zh.counterfeit.copy');
  });

  it('maps spans back through full-width and half-width forms', () => {
    const text = 'ｽｰﾊﾟｰｺﾋﾟｰ 腕時計';
    const hits = check(text, 'ja');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.family === 'counterfeit' && h.severity === 'hard')).toBe(true);
    expectSpansMapBack(text, hits);
  });
});

describe('locales and packs', () => {
  it('selects packs by primary language and always adds the English and cross-locale packs', () => {
    expect(languageOf('zh-CN')).toBe('zh');
    expect(languageOf('de_DE')).toBe('de');
    expect(check('Die Nummer 1 in Österreich', 'de-AT').map((h) => h.ruleId)).toContain('de.absolute_claim.rank');
    expect(check('Die Nummer 1 in Österreich', 'fr').map((h) => h.ruleId)).not.toContain('de.absolute_claim.rank');
    // English loanwords in German copy.
    expect(check('Eco-friendly Bestseller', 'de').map((h) => h.family).sort()).toEqual(['absolute_claim', 'environmental_claim']);
    // Cross-locale rank claim in Japanese text.
    expect(check('No.1 人気', 'ja').map((h) => h.ruleId)).toContain('cross.absolute_claim.rank');
  });

  it('ships packs for en, de, fr, es, ja and zh-CN covering every family', () => {
    const locales = new Set(DEFAULT_PACKS.flatMap((p) => (p.locales === '*' ? [] : p.locales)));
    expect([...locales].sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'zh-CN']);
    const families = new Set([...engine.rules.map((r) => r.family)]);
    expect([...families].sort()).toEqual([...FAMILIES].sort());
    for (const p of DEFAULT_PACKS.filter((x) => x.locales !== '*')) {
      const fams = new Set(p.rules.map((r) => r.family));
      for (const f of ['absolute_claim', 'medical_claim', 'counterfeit']) expect(fams.has(f as never), `${p.id} has ${f}`).toBe(true);
    }
  });

  it('skips the trademark rules of brands the supplier is authorised for, and only those', () => {
    const text = 'Nike Air Max with Adidas laces';
    expect(brief(check(text))).toEqual([
      ['brand.trademark.nike', 'hard', 'Nike'],
      ['brand.trademark.nike', 'hard', 'Air Max'],
      ['brand.trademark.adidas', 'hard', 'Adidas'],
    ]);
    const authorised = check(text, 'en', new Set(['nike']));
    expect(authorised.map((h) => h.ruleId)).toEqual(['brand.trademark.adidas']);
  });

  it('uses a configured brand list instead of the default one', () => {
    const e = createRuleEngine({ brands: [{ id: 'acme', names: ['Acme Rockets', 'アクメ'] }] });
    expect(brief(e.check('ACME ROCKETS for kids', { locale: 'en', field: 't' }))).toEqual([['brand.trademark.acme', 'hard', 'ACME ROCKETS']]);
    expect(e.check('Nike shoes', { locale: 'en', field: 't' })).toEqual([]);
    expect(DEFAULT_BRANDS.length).toBeGreaterThan(20);
  });
});

describe('rule compilation errors', () => {
  const pack = (rules: RulePack['rules']): RulePack[] => [{ id: 'x', locales: ['en'], rules }];
  it('names the rule and the field it refuses', () => {
    expect(() => createRuleEngine({ packs: pack([{ id: 'bad id', family: 'sensitive', severity: 'hard', locales: ['en'], patterns: ['x'] }]), brands: [] })).toThrow(
      /rule bad id: id must look like/,
    );
    expect(() => createRuleEngine({ packs: pack([{ id: 'x.sensitive.a', family: 'sensitive', severity: 'hard', locales: ['en'], patterns: [] }]), brands: [] })).toThrow(
      /rule x\.sensitive\.a: patterns is empty/,
    );
    expect(() =>
      createRuleEngine({ packs: pack([{ id: 'x.sensitive.a', family: 'sensitive', severity: 'medium' as never, locales: ['en'], patterns: ['x'] }]), brands: [] }),
    ).toThrow(/severity must be hard or soft/);
    expect(() =>
      createRuleEngine({ packs: pack([{ id: 'x.sensitive.a', family: 'sensitive', severity: 'hard', locales: ['en'], patterns: ['...'] }]), brands: [] }),
    ).toThrow(/patterns\[0\]: phrase "\.\.\." has no matchable characters/);
    const dup = { id: 'x.sensitive.a', family: 'sensitive', severity: 'hard', locales: ['en'], patterns: ['x'] } as const;
    expect(() => createRuleEngine({ packs: pack([dup, dup]), brands: [] })).toThrow(/duplicate id/);
  });
});

describe('Aho-Corasick', () => {
  it('finds every occurrence of every pattern, overlapping ones included', () => {
    const ac = new AhoCorasick();
    const ids = ['he', 'she', 'his', 'hers'].map((p) => ac.add(p));
    ac.build();
    const found: [string, number, number][] = [];
    const names = ['he', 'she', 'his', 'hers'];
    const triples: number[] = [];
    ac.matches('ushers', triples);
    for (let k = 0; k < triples.length; k += 3) found.push([names[ids.indexOf(triples[k]!)]!, triples[k + 1]!, triples[k + 2]!]);
    expect(found).toEqual([
      ['she', 1, 4],
      ['he', 2, 4],
      ['hers', 2, 6],
    ]);
  });

  it('refuses misuse', () => {
    const ac = new AhoCorasick();
    expect(() => ac.add('')).toThrow(/empty pattern/);
    expect(() => ac.matches('x', [])).toThrow(/before build/);
    ac.add('a');
    ac.build();
    expect(() => ac.add('b')).toThrow(/after build/);
  });
});
