import { canonicalLocale, supportedLocales, type Locale } from '@vitrine/taxonomy';

/** Target locales that Vitrine cannot render. Poison for the translator: the upload asked for the impossible. */
export class UnsupportedLocaleError extends Error {
  override readonly name = 'UnsupportedLocaleError';
  constructor(readonly tags: readonly string[]) {
    super(`unsupported locale${tags.length > 1 ? 's' : ''} ${tags.map((t) => JSON.stringify(t)).join(', ')}; supported: ${supportedLocales.join(', ')}`);
  }
}

/**
 * Canonical supported locales for the requested tags, in request order, without duplicates. Tags match
 * case-insensitively ("zh-cn", "pt_BR"); anything else (including "en-US" — we render one English) is refused with
 * every offending tag named.
 */
export function parseLocales(tags: readonly string[]): Locale[] {
  const out: Locale[] = [];
  const bad: string[] = [];
  for (const tag of tags) {
    const l = canonicalLocale(tag);
    if (!l) bad.push(tag);
    else if (!out.includes(l)) out.push(l);
  }
  if (bad.length > 0) throw new UnsupportedLocaleError(bad);
  return out;
}

export function parseLocale(tag: string): Locale {
  return parseLocales([tag])[0]!;
}
