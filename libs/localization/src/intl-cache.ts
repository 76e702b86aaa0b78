import type { Locale } from '@vitrine/taxonomy';

/**
 * Intl formatters are expensive to construct (they load CLDR data) and cheap to reuse, so each distinct
 * (locale, options) pair is built once per process. Formatting stays a pure function of its inputs.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const segmenters = new Map<string, Intl.Segmenter>();
const pluralRules = new Map<string, Intl.PluralRules>();
const regionNames = new Map<string, Intl.DisplayNames>();

export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export function listFormat(locale: Locale, type: Intl.ListFormatType = 'conjunction'): Intl.ListFormat {
  const key = `${locale}|${type}`;
  let f = listFormats.get(key);
  if (!f) listFormats.set(key, (f = new Intl.ListFormat(locale, { type, style: 'long' })));
  return f;
}

export function graphemeSegmenter(locale: Locale): Intl.Segmenter {
  const key = `${locale}|grapheme`;
  let s = segmenters.get(key);
  if (!s) segmenters.set(key, (s = new Intl.Segmenter(locale, { granularity: 'grapheme' })));
  return s;
}

export function plural(locale: Locale): Intl.PluralRules {
  let p = pluralRules.get(locale);
  if (!p) pluralRules.set(locale, (p = new Intl.PluralRules(locale)));
  return p;
}

export function regionDisplayNames(locale: Locale): Intl.DisplayNames {
  let d = regionNames.get(locale);
  if (!d) regionNames.set(locale, (d = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })));
  return d;
}
