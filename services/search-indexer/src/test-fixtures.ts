import type { DescriptionPublished } from '@vitrine/contracts';
import { emptyDescription } from '@vitrine/contracts/testing';

/** A valid DescriptionPublished for the indexer's tests; fields can be overridden. */
export function publication(over: Partial<DescriptionPublished> = {}): DescriptionPublished {
  return {
    eventId: 'e1', causationId: 'c1', correlationId: 'k1', productId: 'p1', occurredAt: 1000, producer: 'publisher@0',
    imageId: 'img', modelId: 'offline', modelVersion: 'offline@1', promptTemplateId: 't', promptTemplateVersion: '1',
    description: emptyDescription({ category: { code: 'tea', confidence: 0.9, source: 'hint' } }),
    context: { supplierId: 's', market: 'DE', categoryHint: null, targetLocales: ['en'], priceMinor: null, currency: null },
    taxonomyVersion: '1',
    locales: [{ locale: 'en', title: 'Green tea', bullets: ['Loose leaf'], longDescription: 'A tin of tea.', seoKeywords: ['tea'], attributeLabels: { tea: 'Tea', green: 'Green' }, freeTextStatus: 'none' }],
    moderation: { status: 'approved', policyVersion: '1', moderatedEventId: 'm1', reasons: [] },
    review: null,
    ...over,
  };
}
