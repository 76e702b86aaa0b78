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
  // Serialized by concatenation so the parts every locale shares are stringified once; the result is exactly
  // JSON.stringify of a CatalogDocument with its keys in declaration order (a unit test holds us to that).
  const j = JSON.stringify;
  const shared = {
    head: `{"productId":${j(e.productId)},"locale":`,
    mid: `,"market":${j(market)},"category":${j(category)},"title":`,
    tail:
      `,"attributes":${j({ category: d.category, colors: d.colors, materials: d.materials, styles: d.styles, useScenes: d.useScenes, features: d.features, attributes: d.attributes })}` +
      `,"imageId":${j(e.imageId)}` +
      `,"model":${j({ modelId: e.modelId, modelVersion: e.modelVersion, promptTemplateId: e.promptTemplateId, promptTemplateVersion: e.promptTemplateVersion, taxonomyVersion: e.taxonomyVersion })}` +
      `,"moderation":${j(e.moderation)},"review":${j(e.review)},"availableLocales":${j(locales)},"eventId":${j(e.eventId)},"updatedAt":${j(updatedAt)}}`,
  };
  const docs = e.locales.map((l): [string, string] => [
    l.locale,
    `${shared.head}${j(l.locale)}${shared.mid}${j(l.title)},"bullets":${j(l.bullets)},"longDescription":${j(l.longDescription)},"seoKeywords":${j(l.seoKeywords)},"attributeLabels":${j(l.attributeLabels)},"freeTextStatus":${j(l.freeTextStatus)}${shared.tail}`,
  ]);
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

/** The document as an object (the reference for the serialization above). */
export function catalogDocument(e: DescriptionPublished, l: LocalizedContent): CatalogDocument {
  const d = e.description;
  return {
    productId: e.productId, locale: l.locale, market: e.context.market, category: d.category?.code ?? null, title: l.title, bullets: l.bullets,
    longDescription: l.longDescription, seoKeywords: l.seoKeywords, attributeLabels: l.attributeLabels, freeTextStatus: l.freeTextStatus,
    attributes: { category: d.category, colors: d.colors, materials: d.materials, styles: d.styles, useScenes: d.useScenes, features: d.features, attributes: d.attributes },
    imageId: e.imageId,
    model: { modelId: e.modelId, modelVersion: e.modelVersion, promptTemplateId: e.promptTemplateId, promptTemplateVersion: e.promptTemplateVersion, taxonomyVersion: e.taxonomyVersion },
    moderation: e.moderation, review: e.review, availableLocales: e.locales.map((x) => x.locale), eventId: e.eventId, updatedAt: new Date(e.occurredAt).toISOString(),
  };
}
