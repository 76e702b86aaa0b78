/**
 * Which PostgreSQL text search configuration indexes which locale.
 *
 * PostgreSQL ships Snowball stemmers for the European languages we render
 * (https://www.postgresql.org/docs/15/textsearch-dictionaries.html#TEXTSEARCH-SNOWBALL-DICTIONARY), so those locales
 * get stemming and stop words. It has no word segmenter for Japanese, Chinese or Korean: its default parser would
 * treat a whole run of CJK characters as one "word", so a query for 緑茶 would never match 有機緑茶. For those
 * locales we index overlapping character bigrams (the approach of Lucene's CJKAnalyzer) as verbatim lexemes, and
 * build the query from the same bigrams.
 */
export type Analyzer = { kind: 'stemmed'; config: StemmedConfig } | { kind: 'cjk-bigram' };

export type StemmedConfig = 'english' | 'german' | 'french' | 'spanish' | 'italian' | 'dutch' | 'portuguese' | 'simple';

const byLanguage: Readonly<Record<string, StemmedConfig>> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  nl: 'dutch',
  pt: 'portuguese',
};

const cjkLanguages = new Set(['ja', 'zh', 'ko']);

/** Well-formed BCP 47 language tag (language, optional script/region/variants); not a registry lookup. */
const tagShape = /^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$/;

export const isWellFormedLocale = (tag: string): boolean => tagShape.test(tag);

/**
 * The analyzer for a locale tag. A well-formed locale we have no stemmer for is indexed with `simple`
 * (lower-cased words, no stemming): a new market starts out searchable instead of dead-lettering every event.
 */
export function analyzerFor(locale: string): Analyzer {
  const language = locale.split(/[-_]/)[0]!.toLowerCase();
  if (cjkLanguages.has(language)) return { kind: 'cjk-bigram' };
  return { kind: 'stemmed', config: byLanguage[language] ?? 'simple' };
}
