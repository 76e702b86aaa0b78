import { describe, expect, it } from 'vitest';
import type { OcrLineInput } from './ocr-line';
import { measuresInLine } from './text-measures';
import { extractTextAttributes, resolveCategoryHint } from './text-rules';

/** An OCR line with a box at row `y` and text height `h` (x spans 10..200). */
const line = (text: string, confidence = 0.95, y = 0, h = 20): OcrLineInput => ({ text, confidence, box: [10, y, 200, y, 200, y + h, 10, y + h] });

const pick = (r: ReturnType<typeof extractTextAttributes>, name: string) =>
  r.attributes.filter((a) => a.name === name).map((a) => (a.unit ? `${a.value} ${a.unit}` : a.value));

describe('measurements in one line', () => {
  it.each([
    ['500ml', 'capacity', '500', 'ml'],
    ['1,5 L', 'capacity', '1.5', 'l'],
    ['16.9 fl. oz', 'capacity', '16.9', 'fl oz'],
    ['容量350毫升装', 'capacity', '350', 'ml'],
    ['Net Wt. 500g', 'weight', '500', 'g'],
    ['2 lbs', 'weight', '2', 'lb'],
    ['净含量1.2千克', 'weight', '1.2', 'kg'],
    ['30 x 20 x 10 cm', 'dimensions', '30x20x10', 'cm'],
    ['15.6" laptop sleeve', 'size', '15.6', 'in'],
    ['Size: M', 'size', 'M', null],
    ['尺码 XL', 'size', 'XL', null],
    ['L码', 'size', 'L', null],
    ['5000mAh', 'battery_capacity', '5000', 'mAh'],
    ['40H playtime', 'battery_life', '40', 'h'],
    ['续航40小时', 'battery_life', '40', 'h'],
    ['65W fast charging', 'power', '65', 'W'],
    ['Ages 3+', 'age_range', '3+', 'years'],
    ['For ages 3-8 years', 'age_range', '3-8', 'years'],
    ['0-6 months', 'age_range', '0-6', 'months'],
    ['3岁以上', 'age_range', '3+', 'years'],
    ['适用年龄3-6岁', 'age_range', '3-6', 'years'],
  ] as const)('%s → %s %s %s', (text, name, value, unit) => {
    expect(measuresInLine(text)).toContainEqual(expect.objectContaining({ name, value, unit }));
  });

  it.each([
    ['5G network'], ['2.4G wireless'], ['5 in 1 tool'], ['sizes fit all'], ['3 Layers'], ['128GB'], ['Model L'], ['2.4 GHz'],
  ])('finds no measurement in %s', (text) => {
    expect(measuresInLine(text)).toEqual([]);
  });

  it('reads dimensions as dimensions only, not also as a length', () => {
    expect(measuresInLine('30x20x10cm')).toEqual([{ name: 'dimensions', value: '30x20x10', unit: 'cm', factor: 0.95 }]);
  });
});

