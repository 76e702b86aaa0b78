import type { DescriptionPublished, LocalizedContent } from '@vitrine/contracts';
import { indexesOf, listMember } from './listing';
import { rankKey, type VersionPolicy } from './version-order';

/** The JSON document served for one product in one locale (GET /v1/products/:id?locale=…). */
export interface CatalogDocument {
  productId: string;
  locale: string;
  market: string;
  category: string | null;
  title: string;
  bullets: string[];
  longDescription: string;
  seoKeywords: string[];
  attributeLabels: Record<string, string>;
  freeTextStatus: LocalizedContent['freeTextStatus'];
  attributes: Pick<DescriptionPublished['description'], 'category' | 'colors' | 'materials' | 'styles' | 'useScenes' | 'features' | 'attributes'>;
  imageId: string;
  model: { modelId: string; modelVersion: string; promptTemplateId: string; promptTemplateVersion: string; taxonomyVersion: string };
  moderation: DescriptionPublished['moderation'];
  review: DescriptionPublished['review'];
  availableLocales: string[];
  eventId: string;
  /** ISO 8601; when the winning event was published. */
  updatedAt: string;
}

/** The per-product summary kept next to the documents (listing rows, and what the next event is compared with). */
export interface ProductHead {
  productId: string;
  rank: string;
  eventId: string;
  modelId: string;
  modelVersion: string;
  category: string | null;
  market: string;
  updatedAt: number;
  locales: string[];
}

/** Everything one DescriptionPublished contributes to the read model, computed without I/O. */
export interface Projection {
  productId: string;
  eventId: string;
  rank: string;
  head: ProductHead;
  /** [locale, serialized document] in the event's locale order. */
  docs: Array<[string, string]>;
  member: string;
  indexes: string[];
}

export class InvalidPublication extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPublication';
  }
}

/**
 * The projection of one event. Serialization is deterministic (fixed key order, values only from the event), so a
 * rebuild produces byte-identical documents.
 */
export function project(e: DescriptionPublished, policy: VersionPolicy = {}): Projection {
  if (!e.productId) throw new InvalidPublication('productId is empty');
  if (!e.locales.length) throw new InvalidPublication(`product ${e.productId}: the event has no locale`);
  const locales = e.locales.map((l) => l.locale);
  const dup = locales.find((l, i) => locales.indexOf(l) !== i);
  if (dup) throw new InvalidPublication(`product ${e.productId}: locale ${dup} appears twice`);
  for (const l of locales) if (!/^[A-Za-z0-9-]{1,35}$/.test(l)) throw new InvalidPublication(`product ${e.productId}: "${l}" is not a BCP 47 locale`);

  const rank = rankKey(e, policy);
  const category = e.description.category?.code ?? null;
  const market = e.context.market;
  const updatedAt = new Date(e.occurredAt).toISOString();
  const d = e.description;
  const docs = e.locales.map((l): [string, string] => {
    const doc: CatalogDocument = {
      productId: e.productId,
      locale: l.locale,
      market,
      category,
      title: l.title,
      bullets: l.bullets,
      longDescription: l.longDescription,
      seoKeywords: l.seoKeywords,
      attributeLabels: l.attributeLabels,
      freeTextStatus: l.freeTextStatus,
      attributes: { category: d.category, colors: d.colors, materials: d.materials, styles: d.styles, useScenes: d.useScenes, features: d.features, attributes: d.attributes },
      imageId: e.imageId,
      model: { modelId: e.modelId, modelVersion: e.modelVersion, promptTemplateId: e.promptTemplateId, promptTemplateVersion: e.promptTemplateVersion, taxonomyVersion: e.taxonomyVersion },
      moderation: e.moderation,
      review: e.review,
      availableLocales: locales,
      eventId: e.eventId,
      updatedAt,
    };
    return [l.locale, JSON.stringify(doc)];
  });
  return {
    productId: e.productId,
    eventId: e.eventId,
    rank,
    head: { productId: e.productId, rank, eventId: e.eventId, modelId: e.modelId, modelVersion: e.modelVersion, category, market, updatedAt: e.occurredAt, locales },
    docs,
    member: listMember(e.occurredAt, e.productId),
    indexes: indexesOf(category, market),
  };
}

/** What became of an event in the read model. */
export type ApplyResult = 'applied' | 'duplicate' | 'superseded';
