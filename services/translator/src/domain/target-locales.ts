import type { UploadContext } from '@vitrine/contracts';
import { parseLocales } from '@vitrine/localization';
import type { Locale } from '@vitrine/taxonomy';

/**
 * The locales rendered when an upload names none (`context.targetLocales` empty): the market's language(s), then
 * English as the cross-border lingua franca. A market not listed here gets English only. Markets whose language we
 * do not render (e.g. pt-PT, zh-TW) are deliberately absent rather than approximated.
 */
export const MARKET_DEFAULT_LOCALES: Readonly<Record<string, readonly Locale[]>> = Object.freeze({
  US: ['en'],
  GB: ['en'],
  UK: ['en'],
  IE: ['en'],
  AU: ['en'],
  CA: ['en', 'fr'],
  DE: ['de', 'en'],
  AT: ['de', 'en'],
  CH: ['de', 'fr', 'it', 'en'],
  FR: ['fr', 'en'],
  BE: ['nl', 'fr', 'de', 'en'],
  NL: ['nl', 'en'],
  ES: ['es', 'en'],
  MX: ['es', 'en'],
  IT: ['it', 'en'],
  JP: ['ja', 'en'],
  CN: ['zh-CN', 'en'],
  KR: ['ko', 'en'],
  BR: ['pt-BR', 'en'],
});

export const FALLBACK_LOCALES: readonly Locale[] = Object.freeze(['en']);

export interface TargetLocales {
  locales: Locale[];
  /** `requested`: from context.targetLocales; `market_default`: the list was empty, so the market's defaults. */
  origin: 'requested' | 'market_default';
}

/**
 * The canonical locales to render for an upload. Throws UnsupportedLocaleError (poison) naming every requested
 * tag Vitrine cannot render; blank tags count as unsupported, not as absent.
 */
export function targetLocalesFor(context: UploadContext): TargetLocales {
  if (context.targetLocales.length > 0) return { locales: parseLocales(context.targetLocales), origin: 'requested' };
  const market = context.market.trim().toUpperCase();
  return { locales: [...(MARKET_DEFAULT_LOCALES[market] ?? FALLBACK_LOCALES)], origin: 'market_default' };
}
