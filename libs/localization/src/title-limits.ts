import type { Locale } from '@vitrine/taxonomy';
import { graphemeSegmenter } from './intl-cache';

/**
 * How long a title may be on a market. `graphemes` counts user-perceived characters; `double-width` counts CJK and
 * full-width characters as two, as Taobao/Tmall count title length (60 units = 30 Chinese characters).
 */
export interface TitleLimit {
  max: number;
  unit: 'graphemes' | 'double-width';
}

/**
 * Starting values per market (context.market); operators override them through RenderOptions.titleLimit.
 * They follow the marketplaces' published title rules as we know them, not re-verified in this repository —
 * confirm against the marketplace's current seller documentation before treating one as a hard limit:
 * - Amazon (US, UK, DE, FR, IT, ES, NL, JP): at most 200 characters including spaces (Seller Central, "product
 *   title requirements").
 * - Mercado Livre (BR): 60 characters.
 * - Taobao/Tmall (CN): 60 bytes, a Chinese character counting as 2.
 * - KR: 100, a house value (no published limit known to us).
 * Unknown markets get DEFAULT_TITLE_LIMIT.
 */
export const TITLE_LIMITS: Readonly<Record<string, TitleLimit>> = Object.freeze({
  US: { max: 200, unit: 'graphemes' },
  GB: { max: 200, unit: 'graphemes' },
  UK: { max: 200, unit: 'graphemes' },
  DE: { max: 200, unit: 'graphemes' },
  FR: { max: 200, unit: 'graphemes' },
  IT: { max: 200, unit: 'graphemes' },
  ES: { max: 200, unit: 'graphemes' },
  NL: { max: 200, unit: 'graphemes' },
  JP: { max: 200, unit: 'graphemes' },
  BR: { max: 60, unit: 'graphemes' },
  CN: { max: 60, unit: 'double-width' },
  KR: { max: 100, unit: 'graphemes' },
});

export const DEFAULT_TITLE_LIMIT: TitleLimit = Object.freeze({ max: 150, unit: 'graphemes' });

export function titleLimitFor(market: string | null | undefined): TitleLimit {
  return TITLE_LIMITS[(market ?? '').trim().toUpperCase()] ?? DEFAULT_TITLE_LIMIT;
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;

/** Width of one grapheme in the limit's unit. */
const graphemeWidth = (grapheme: string, limit: TitleLimit): number => (limit.unit === 'double-width' && WIDE.test(grapheme) ? 2 : 1);

/** Length of `text` in the limit's unit. */
export function measureTitle(text: string, limit: TitleLimit, locale: Locale): number {
  let n = 0;
  for (const { segment } of graphemeSegmenter(locale).segment(text)) n += graphemeWidth(segment, limit);
  return n;
}

/** Cuts `text` to fit `limit` at a grapheme boundary (never inside a character), ending in "…". */
export function truncateToFit(text: string, limit: TitleLimit, locale: Locale): string {
  if (measureTitle(text, limit, locale) <= limit.max) return text;
  let out = '';
  // A running sum equals measureTitle(out): grapheme boundaries depend only on what precedes them (and the next
  // character), so a prefix cut at a boundary segments into the same graphemes as it does within `text`.
  let width = 0;
  const budget = limit.max - 1;
  for (const { segment } of graphemeSegmenter(locale).segment(text)) {
    width += graphemeWidth(segment, limit);
    if (width > budget) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}
