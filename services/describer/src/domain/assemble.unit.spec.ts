import { describe, expect, it } from 'vitest';
import type { ImagePreprocessed } from '@vitrine/contracts';
import { buildAttributeSchema, type VlmOutput } from '@vitrine/describe-prompts';
import { assembleDescription, explainAssembly, type MeasuredColors } from './assemble';
import { buildDescriptionGenerated } from './describe-event';
import type { OcrLineInput } from './ocr-line';
import { compileTextRules } from './text-rules';
import { validateDescription } from './validate';

const rules = compileTextRules({ brands: ['ACME'] });
const line = (text: string, confidence = 0.9, y = 0): OcrLineInput => ({ text, confidence, box: [0, y, 100, y, 100, y + 20, 0, y + 20] });
const ocr = [line('ACME', 0.95, 0), line('Ceramic mug 350ml', 0.9, 30), line('Dishwasher safe', 0.9, 60)];
const measuredRed: MeasuredColors = { colors: [{ code: 'red', confidence: 0.9, source: 'color' }], background: { code: 'white' }, backgroundOnly: false };
const hint = { code: 'home.kitchen', confidence: 0.8, source: 'hint' as const };

const vlm = (over: Partial<VlmOutput> = {}): VlmOutput => ({
  category: 'home.kitchen.mug',
  colors: ['red'],
  materials: ['ceramic'],
  styles: ['modern'],
  useScenes: ['office'],
  features: ['microwave_safe'],
  attributes: [],
  title: 'ACME red ceramic mug, 350 ml',
  sellingPoints: ['350 ml', ' '],
  description: 'A red ceramic mug.',
  ...over,
});

const schema = buildAttributeSchema({
  categories: ['home.kitchen', 'home.kitchen.mug', 'apparel'],
  colors: ['red', 'white', 'blue', 'navy', 'black'],
  materials: ['ceramic', 'cotton', 'stainless_steel', 'glass'],
  styles: ['modern'],
  useScenes: ['office'],
  features: ['dishwasher_safe', 'microwave_safe', 'waterproof'],
});

describe('assembleDescription offline', () => {
  it('describes from measurements alone, with sources and confidences, and no free text', () => {
    const d = assembleDescription({ ocrLines: ocr, colors: measuredRed, hintCategory: hint, rules });
    expect(d.category).toEqual(hint);
    expect(d.colors).toEqual(measuredRed.colors);
    expect(d.materials).toEqual([{ code: 'ceramic', confidence: 0.81, source: 'rule' }]);
    expect(d.features).toEqual([{ code: 'dishwasher_safe', confidence: 0.81, source: 'rule' }]);
    expect(d.attributes).toEqual([
      { name: 'brand', value: 'ACME', unit: null, confidence: 0.903, source: 'ocr' },
      { name: 'capacity', value: '350', unit: 'ml', confidence: 0.855, source: 'ocr' },
    ]);
    expect(d.styles).toEqual([]);
    expect(d.useScenes).toEqual([]);
    expect(d.printedText.map((p) => p.text)).toEqual(['ACME', 'Ceramic mug 350ml', 'Dishwasher safe']);
    expect(d.freeText).toBeNull();
    expect(validateDescription(d, schema)).toEqual({ ok: true, errors: [] });
  });

  it('stays empty when nothing was measured: nothing invented', () => {
    const d = assembleDescription({ ocrLines: [], colors: null, hintCategory: null, rules, vlm: null });
    expect(d).toEqual({ category: null, colors: [], materials: [], styles: [], useScenes: [], features: [], attributes: [], printedText: [], freeText: null });
  });
});

