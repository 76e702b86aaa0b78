/**
 * The index's tables, created on start (idempotent: IF NOT EXISTS everywhere, and under an advisory lock so that
 * several replicas starting at once do not race on the catalog).
 *
 * - products: the winning publication per product (its version stamp decides precedence);
 * - documents: one row per product and locale with a weighted tsvector (title A, keywords and labels B, bullets C,
 *   long description D) — https://www.postgresql.org/docs/15/textsearch-controls.html#TEXTSEARCH-RANKING;
 * - applied_events: every event id applied or skipped, for dedupe under redelivery.
 */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export function migrationSql(schema: string): string {
  const s = quoteIdent(schema);
  return `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.products (
  product_id        text PRIMARY KEY,
  model_id          text NOT NULL,
  model_version     text NOT NULL,
  occurred_at       timestamptz NOT NULL,
  event_id          text NOT NULL,
  image_id          text NOT NULL,
  category          text,
  market            text NOT NULL,
  supplier_id       text NOT NULL,
  moderation_status text NOT NULL,
  indexed_at        timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS ${s}.documents (
  product_id       text NOT NULL REFERENCES ${s}.products (product_id) ON DELETE CASCADE,
  locale           text NOT NULL,
  analyzer         text NOT NULL,
  title            text NOT NULL,
  bullets          jsonb NOT NULL,
  long_description text NOT NULL,
  seo_keywords     jsonb NOT NULL,
  labels           jsonb NOT NULL,
  document         tsvector NOT NULL,
  PRIMARY KEY (product_id, locale)
);
CREATE INDEX IF NOT EXISTS documents_search_idx ON ${s}.documents USING gin (document);
CREATE INDEX IF NOT EXISTS documents_locale_idx ON ${s}.documents (locale);
CREATE TABLE IF NOT EXISTS ${s}.applied_events (
  event_id   text PRIMARY KEY,
  product_id text NOT NULL,
  outcome    text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
`;
}
