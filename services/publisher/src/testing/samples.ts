import { deriveEventId, type DescriptionModerated, type DescriptionReviewed, type VerdictStatus } from '@vitrine/contracts';

/** A DescriptionModerated as the moderator emits it, for tests. */
export function sampleModerated(productId: string, status: VerdictStatus = 'approved', over: Partial<DescriptionModerated> = {}): DescriptionModerated {
  const locales = ['en', 'de'].map((locale) => ({
    locale, title: `Red bottle 500 ml (${locale})`, bullets: [`500 ml (${locale})`, `red (${locale})`], longDescription: `A red bottle (${locale}).`,
    seoKeywords: ['bottle', locale], attributeLabels: { 'color.red': locale === 'de' ? 'Rot' : 'Red' }, freeTextStatus: 'none' as const,
  }));
  return {
    eventId: deriveEventId(`tr-${productId}`, 'moderator', '1.0.0'), causationId: `tr-${productId}`, correlationId: `corr-${productId}`, productId,
    occurredAt: 1_700_000_000_000, producer: 'moderator@0.1.0', imageId: `img-${productId}`, modelId: 'offline-ocr-color', modelVersion: '1.0.0',
    promptTemplateId: 'generic', promptTemplateVersion: '1',
    description: {
      category: { code: 'home.kitchen.bottle', confidence: 0.9, source: 'hint' }, colors: [{ code: 'color.red', confidence: 0.8, source: 'color' }],
      materials: [], styles: [], useScenes: [], features: [], attributes: [{ name: 'capacity', value: '500', unit: 'ml', confidence: 0.7, source: 'ocr' }],
      printedText: [{ text: '500ml', language: 'en', confidence: 0.9, box: [0, 0, 10, 0, 10, 5, 0, 5] }], freeText: null,
    },
    context: { supplierId: 's1', market: 'DE', categoryHint: null, targetLocales: ['en', 'de'], priceMinor: 1999, currency: 'EUR' },
    taxonomyVersion: '1', locales,
    verdict: {
      status, policyVersion: 'rules-1',
      reasons: status === 'approved' ? [] : [{ code: 'soft_violation', message: 'exaggerated claim' }],
      hits: status === 'approved' ? [] : [{ ruleId: 'en.best', family: 'exaggeration', severity: 'soft', locale: 'en', field: 'title', start: 0, end: 4, matched: 'best' }],
    },
    ...over,
  };
}

/** The operator's decision on a moderated description; "corrected" changes the colour and the German title. */
export function sampleReviewed(m: DescriptionModerated, decision: DescriptionReviewed['decision'], over: Partial<DescriptionReviewed> = {}): DescriptionReviewed {
  const corrected = decision === 'corrected';
  return {
    eventId: deriveEventId(m.eventId, 'review', decision), causationId: m.eventId, correlationId: m.correlationId, productId: m.productId,
    occurredAt: m.occurredAt + 60_000, producer: 'review-console@0.1.0', moderatedEventId: m.eventId, reviewer: 'op-7', decision, note: null,
    imageId: m.imageId, modelId: m.modelId, modelVersion: m.modelVersion, promptTemplateId: m.promptTemplateId, promptTemplateVersion: m.promptTemplateVersion,
    description: corrected ? { ...m.description, colors: [{ code: 'color.blue', confidence: 1, source: 'operator' }] } : m.description,
    context: m.context, taxonomyVersion: m.taxonomyVersion,
    locales: corrected ? m.locales.map((l) => (l.locale === 'de' ? { ...l, title: 'Blaue Flasche 500 ml' } : l)) : m.locales,
    ...over,
  };
}
