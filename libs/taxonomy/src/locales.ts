/**
 * The locales Vitrine renders. A locale code is a BCP 47 tag exactly as spelled here; `canonicalLocale` accepts the
 * same tags in any letter case (and with `_` instead of `-`), `matchLocale` also maps a bare or regional language tag
 * (`en-US`, `zh-Hans`, `pt`) to the supported locale of that language.
 */
export const supportedLocales = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-CN', 'ko', 'pt-BR', 'nl'] as const;
export type Locale = (typeof supportedLocales)[number];

const byLowerTag: ReadonlyMap<string, Locale> = new Map(supportedLocales.map((l) => [l.toLowerCase(), l]));

/** Locales whose nouns carry grammatical gender that adjectives agree with. */
export const genderedLocales: readonly Locale[] = ['de', 'fr', 'es', 'it', 'pt-BR', 'nl'];

export function isSupportedLocale(tag: string): tag is Locale {
  return (supportedLocales as readonly string[]).includes(tag);
}

/** The supported locale spelled by `tag` (case-insensitive, `_` or `-`), or null. */
export function canonicalLocale(tag: string): Locale | null {
  return byLowerTag.get(tag.trim().replace(/_/g, '-').toLowerCase()) ?? null;
}

/**
 * The supported locale for a language tag: an exact tag first, else the one supported locale of that language
 * (`en-GB` → `en`, `zh`/`zh-Hans`/`zh-SG` → `zh-CN`, `pt`/`pt-PT` → `pt-BR`). Traditional Chinese (`zh-Hant`,
 * `zh-TW`, `zh-HK`) does not match `zh-CN`: rendering it in simplified characters would be wrong.
 */
export function matchLocale(tag: string): Locale | null {
  const exact = canonicalLocale(tag);
  if (exact) return exact;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const lang = parts[0] ?? '';
  if (lang === 'zh' && parts.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo')) return null;
  return supportedLocales.find((l) => l.toLowerCase().split('-')[0] === lang) ?? null;
}
