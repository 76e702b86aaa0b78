import type { Locale } from '@vitrine/taxonomy';
import { listFormat, numberFormat, plural } from './intl-cache';

/**
 * Numbers, units, ranges and prices through Intl (ECMA-402) so each locale gets its own separators, unit
 * abbreviations and spacing (de "1.500,5 ml", fr "1 500,5 ml", zh "350毫升", ko "350mL").
 * Units ECMA-402 sanctions use `style: "unit"`; others (mAh, W, V…) are symbols after a locale-formatted number.
 * https://tc39.es/ecma402/#table-sanctioned-single-unit-identifiers
 */

interface IntlUnit {
  unit: string;
  display: 'short' | 'long';
}

/** Unit spellings seen on products and in OCR → ECMA-402 unit. Durations read better spelled out. */
const INTL_UNITS: Readonly<Record<string, IntlUnit>> = {
  ml: { unit: 'milliliter', display: 'short' },
  l: { unit: 'liter', display: 'short' },
  ltr: { unit: 'liter', display: 'short' },
  g: { unit: 'gram', display: 'short' },
  kg: { unit: 'kilogram', display: 'short' },
  oz: { unit: 'ounce', display: 'short' },
  'fl oz': { unit: 'fluid-ounce', display: 'short' },
  floz: { unit: 'fluid-ounce', display: 'short' },
  lb: { unit: 'pound', display: 'short' },
  lbs: { unit: 'pound', display: 'short' },
  mm: { unit: 'millimeter', display: 'short' },
  cm: { unit: 'centimeter', display: 'short' },
  m: { unit: 'meter', display: 'short' },
  km: { unit: 'kilometer', display: 'short' },
  in: { unit: 'inch', display: 'short' },
  inch: { unit: 'inch', display: 'short' },
  inches: { unit: 'inch', display: 'short' },
  '"': { unit: 'inch', display: 'short' },
  ft: { unit: 'foot', display: 'short' },
  mb: { unit: 'megabyte', display: 'short' },
  gb: { unit: 'gigabyte', display: 'short' },
  tb: { unit: 'terabyte', display: 'short' },
  s: { unit: 'second', display: 'long' },
  sec: { unit: 'second', display: 'long' },
  min: { unit: 'minute', display: 'long' },
  mins: { unit: 'minute', display: 'long' },
  minutes: { unit: 'minute', display: 'long' },
  h: { unit: 'hour', display: 'long' },
  hr: { unit: 'hour', display: 'long' },
  hrs: { unit: 'hour', display: 'long' },
  hour: { unit: 'hour', display: 'long' },
  hours: { unit: 'hour', display: 'long' },
  d: { unit: 'day', display: 'long' },
  day: { unit: 'day', display: 'long' },
  days: { unit: 'day', display: 'long' },
  month: { unit: 'month', display: 'long' },
  months: { unit: 'month', display: 'long' },
  mo: { unit: 'month', display: 'long' },
  y: { unit: 'year', display: 'long' },
  yr: { unit: 'year', display: 'long' },
  yrs: { unit: 'year', display: 'long' },
  year: { unit: 'year', display: 'long' },
  years: { unit: 'year', display: 'long' },
  '%': { unit: 'percent', display: 'short' },
  '°c': { unit: 'celsius', display: 'short' },
  '°f': { unit: 'fahrenheit', display: 'short' },
};

/** Units with no ECMA-402 identifier: written as their SI/trade symbol, case as given here. */
const SYMBOL_UNITS: Readonly<Record<string, string>> = {
  mah: 'mAh',
  wh: 'Wh',
  w: 'W',
  kw: 'kW',
  v: 'V',
  a: 'A',
  hz: 'Hz',
  khz: 'kHz',
  db: 'dB',
  lm: 'lm',
  mg: 'mg',
  cl: 'cl',
  mp: 'MP',
  ppi: 'ppi',
  dpi: 'DPI',
};

/** Count units ("pcs") become the locale's word for pieces, chosen by plural rule. */
const COUNT_UNITS = new Set(['pcs', 'pc', 'piece', 'pieces', 'count', 'ct', 'pack', 'x']);
const PIECES: Readonly<Record<Locale, { one: string; other: string; space: boolean }>> = {
  en: { one: 'piece', other: 'pieces', space: true },
  de: { one: 'Stück', other: 'Stück', space: true },
  fr: { one: 'pièce', other: 'pièces', space: true },
  es: { one: 'pieza', other: 'piezas', space: true },
  it: { one: 'pezzo', other: 'pezzi', space: true },
  'pt-BR': { one: 'peça', other: 'peças', space: true },
  nl: { one: 'stuk', other: 'stuks', space: true },
  ja: { one: '個', other: '個', space: false },
  'zh-CN': { one: '件', other: '件', space: false },
  ko: { one: '개', other: '개', space: false },
};

