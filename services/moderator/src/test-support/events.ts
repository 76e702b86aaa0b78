import { newEventId, type DescriptionTranslated } from '@vitrine/contracts';
import { emptyDescription, localizedContent } from '@vitrine/contracts/testing';

/** A valid DescriptionTranslated for a clean mug in en and de; override what the test is about. */
export function translatedEvent(productId: string, over: Partial<DescriptionTranslated> = {}): DescriptionTranslated {
  return {
    eventId: newEventId(),
    causationId: newEventId(),
    correlationId: newEventId(),
    productId,
    occurredAt: Date.UTC(2026, 11, 1),
    producer: 'translator@0.1.0',
    imageId: `img-${productId}`,
    modelId: 'offline-ocr-color',
    modelVersion: '2026.12.0',
    promptTemplateId: 'home',
    promptTemplateVersion: '1',
    description: emptyDescription({
      category: { code: 'home.mug', confidence: 0.93, source: 'vlm' },
      colors: [{ code: 'color.white', confidence: 0.88, source: 'color' }],
      materials: [{ code: 'material.ceramic', confidence: 0.8, source: 'vlm' }],
      attributes: [{ name: 'capacity', value: '350', unit: 'ml', confidence: 0.9, source: 'ocr' }],
    }),
    context: { supplierId: 'sup-1', market: 'DE', categoryHint: null, targetLocales: ['en', 'de'], priceMinor: 1299, currency: 'EUR' },
    taxonomyVersion: '2026.12',
    sourceLocale: 'en',
    locales: [
      localizedContent('en', 'White ceramic mug, 350 ml', { bullets: ['Dishwasher safe', 'Glossy glaze'], longDescription: 'A plain white mug for everyday coffee.', seoKeywords: ['mug', 'coffee mug'] }),
      localizedContent('de', 'Weißer Keramikbecher, 350 ml', { bullets: ['Spülmaschinenfest', 'Glänzende Glasur'], longDescription: 'Ein schlichter weißer Becher für den Alltag.', seoKeywords: ['becher', 'kaffeebecher'] }),
    ],
    ...over,
  };
}

/** The clean event with one text replaced. */
export function withText(productId: string, locale: 'en' | 'de', field: 'title' | 'bullet' | 'long' | 'seo', text: string): DescriptionTranslated {
  const e = translatedEvent(productId);
  const locales = e.locales.map((c) => {
    if (c.locale !== locale) return c;
    if (field === 'title') return { ...c, title: text };
    if (field === 'bullet') return { ...c, bullets: [...c.bullets, text] };
    if (field === 'long') return { ...c, longDescription: text };
    return { ...c, seoKeywords: [...c.seoKeywords, text] };
  });
  return { ...e, locales };
}
