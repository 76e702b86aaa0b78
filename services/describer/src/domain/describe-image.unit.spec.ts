import { describe, expect, it } from 'vitest';
import type { ImagePreprocessed } from '@vitrine/contracts';
import { buildAttributeSchema } from '@vitrine/describe-prompts';
import type { ColorAnalysis } from './colors';
import { describeImage, OFFLINE_TEMPLATE, promptInputFor } from './describe-image';
import { compileTextRules } from './text-rules';
import { hintCategory, taxonomyColorVocabulary, taxonomyTextRuleConfig, taxonomyVocabularies, templateFamilyOf } from './vocabulary';

const rules = compileTextRules(taxonomyTextRuleConfig());
const schema = buildAttributeSchema(taxonomyVocabularies());
const input: ImagePreprocessed = {
  eventId: 'e1', causationId: 'u1', correlationId: 'c1', productId: 'p1', occurredAt: 1, producer: 'preprocessor@0', imageId: 'img1', imageUri: 'blob://x',
  derivativeUri: 'blob://d', derivativeWidth: 800, derivativeHeight: 800, phash: '0123456789abcdef',
  facts: { format: 'jpeg', width: 800, height: 800, aspect: 1, sharpness: 50, backgroundWhiteness: 0.9, transparency: 0 }, modelVersion: 'v1',
  context: { supplierId: 's', market: 'DE', categoryHint: 'phone case', targetLocales: ['en'], priceMinor: null, currency: null },
};
const colors: ColorAnalysis = {
  colors: [{ code: 'color.pink', confidence: 0.9, source: 'color' }],
  measured: [{ code: 'color.pink', share: 0.8, confidence: 0.9, lab: [70, 40, 0], deltaE: 3 }],
  background: { lab: [97, 0, 0], rgb: [248, 248, 248], uniformity: 0.95, whiteness: 0.9, samples: 100, code: 'color.white', deltaE: 1 },
  foregroundShare: 0.4,
  backgroundOnly: false,
};
const line = (text: string, y: number) => ({ text, confidence: 0.95, box: [10, y, 200, y, 200, y + 30, 10, y + 30] });
const ocrLines = [line('Shockproof', 10), line('防摔手机壳', 50), line('Silicone', 90)];
const model = { modelId: 'offline-ocr-color', modelVersion: 'v1', promptTemplateId: OFFLINE_TEMPLATE.id, promptTemplateVersion: OFFLINE_TEMPLATE.version };

describe('taxonomy vocabularies', () => {
  it('uses taxonomy codes for colours, keywords (English and Chinese labels) and categories', () => {
    expect(taxonomyColorVocabulary().map((c) => c.code)).toContain('color.navy');
    expect(taxonomyColorVocabulary().every((c) => c.code.startsWith('color.') && c.lab.length === 3)).toBe(true);
    const features = taxonomyTextRuleConfig().features!;
    expect(features.find((f) => f.code === 'feature.waterproof')!.keywords).toEqual(expect.arrayContaining(['waterproof', '防水', 'IPX7']));
    expect(hintCategory('phone case')).toMatchObject({ code: 'phone.case', source: 'hint' });
    expect(hintCategory('')).toBeNull();
    expect(templateFamilyOf('home.mug')).toBe('home');
    expect(templateFamilyOf(null)).toBeNull();
  });
});

describe('describeImage', () => {
  it('assembles a valid offline description from the measurements, with taxonomy codes and sources', () => {
    const r = describeImage({ input, measured: { ocrLines, colors }, vlm: null, rules, schema, model, timings: { ocrMs: 12.5 }, now: 42, producer: 'describer@0.1.0' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.event.description;
    expect(d.category).toMatchObject({ code: 'phone.case', source: 'hint' });
    expect(d.colors).toEqual(colors.colors);
    expect(d.materials).toEqual([expect.objectContaining({ code: 'material.silicone', source: 'rule' })]);
    expect(d.features).toEqual([expect.objectContaining({ code: 'feature.shockproof', source: 'rule' })]);
    expect(d.printedText.map((p) => [p.text, p.language])).toEqual([['Shockproof', 'und-Latn'], ['防摔手机壳', 'zh'], ['Silicone', 'und-Latn']]);
    expect(r.event).toMatchObject({ causationId: 'e1', productId: 'p1', modelVersion: 'v1', occurredAt: 42, timingsMs: { ocrMs: 12.5 }, cached: false });
  });

  it('refuses a description that breaks the schema instead of emitting it', () => {
    const bad: ColorAnalysis = { ...colors, colors: [{ code: 'color.not-a-colour', confidence: 0.9, source: 'color' }] };
    const r = describeImage({ input, measured: { ocrLines, colors: bad }, vlm: null, rules, schema, model, timings: {}, now: 1, producer: 'd@0' });
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/^\/colors\/0\/code: "color.not-a-colour" is not in the vocabulary/)] });
  });

  it('gives the VLM prompt the measured facts', () => {
    const p = promptInputFor(input, { ocrLines, colors }, rules, 'en');
    expect(p).toMatchObject({ category: 'phone.case', categoryHint: 'phone case', printedText: ['Shockproof', '防摔手机壳', 'Silicone'], colors: [{ code: 'color.pink', share: 0.8 }], backgroundColor: 'color.white', locale: 'en' });
  });
});