describe('merge policy with a model answer', () => {
  it('keeps the measured colour when the model disagrees, and boosts it when the model agrees', () => {
    const conflict = explainAssembly({ ocrLines: ocr, colors: measuredRed, hintCategory: hint, rules, vlm: vlm({ colors: ['blue'], description: 'A blue mug.' }) });
    expect(conflict.description.colors).toEqual([{ code: 'red', confidence: 0.9, source: 'color' }]);
    expect(conflict.decisions).toContainEqual({ field: 'colors', action: 'dropped_vlm_conflict', value: 'blue', measured: 'red' });
    expect(conflict.decisions).toContainEqual({ field: 'freeText', action: 'free_text_mentions_dropped', value: 'blue' });

    const agreed = assembleDescription({ ocrLines: ocr, colors: measuredRed, hintCategory: hint, rules, vlm: vlm({ colors: ['red'] }) });
    expect(agreed.colors).toEqual([{ code: 'red', confidence: 0.96, source: 'color' }]); // 1 - 0.1 * 0.4
  });

  it('keeps a model colour equal to the background (unmeasurable), and any model colour when nothing was measured', () => {
    const d = assembleDescription({ ocrLines: [], colors: measuredRed, hintCategory: null, rules, vlm: vlm({ colors: ['red', 'white'] }) });
    expect(d.colors).toEqual([
      { code: 'red', confidence: 0.96, source: 'color' },
      { code: 'white', confidence: 0.48, source: 'vlm' },
    ]);
    const none = assembleDescription({ ocrLines: [], colors: { colors: [] }, hintCategory: null, rules, vlm: vlm({ colors: ['navy'] }) });
    expect(none.colors).toEqual([{ code: 'navy', confidence: 0.6, source: 'vlm' }]);
    const bgOnly: MeasuredColors = { colors: [{ code: 'white', confidence: 0.4, source: 'color' }], background: { code: 'white' }, backgroundOnly: true };
    expect(assembleDescription({ ocrLines: [], colors: bgOnly, hintCategory: null, rules, vlm: vlm({ colors: ['navy'] }) }).colors).toEqual([
      { code: 'white', confidence: 0.4, source: 'color' },
      { code: 'navy', confidence: 0.6, source: 'vlm' },
    ]);
  });

  it('keeps printed values over the model, agrees on equal ones, and adds model-only names', () => {
    const { description: d, decisions } = explainAssembly({
      ocrLines: ocr,
      colors: measuredRed,
      hintCategory: hint,
      rules,
      vlm: vlm({
        attributes: [
          { name: 'capacity', value: '350 ML', unit: null },
          { name: 'brand', value: 'Acmee', unit: null },
          { name: 'weight', value: '300', unit: 'g' },
        ],
      }),
    });
    expect(d.attributes).toEqual([
      { name: 'brand', value: 'ACME', unit: null, confidence: 0.903, source: 'ocr' },
      { name: 'capacity', value: '350', unit: 'ml', confidence: 0.942, source: 'ocr' },
      { name: 'weight', value: '300', unit: 'g', confidence: 0.6, source: 'vlm' },
    ]);
    expect(decisions).toContainEqual({ field: 'attributes/brand', action: 'dropped_vlm_conflict', value: 'Acmee', measured: 'ACME' });
  });

  it('keeps the hint category, accepts a refinement or confirmation, drops a contradiction', () => {
    const refined = assembleDescription({ ocrLines: [], colors: null, hintCategory: hint, rules, vlm: vlm() });
    expect(refined.category).toEqual({ code: 'home.kitchen.mug', confidence: 0.6, source: 'vlm' });
    const same = assembleDescription({ ocrLines: [], colors: null, hintCategory: hint, rules, vlm: vlm({ category: 'home.kitchen' }) });
    expect(same.category).toEqual({ code: 'home.kitchen', confidence: 0.92, source: 'hint' });
    const other = explainAssembly({ ocrLines: [], colors: null, hintCategory: hint, rules, vlm: vlm({ category: 'apparel' }) });
    expect(other.description.category).toEqual(hint);
    expect(other.decisions).toContainEqual({ field: 'category', action: 'dropped_vlm_conflict', value: 'apparel', measured: 'home.kitchen' });
    expect(assembleDescription({ ocrLines: [], colors: null, hintCategory: null, rules, vlm: vlm({ category: 'apparel' }) }).category).toEqual({ code: 'apparel', confidence: 0.6, source: 'vlm' });
  });

  it('unions materials and features, keeps model-only styles, scenes and free text as vlm, and validates', () => {
    const d = assembleDescription({ ocrLines: ocr, colors: measuredRed, hintCategory: hint, rules, vlm: vlm(), policy: { freeTextLocale: 'de', vlmConfidence: 0.5 } });
    expect(d.materials).toEqual([{ code: 'ceramic', confidence: 0.905, source: 'rule' }]);
    expect(d.features).toEqual([
      { code: 'dishwasher_safe', confidence: 0.81, source: 'rule' },
      { code: 'microwave_safe', confidence: 0.5, source: 'vlm' },
    ]);
    expect(d.styles).toEqual([{ code: 'modern', confidence: 0.5, source: 'vlm' }]);
    expect(d.useScenes).toEqual([{ code: 'office', confidence: 0.5, source: 'vlm' }]);
    expect(d.freeText).toEqual({ locale: 'de', title: 'ACME red ceramic mug, 350 ml', sellingPoints: ['350 ml'], description: 'A red ceramic mug.' });
    expect(validateDescription(d, schema)).toEqual({ ok: true, errors: [] });
  });
});

