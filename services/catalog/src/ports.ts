import type { CatalogStore, ListFilter, ListPage, ProductHead } from '@vitrine/catalog';

/** Reads of the serving read model; every call resolves the serving namespace itself (it may switch any time). */
export interface CatalogReader {
  document(productId: string, locale: string): Promise<string | null>;
  head(productId: string): Promise<ProductHead | null>;
  list(filter: ListFilter, cursorMember: string | undefined, limit: number): Promise<ListPage>;
  /** Titles of several products in one locale, for listing rows. */
  titles(productIds: string[], locale: string): Promise<Array<string | null>>;
}

/** One event of a product's history, as found in the log. */
export interface HistoryEntry {
  event: string;
  eventId: string;
  topic: string;
  partition: number;
  offset: string;
  occurredAt: string;
  modelId: string;
  modelVersion: string;
  /** Published: the moderation status; moderated: the verdict; reviewed: the decision. */
  status: string;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  /** Messages examined; the scan is bounded per partition, newest first. */
  scanned: number;
  /** True when older messages of the partition were not examined, or the scan timed out. */
  truncated: boolean;
}

/** The product's events across model versions, read from the topics themselves. */
export type HistoryReader = (productId: string, limit: number) => Promise<HistoryPage>;

export interface CatalogPorts {
  /** The projection's side effect: the read model in Redis. */
  store: CatalogStore;
  reader: CatalogReader;
  history: HistoryReader;
}
