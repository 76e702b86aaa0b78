import { describe, expect, it } from 'vitest';
import { canonicalLocale, categoryNoun, colorAdjective, featureApposition, materialAttributive, matchLocale, normalizeCode, UnknownCodeError } from './index';

const adj = (color: string, locale: Parameters<typeof categoryNoun>[1], cat: string) => {
  const n = categoryNoun(cat, locale);
  return colorAdjective(color, locale, n.gender, n.number);
};

describe('agreement', () => {
  it('inflects German colours with the strong ending of the noun’s gender and number', () => {
    expect(adj('color.red', 'de', 'home.mug')).toBe('rote');
    expect(adj('color.black', 'de', 'bags.backpack')).toBe('schwarzer');
    expect(adj('color.white', 'de', 'apparel.tshirt')).toBe('weißes');
    expect(adj('color.black', 'de', 'audio.headphones')).toBe('schwarze');
    expect(adj('color.pink', 'de', 'home.mug')).toBe('rosafarbene');
  });

  it('agrees in gender and number in French, Spanish, Italian and Portuguese', () => {
    expect(adj('color.black', 'fr', 'home.mug')).toBe('noire');
    expect(adj('color.black', 'fr', 'bags.backpack')).toBe('noir');
    expect(adj('color.white', 'fr', 'footwear.sneakers')).toBe('blanches');
    expect(adj('color.red', 'es', 'home.mug')).toBe('roja');
    expect(adj('color.black', 'es', 'audio.headphones')).toBe('negros');
    expect(adj('color.black', 'it', 'audio.headphones')).toBe('nere');
    expect(adj('color.red', 'pt-BR', 'home.mug')).toBe('vermelha');
    expect(adj('color.orange', 'es', 'home.mug')).toBe('naranja');
    expect(adj('color.navy', 'fr', 'home.mug')).toBe('bleu marine');
  });

  it('uses the uninflected Dutch adjective before a singular het-word only', () => {
    expect(adj('color.red', 'nl', 'apparel.tshirt')).toBe('rood');
    expect(adj('color.red', 'nl', 'home.mug')).toBe('rode');
    expect(adj('color.red', 'nl', 'apparel.socks')).toBe('rode');
    expect(adj('color.silver', 'nl', 'phone.case')).toBe('zilverkleurig');
  });

  it('uses attributive forms in Japanese and Chinese', () => {
    expect(adj('color.red', 'ja', 'home.mug')).toBe('赤い');
    expect(adj('color.grey', 'ja', 'home.mug')).toBe('グレーの');
    expect(materialAttributive('material.ceramic', 'ja')).toBe('セラミック製');
    expect(materialAttributive('material.aluminium', 'zh-CN')).toBe('铝制');
    expect(materialAttributive('material.ceramic', 'en')).toBe('ceramic');
  });

  it('agrees Romance feature appositions with the noun', () => {
    const appos = (f: string, l: Parameters<typeof categoryNoun>[1], cat: string) => {
      const n = categoryNoun(cat, l);
      return featureApposition(f, l, n.gender, n.number);
    };
    expect(appos('feature.dishwasher_safe', 'es', 'home.mug')).toBe('apta para lavavajillas');
    expect(appos('feature.dishwasher_safe', 'es', 'kitchen.knife')).toBe('apto para lavavajillas');
    expect(appos('feature.wireless', 'es', 'audio.headphones')).toBe('inalámbricos');
    expect(appos('feature.lightweight', 'fr', 'footwear.sneakers')).toBe('légères');
    expect(appos('feature.noise_cancelling', 'de', 'audio.headphones')).toBe('mit Geräuschunterdrückung');
    expect(appos('feature.dishwasher_safe', 'de', 'home.mug')).toBe('spülmaschinenfest');
  });
});

describe('codes and locales', () => {
  it('normalizes bare names to prefixed codes of the right kind', () => {
    expect(normalizeCode('color', 'red')).toBe('color.red');
    expect(normalizeCode('color', 'color.red')).toBe('color.red');
    expect(normalizeCode('feature', 'Dishwasher-safe')).toBe('feature.dishwasher_safe');
    expect(normalizeCode('attribute', 'brand')).toBe('attr.brand');
    expect(normalizeCode('material', 'red')).toBeNull();
    expect(normalizeCode('category', 'mug')).toBeNull();
    expect(() => colorAdjective('color.octarine', 'en', null, 'sg')).toThrow(UnknownCodeError);
  });

  it('canonicalizes and matches locale tags', () => {
    expect(canonicalLocale('zh-cn')).toBe('zh-CN');
    expect(canonicalLocale('pt_br')).toBe('pt-BR');
    expect(canonicalLocale('en-US')).toBeNull();
    expect(matchLocale('en-US')).toBe('en');
    expect(matchLocale('zh-Hans')).toBe('zh-CN');
    expect(matchLocale('zh-TW')).toBeNull();
    expect(matchLocale('pt')).toBe('pt-BR');
    expect(matchLocale('ru')).toBeNull();
  });
});