describe('validateDescription', () => {
  it('reports codes outside the vocabularies, bad confidences, duplicates, unknown names and malformed boxes', () => {
    const d = assembleDescription({ ocrLines: ocr, colors: measuredRed, hintCategory: hint, rules });
    const bad = {
      ...d,
      category: { code: 'spaceships', confidence: 0.5, source: 'hint' as const },
      colors: [...d.colors, { code: 'red', confidence: 1.2, source: 'color' as const }, { code: 'azure', confidence: 0.5, source: 'color' as const }],
      attributes: [...d.attributes, { name: 'mood', value: '', unit: '', confidence: Number.NaN, source: 'vlm' as const }],
      printedText: [{ ...d.printedText[0]!, box: [1, 2, 3] }],
    };
    const r = validateDescription(bad, schema);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([
      '/category/code: "spaceships" is not in the vocabulary',
      '/colors/1/confidence: 1.2 is not in [0,1]',
      '/colors/1/code: "red" appears twice',
      '/colors/2/code: "azure" is not in the vocabulary',
      '/attributes/2/name: "mood" is not an attribute name',
      '/attributes/2/value: empty value',
      '/attributes/2/unit: empty unit (use null)',
      '/attributes/2/confidence: NaN is not in [0,1]',
      '/printedText/0/box: expected 8 finite numbers',
    ]);
  });
});

describe('buildDescriptionGenerated', () => {
  const input: ImagePreprocessed = {
    eventId: 'evt-1', causationId: 'up-1', correlationId: 'corr-1', productId: 'p-1', occurredAt: 1, producer: 'preprocessor@0.1.0',
    imageId: 'sha', imageUri: 'blob://sha', derivativeUri: 'blob://sha/model.jpg', derivativeWidth: 512, derivativeHeight: 512, phash: '0123456789abcdef',
    facts: { format: 'jpeg', width: 1024, height: 1024, aspect: 1, sharpness: 100, backgroundWhiteness: 0.9, transparency: 0 },
    modelVersion: 'v1', context: { supplierId: 's', market: 'DE', categoryHint: 'mug', targetLocales: ['de'], priceMinor: 999, currency: 'EUR' },
  };
  const model = { modelId: 'glm-4.6v-flash', modelVersion: 'glm-4.6v-flash@1', promptTemplateId: 'describe.home', promptTemplateVersion: '1.0.0' };
  const d = assembleDescription({ ocrLines: ocr, colors: measuredRed, hintCategory: hint, rules });

  it('derives a deterministic id from the cause, the stage and the model version, and carries the context', () => {
    const a = buildDescriptionGenerated(input, d, model, { ocr: 12.5, vlm: 800 }, 1000, 'describer@0.1.0');
    const again = buildDescriptionGenerated(input, d, model, { ocr: 12.5, vlm: 800 }, 2000, 'describer@0.1.0');
    const replay = buildDescriptionGenerated(input, d, { ...model, modelVersion: 'glm-4.6v-flash@2' }, {}, 1000, 'describer@0.1.0');
    expect(again.eventId).toBe(a.eventId);
    expect(replay.eventId).not.toBe(a.eventId);
    expect(a).toMatchObject({
      causationId: 'evt-1', correlationId: 'corr-1', productId: 'p-1', occurredAt: 1000, producer: 'describer@0.1.0',
      imageId: 'sha', derivativeUri: 'blob://sha/model.jpg', cached: false, cacheSourceImageId: null, context: input.context,
      timingsMs: { ocr: 12.5, vlm: 800 }, ...model,
    });
    expect(a.description).toBe(d);
    expect(() => buildDescriptionGenerated(input, d, model, { ocr: -1 }, 1, 'x')).toThrow(/ocr/);
  });
});
