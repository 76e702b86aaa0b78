import { deriveEventId, type DescriptionPublished, type LocalizedContent } from '@vitrine/contracts';

/** A valid DescriptionPublished for tests and benchmarks; deterministic for a given (product, version, at). */
export function samplePublished(productId: string, over: Omit<Partial<DescriptionPublished>, 'locales'> & { locales?: Array<string | LocalizedContent> } = {}): DescriptionPublished {
  const modelVersion = over.modelVersion ?? '1.0.0';
  const occurredAt = over.occurredAt ?? 1_700_000_000_000;
  const localeNames = (over.locales ?? ['en', 'de']).map((l) => (typeof l === 'string' ? l : l.locale));
  const locales = (over.locales ?? localeNames).map((l) =>
    typeof l === 'string'
      ? {
          locale: l, title: `${productId} title ${l} ${modelVersion}`, bullets: [`bullet ${l} 1`, `bullet ${l} 2`], longDescription: `Long description of ${productId} in ${l} by ${modelVersion}.`,
          seoKeywords: [`kw-${l}`], attributeLabels: { 'color.red': `red-${l}` }, freeTextStatus: 'none' as const,
        }
      : l,
  );
  const { locales: _l, ...rest } = over;
  return {
    eventId: deriveEventId(`${productId}:${modelVersion}:${occurredAt}`, 'publisher', modelVersion),
    causationId: `mod-${productId}`, correlationId: `corr-${productId}`, productId, occurredAt, producer: 'publisher@0.1.0',
    imageId: `img-${productId}`, modelId: 'offline-ocr-color', modelVersion, promptTemplateId: 'generic', promptTemplateVersion: '1',
    description: {
      category: { code: 'home.kitchen.bottle', confidence: 0.9, source: 'hint' }, colors: [{ code: 'color.red', confidence: 0.8, source: 'color' }],
      materials: [], styles: [], useScenes: [], features: [], attributes: [{ name: 'capacity', value: '500', unit: 'ml', confidence: 0.7, source: 'ocr' }], printedText: [], freeText: null,
    },
    context: { supplierId: 's1', market: 'DE', categoryHint: null, targetLocales: localeNames, priceMinor: 1999, currency: 'EUR' },
    taxonomyVersion: '1', locales,
    moderation: { status: 'approved', policyVersion: 'p1', moderatedEventId: `mod-${productId}`, reasons: [] },
    review: null,
    ...rest,
  };
}