describe('text rules over OCR output', () => {
  it('reads an English water bottle label', () => {
    const r = extractTextAttributes(
      [
        line('HYDROX', 0.98, 10, 60),
        line('Stainless Steel Water Bottle', 0.93, 80),
        line('750ml / 25 fl oz', 0.9, 110),
        line('BPA Free · Dishwasher Safe', 0.88, 140),
        line('Vacuum insulated', 0.91, 170),
        line('HYDROX', 0.7, 400, 15),
      ],
      { imageHeight: 500 },
    );
    expect(pick(r, 'brand')).toEqual(['HYDROX']);
    expect(r.attributes.find((a) => a.name === 'brand')).toMatchObject({ source: 'rule' });
    expect(pick(r, 'capacity').sort()).toEqual(['25 fl oz', '750 ml']);
    expect(r.materials.map((m) => m.code)).toEqual(['stainless_steel']);
    expect(r.features.map((f) => f.code).sort()).toEqual(['bpa_free', 'dishwasher_safe', 'insulated']);
    expect(r.materials[0]).toMatchObject({ source: 'rule' });
    expect(r.materials[0]!.confidence).toBeCloseTo(0.93 * 0.9, 3);
    expect(r.attributes.find((a) => a.name === 'capacity')).toMatchObject({ source: 'ocr' });
    expect(r.printedText.map((p) => p.language)).toEqual(['und-Latn', 'und-Latn', 'und-Latn', 'und-Latn', 'und-Latn', 'und-Latn']);
    expect(r.printedText[0]!.box).toHaveLength(8);
  });

  it('reads a Chinese headphone box', () => {
    const r = extractTextAttributes([
      line('主动降噪 无线蓝牙耳机', 0.96),
      line('续航40小时', 0.92),
      line('快充 10分钟 播放2小时', 0.9),
      line('IPX5 防泼水', 0.85),
    ]);
    expect(r.features.map((f) => f.code).sort()).toEqual(['bluetooth', 'fast_charging', 'noise_cancelling', 'water_resistant', 'wireless']);
    expect(pick(r, 'battery_life')).toEqual(['40 h', '2 h']);
    // "10 minutes of charging gives 2 hours" is printed, but it is a quick-charge claim: trusted far less.
    const life = r.attributes.filter((a) => a.name === 'battery_life');
    expect(life[0]!.confidence).toBeCloseTo(0.92 * 0.95, 3);
    expect(life[1]!.confidence).toBeCloseTo(0.9 * 0.4, 3);
    expect(pick(r, 'brand')).toEqual([]);
    expect(r.printedText.every((p) => p.language === 'zh')).toBe(true);
  });

  it('reads materials and an age range in Chinese and English, and a brand from the configured list', () => {
    const r = extractTextAttributes([line('乐高 LEGO Classic', 0.9), line('3岁以上', 0.93), line('100%纯棉 cotton', 0.8)], { brands: ['LEGO', 'Nike'] });
    expect(pick(r, 'brand')).toEqual(['LEGO']);
    expect(r.attributes.find((a) => a.name === 'brand')).toMatchObject({ source: 'ocr', confidence: 0.855 });
    expect(pick(r, 'age_range')).toEqual(['3+ years']);
    expect(r.materials).toEqual([{ code: 'cotton', confidence: 0.72, source: 'rule' }]);
  });

  it('does not take negated keywords, and combines repeated ones', () => {
    const r = extractTextAttributes([line('Not waterproof', 0.9), line('plastic-free packaging', 0.9), line('不防水', 0.9), line('Glass lid', 0.9), line('GLASS', 0.8)]);
    expect(r.features).toEqual([]);
    expect(r.materials.map((m) => m.code)).toEqual(['glass']);
    expect(r.materials[0]!.confidence).toBeCloseTo(1 - (1 - 0.81) * (1 - 0.72), 3);
  });

  it('joins a phrase broken over two lines, with less confidence', () => {
    const r = extractTextAttributes([line('Active Noise', 0.9), line('Cancelling', 0.9)]);
    expect(r.features).toEqual([{ code: 'noise_cancelling', confidence: 0.648, source: 'rule' }]);
  });

  it('invents nothing: no brand from a lone plain line, nothing from low-confidence lines, empty for empty input', () => {
    expect(extractTextAttributes([line('Premium Quality')]).attributes).toEqual([]);
    expect(extractTextAttributes([line('Glossy')]).attributes).toEqual([]);
    const low = extractTextAttributes([line('500ml waterproof', 0.3)]);
    expect(low.attributes).toEqual([]);
    expect(low.features).toEqual([]);
    expect(low.printedText).toHaveLength(1);
    expect(extractTextAttributes([])).toEqual({ attributes: [], materials: [], features: [], printedText: [] });
  });

  it('takes the tallest capitalised line as the brand when it is not a claim or a unit', () => {
    const r = extractTextAttributes([line('Soundwave', 0.9, 300, 50), line('Wireless Headphones', 0.9, 360, 20), line('40h playtime', 0.9, 390, 20)]);
    expect(r.attributes.find((a) => a.name === 'brand')).toEqual({ name: 'brand', value: 'Soundwave', unit: null, confidence: 0.63, source: 'rule' });
  });
});

describe('category hint', () => {
  const resolver = (hint: string) => (/mug/i.test(hint) ? { code: 'home.kitchen.mug', confidence: 0.9 } : null);
  it('resolves through the injected resolver with source hint, and stays null otherwise', () => {
    expect(resolveCategoryHint(' Coffee Mug ', resolver)).toEqual({ code: 'home.kitchen.mug', confidence: 0.9, source: 'hint' });
    expect(resolveCategoryHint('spaceship', resolver)).toBeNull();
    expect(resolveCategoryHint(null, resolver)).toBeNull();
    expect(resolveCategoryHint('  ', resolver)).toBeNull();
  });
});
