import type { ProductDocument } from './domain/documents';
import type { SearchQuery } from './domain/search-request';

/**
 * - `indexed`: the publication now answers searches for its product;
 * - `duplicate`: this event id was applied before (redelivery) — nothing changed;
 * - `superseded`: the index holds a publication that takes precedence (newer model version) — kept as it is.
 */
export type IndexOutcome = 'indexed' | 'duplicate' | 'superseded';

/** Applies one publication atomically: dedupe by event id, version precedence, all locales of the product. */
export type IndexProduct = (doc: ProductDocument) => Promise<IndexOutcome>;

export interface SearchHit {
  productId: string;
  locale: string;
  title: string;
  bullets: string[];
  seoKeywords: string[];
  category: string | null;
  market: string;
  modelVersion: string;
  publishedEventId: string;
  score: number;
}

export interface SearchPage {
  hits: SearchHit[];
  /** Whether more hits follow `offset + hits.length`. */
  more: boolean;
}

export type SearchProducts = (q: SearchQuery) => Promise<SearchPage>;

export interface SearchIndexerPorts {
  indexProduct: IndexProduct;
  search: SearchProducts;
  /** Resolves when the store answers; rejects with the reason otherwise (readiness). */
  ping: () => Promise<void>;
  close: () => Promise<void>;
}
