import { describe, expect, it } from 'vitest';
import { formatDimensions, formatMeasure, formatPrice, formatQuantity, parseNumber, renderAttribute } from './index';
import { named } from './testing/samples';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers and units', () => {
  it('formats units with each locale’s separators and abbreviations', () => {
    expect(plain(formatMeasure('de', 1500.5, 'ml'))).toBe('1.500,5 ml');
    expect(plain(formatMeasure('fr', 1500.5, 'ml'))).toBe('1 500,5 ml');
    expect(formatMeasure('en', 1500.5, 'ml')).toBe('1,500.5 mL');
    expect(formatMeasure('zh-CN', 350, 'ml')).toBe('350毫升');
    expect(formatMeasure('ko', 350, 'ML')).toBe('350mL');
    expect(formatMeasure('de', 30, 'h')).toBe('30 Stunden');
    expect(formatMeasure('ja', 30, 'h')).toBe('30 時間');
  });

  it('writes units Intl does not know as symbols, spaced like the locale spaces its units', () => {
    expect(plain(formatMeasure('de', 10000, 'mAh'))).toBe('10.000 mAh');
    expect(formatMeasure('ko', 10000, 'mah')).toBe('10,000mAh');
    expect(formatMeasure('en', 65, 'w')).toBe('65 W');
  });

  it('turns piece counts into the locale’s word, by plural rule', () => {
    expect(formatMeasure('en', 1, 'pcs')).toBe('1 piece');
    expect(formatMeasure('en', 500, 'pcs')).toBe('500 pieces');
    expect(formatMeasure('fr', 1, 'pcs')).toBe('1 pièce');
    expect(formatMeasure('ja', 500, 'pieces')).toBe('500個');
  });

  it('reads the numbers suppliers write', () => {
    expect(parseNumber('350')).toBe(350);
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('5,000')).toBe(5000);
    expect(parseNumber('10.000')).toBe(10000);
    expect(parseNumber('XL')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('formats values that carry their unit, ranges and dimensions', () => {
    expect(formatQuantity('en', '350ml', null)).toBe('350 mL');
    expect(formatQuantity('de', '2,5', 'kg')).toBe('2,5 kg');
    expect(formatQuantity('en', '20x15x10', 'cm')).toBe('20 × 15 × 10 cm');
    expect(formatQuantity('en', '20 x 15 x 10 cm', null)).toBe('20 × 15 × 10 cm');
    expect(formatDimensions('ko', [20, 15], 'cm')).toBe('20 × 15cm');
    expect(formatQuantity('en', 'XL', null)).toBeNull();
  });

  it('formats prices from minor units with the currency’s own decimals', () => {
    expect(plain(formatPrice('de', 1290, 'EUR'))).toBe('12,90 €');
    expect(formatPrice('en', 1290, 'EUR')).toBe('€12.90');
    expect(formatPrice('ja', 1990, 'JPY')).toBe('￥1,990');
    expect(formatPrice('en', 1990, 'USD')).toBe('$19.90');
  });
});

describe('named attributes', () => {
  it('formats ages with the words each locale uses for age', () => {
    expect(renderAttribute(named('age_range', '3-8', 'years'), 'en').text).toBe('3–8 years');
    expect(renderAttribute(named('age_range', '3-8', null), 'ja').text).toBe('3～8歳');
    expect(renderAttribute(named('age_range', '3+', null), 'de').text).toBe('ab 3 Jahren');
    expect(renderAttribute(named('age_range', '3+', null), 'zh-CN').text).toBe('3岁以上');
    expect(renderAttribute(named('age', '6-12', 'months'), 'ko').text).toBe('6~12개월');
  });

  it('names countries of origin in the locale', () => {
    expect(renderAttribute(named('origin', 'CN'), 'de').text).toBe('China');
    expect(renderAttribute(named('origin', 'Japan'), 'fr').text).toBe('Japon');
    expect(renderAttribute(named('origin', 'Japan'), 'zh-CN').text).toBe('日本');
    expect(renderAttribute(named('origin', 'Atlantis'), 'fr').text).toBe('Atlantis');
  });

  it('maps vocabulary values to labels and keeps unknown values verbatim', () => {
    expect(renderAttribute(named('pattern', 'striped'), 'fr')).toMatchObject({ valueCode: 'pattern.striped', text: 'rayé', code: 'attr.pattern' });
    expect(renderAttribute(named('target_user', 'Damen'), 'en')).toMatchObject({ valueCode: 'target.women', text: 'women' });
    expect(renderAttribute(named('pattern', 'paisley'), 'fr')).toMatchObject({ valueCode: null, text: 'paisley' });
    expect(renderAttribute(named('size', 'XL'), 'de')).toMatchObject({ text: 'XL', label: 'Größe' });
  });

  it('never reformats protected values', () => {
    expect(renderAttribute(named('brand', ' 3M '), 'de')).toMatchObject({ text: '3M', protected: true });
    expect(renderAttribute(named('model', '1000'), 'de')).toMatchObject({ name: 'model_number', text: '1000', protected: true });
  });
});
