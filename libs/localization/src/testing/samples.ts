import type { Attribute, NamedAttribute, ProductDescription, UploadContext } from '@vitrine/contracts';

/** Sample descriptions shared by the tests, the benchmark and the report. */
export const attr = (code: string, confidence = 0.9): Attribute => ({ code, confidence, source: 'vlm' });
export const named = (name: string, value: string, unit: string | null = null): NamedAttribute => ({ name, value, unit, confidence: 0.9, source: 'ocr' });

export const context = (over: Partial<UploadContext> = {}): UploadContext => ({
  supplierId: 'sup-1',
  market: 'DE',
  categoryHint: null,
  targetLocales: ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-CN', 'ko', 'pt-BR', 'nl'],
  priceMinor: 1290,
  currency: 'EUR',
  ...over,
});

/** A red ceramic mug, 350 ml, brand "Kiln&Co", dishwasher safe. */
export const redMug = (over: Partial<ProductDescription> = {}): ProductDescription => ({
  category: attr('home.mug'),
  colors: [attr('color.red')],
  materials: [attr('material.ceramic')],
  styles: [attr('style.minimalist')],
  useScenes: [attr('scene.office'), attr('scene.home')],
  features: [attr('feature.dishwasher_safe')],
  attributes: [named('brand', 'Kiln&Co'), named('capacity', '350', 'ml')],
  printedText: [],
  freeText: null,
  ...over,
});
