import type { DescriptionPublished } from '@vitrine/contracts';
import { analyzerFor, isWellFormedLocale, type Analyzer } from './text-search-config';
import type { VersionStamp } from './precedence';

/** One locale of a product, as the index stores and searches it. */
export interface LocaleDocument {
  locale: string;
  analyzer: Analyzer;
  title: string;
  bullets: string[];
  longDescription: string;
  seoKeywords: string[];
  /** Localized labels of the taxonomy codes (category, colours, materials …): searchable as keywords. */
  labels: string[];
}

/** Everything the index keeps for one product: the winning publication and its locales. */
export interface ProductDocument {
  productId: string;
  stamp: VersionStamp;
  imageId: string;
  modelId: string;
  category: string | null;
  market: string;
  supplierId: string;
  moderationStatus: string;
  locales: LocaleDocument[];
}

/** A DescriptionPublished that no index could hold; the stage dead-letters it with this message. */
export class UnindexablePublication extends Error {
  override readonly name = 'UnindexablePublication';
}

/** PostgreSQL text cannot hold NUL; nothing a reader sees is lost by dropping it. */
const clean = (s: string): string => s.replaceAll('\u0000', '');

export function toProductDocument(e: DescriptionPublished): ProductDocument {
  const where = `DescriptionPublished ${e.eventId}`;
  if (!e.productId.trim()) throw new UnindexablePublication(`${where} has an empty productId`);
  if (!e.modelVersion.trim()) throw new UnindexablePublication(`${where} has an empty modelVersion`);
  if (e.locales.length === 0) throw new UnindexablePublication(`${where} (product ${e.productId}) carries no locales`);
  const seen = new Set<string>();
  const locales = e.locales.map((l): LocaleDocument => {
    if (!isWellFormedLocale(l.locale)) throw new UnindexablePublication(`${where} (product ${e.productId}) has a malformed locale tag ${JSON.stringify(l.locale)}`);
    if (seen.has(l.locale)) throw new UnindexablePublication(`${where} (product ${e.productId}) carries locale ${l.locale} twice`);
    seen.add(l.locale);
    return {
      locale: l.locale,
      analyzer: analyzerFor(l.locale),
      title: clean(l.title),
      bullets: l.bullets.map(clean),
      longDescription: clean(l.longDescription),
      seoKeywords: l.seoKeywords.map(clean),
      labels: [...new Set(Object.values(l.attributeLabels ?? {}).map(clean))].sort(),
    };
  });
  return {
    productId: e.productId,
    stamp: { modelVersion: e.modelVersion, occurredAt: e.occurredAt, eventId: e.eventId },
    imageId: e.imageId,
    modelId: e.modelId,
    category: e.description.category?.code ?? null,
    market: e.context.market,
    supplierId: e.context.supplierId,
    moderationStatus: e.moderation.status,
    locales,
  };
}