/**
 * The gap between a number and a unit symbol, taken from the locale's own pattern for a sanctioned unit (gigabyte),
 * so "5000 mAh" is spaced like "128 GB" in that locale: a no-break space in de, none in ko ("128GB").
 */
const symbolGaps = new Map<Locale, string>();
function symbolGap(locale: Locale): string {
  let gap = symbolGaps.get(locale);
  if (gap === undefined) {
    const parts = numberFormat(locale, { style: 'unit', unit: 'gigabyte', unitDisplay: 'short' }).formatToParts(1);
    const i = parts.findIndex((p) => p.type === 'unit');
    const before = i > 0 ? parts[i - 1]! : undefined;
    gap = before && before.type === 'literal' ? before.value : '';
    symbolGaps.set(locale, gap);
  }
  return gap;
}

type UnitKind = { kind: 'intl'; unit: string; display: 'short' | 'long' } | { kind: 'symbol'; symbol: string } | { kind: 'count' } | { kind: 'unknown'; text: string };

function classifyUnit(raw: string): UnitKind {
  const key = raw.trim().toLowerCase().replace(/\.$/, '');
  const intl = INTL_UNITS[key];
  if (intl) return { kind: 'intl', ...intl };
  const sym = SYMBOL_UNITS[key];
  if (sym) return { kind: 'symbol', symbol: sym };
  if (COUNT_UNITS.has(key)) return { kind: 'count' };
  return { kind: 'unknown', text: raw.trim() };
}

/** A plain number in the locale's notation (de "1.500,5", fr "1 500,5", en "1,500.5"). */
export function formatNumber(locale: Locale, n: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** A quantity with its unit: `formatMeasure('de', 350, 'ml')` → "350 ml"; `('zh-CN', 350, 'ml')` → "350毫升". */
export function formatMeasure(locale: Locale, n: number, unit: string | null): string {
  if (!unit) return formatNumber(locale, n);
  const u = classifyUnit(unit);
  switch (u.kind) {
    case 'intl':
      return numberFormat(locale, { style: 'unit', unit: u.unit, unitDisplay: u.display, maximumFractionDigits: 2 }).format(n);
    case 'symbol':
      return `${formatNumber(locale, n)}${symbolGap(locale)}${u.symbol}`;
    case 'count': {
      const p = PIECES[locale];
      const word = plural(locale).select(n) === 'one' ? p.one : p.other;
      return `${formatNumber(locale, n)}${p.space ? ' ' : ''}${word}`;
    }
    default:
      return `${formatNumber(locale, n)} ${u.text}`;
  }
}

/** A range with one unit: en "3–8 years", de "3–8 Jahre", ja "3～8 年". */
export function formatMeasureRange(locale: Locale, lo: number, hi: number, unit: string | null): string {
  if (unit) {
    const u = classifyUnit(unit);
    if (u.kind === 'intl') {
      return numberFormat(locale, { style: 'unit', unit: u.unit, unitDisplay: u.display, maximumFractionDigits: 2 }).formatRange(lo, hi);
    }
    const range = numberFormat(locale, { maximumFractionDigits: 2 }).formatRange(lo, hi);
    if (u.kind === 'symbol') return `${range}${symbolGap(locale)}${u.symbol}`;
    if (u.kind === 'count') {
      const p = PIECES[locale];
      return `${range}${p.space ? ' ' : ''}${p.other}`;
    }
    return `${range} ${u.text}`;
  }
  return numberFormat(locale, { maximumFractionDigits: 2 }).formatRange(lo, hi);
}

/** Dimensions "20x15x10" + "cm" → en "20 × 15 × 10 cm", de "20 × 15 × 10 cm", ko "20 × 15 × 10cm". */
export function formatDimensions(locale: Locale, values: readonly number[], unit: string | null): string {
  const head = values.slice(0, -1).map((v) => formatNumber(locale, v));
  const last = formatMeasure(locale, values[values.length - 1]!, unit);
  return [...head, last].join(' × ');
}

/**
 * A price from minor units: the currency's own number of minor digits comes from Intl (JPY has none, EUR two,
 * KWD three), so 1990 JPY is ¥1,990 and 1290 EUR is €12.90 (de "12,90 €").
 */
export function formatPrice(locale: Locale, priceMinor: number, currency: string): string {
  const f = numberFormat(locale, { style: 'currency', currency });
  const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
  return f.format(priceMinor / 10 ** digits);
}

/** "a, b and c" / "a, b und c" / "a、b、c". */
export function formatList(locale: Locale, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return listFormat(locale, type).format(items);
}

/**
 * Reads a number the way suppliers and OCR write it: "350", "1.5", "1,5" (decimal comma), "5,000" / "5.000"
 * (thousands, when exactly three digits follow one separator group). Null when it is not a plain number.
 */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  if (/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (lastSep < 0) return Number(s);
  const intPart = s.slice(0, lastSep).replace(/[.,]/g, '');
  return Number(`${intPart}.${s.slice(lastSep + 1)}`);
}
