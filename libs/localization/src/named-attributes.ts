import type { NamedAttribute } from '@vitrine/contracts';
import { allForms, codesOfKind, foldForMatch, label, normalizeCode, supportedLocales, type CodeKind, type Locale } from '@vitrine/taxonomy';
import { formatDimensions, formatMeasure, formatMeasureRange, parseNumber } from './format';
import { regionDisplayNames } from './intl-cache';

/**
 * NamedAttribute values are strings as read or generated ("350", "350ml", "20x15x10", "3-8", "CN", "striped").
 * This module turns them into locale text: numbers and units through Intl, country codes through
 * Intl.DisplayNames, vocabulary values (pattern, fit, target user) through the taxonomy, and everything else
 * verbatim — a value we cannot interpret is carried unchanged rather than guessed at.
 */

/** Attribute names whose values are names or identifiers: never translated, never reformatted. */
export const PROTECTED_ATTRIBUTES: ReadonlySet<string> = new Set(['brand', 'model_number', 'compatibility']);

/** Names accepted for the same attribute (the describer's schema says model_number; suppliers say model). */
const NAME_ALIASES: Readonly<Record<string, string>> = { model: 'model_number', pieces: 'quantity', count: 'quantity', age: 'age_range', country_of_origin: 'origin' };

/** Attributes whose values come from a taxonomy vocabulary. */
const VALUE_VOCABULARY: Readonly<Record<string, CodeKind>> = { pattern: 'pattern', fit: 'fit', target_user: 'target_user' };

export function canonicalAttributeName(name: string): string {
  const n = name.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return NAME_ALIASES[n] ?? n;
}

/** The taxonomy code of an attribute name (`attr.capacity`), or null for a name the taxonomy does not know. */
export function attributeCode(name: string): string | null {
  return normalizeCode('attribute', canonicalAttributeName(name));
}

export interface RenderedAttribute {
  /** Canonical name (model → model_number). */
  name: string;
  /** `attr.<name>`, or null when the taxonomy has no label for the name. */
  code: string | null;
  /** The name's label in the locale (running-text case); the raw name when `code` is null. */
  label: string;
  /** The value as shown in the locale. */
  text: string;
  /** The vocabulary code of the value (`pattern.striped`), when it is one. */
  valueCode: string | null;
  /** True for brand, model and compatibility: carried verbatim everywhere, masked from machine translation. */
  protected: boolean;
}

const valueCodeIndex = new Map<string, Map<string, string>>();
function vocabularyValue(kind: CodeKind, value: string): string | null {
  const direct = normalizeCode(kind, value);
  if (direct) return direct;
  let index = valueCodeIndex.get(kind);
  if (!index) {
    index = new Map();
    for (const code of codesOfKind(kind)) for (const l of supportedLocales) for (const form of allForms(code, l)) index.set(foldForMatch(form), code);
    valueCodeIndex.set(kind, index);
  }
  return index.get(foldForMatch(value)) ?? null;
}

let englishRegions: Map<string, string> | null = null;
/** ISO 3166-1 alpha-2 code for a country written as a code ("CN") or an English name ("China"). */
function regionCode(value: string): string | null {
  const v = value.trim();
  if (/^[A-Za-z]{2}$/.test(v)) {
    const code = v.toUpperCase();
    return regionDisplayNames('en').of(code) ? code : null;
  }
  if (!englishRegions) {
    englishRegions = new Map();
    const names = regionDisplayNames('en');
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name) englishRegions.set(name.toLowerCase(), code);
      }
    }
  }
  return englishRegions.get(v.toLowerCase()) ?? null;
}

/** Age templates where the unit word differs from a duration (ja 歳, not 年) or for "3+". */
const AGE: Readonly<Record<Locale, { plus: (n: string) => string; years?: (n: string) => string; months?: (n: string) => string }>> = {
  en: { plus: (n) => `${n}+ years` },
  de: { plus: (n) => `ab ${n} Jahren` },
  fr: { plus: (n) => `dès ${n} ans` },
  es: { plus: (n) => `a partir de ${n} años` },
  it: { plus: (n) => `dai ${n} anni in su` },
  'pt-BR': { plus: (n) => `a partir de ${n} anos` },
  nl: { plus: (n) => `vanaf ${n} jaar` },
  ja: { plus: (n) => `${n}歳以上`, years: (n) => `${n}歳`, months: (n) => `${n}か月` },
  'zh-CN': { plus: (n) => `${n}岁以上`, years: (n) => `${n}岁`, months: (n) => `${n}个月` },
  ko: { plus: (n) => `${n}세 이상`, years: (n) => `${n}세`, months: (n) => `${n}개월` },
};

const RANGE = /^(\d+(?:[.,]\d+)?)\s*(?:-|–|~|～|to|bis|à|a)\s*(\d+(?:[.,]\d+)?)$/i;
const DIMENSIONS = /^(\d+(?:[.,]\d+)?)(?:\s*[x×*]\s*(\d+(?:[.,]\d+)?)){1,2}$/i;
const NUMBER_WITH_UNIT = /^(\d+(?:[.,]\d+)*)\s*([^\d\s].*)?$/;

/** Splits "350ml" into ["350", "ml"] when no unit was given separately. */
function splitUnit(value: string, unit: string | null): { value: string; unit: string | null } {
  if (unit) return { value: value.trim(), unit };
  const v = value.trim();
  const dims = /^(.*?\d)\s*([a-zA-Z"]+)$/.exec(v);
  if (dims && DIMENSIONS.test(dims[1]!.trim())) return { value: dims[1]!.trim(), unit: dims[2]! };
  const range = /^(.*?\d)\s*([a-zA-Z"%°]+)$/.exec(v);
  if (range && RANGE.test(range[1]!.trim())) return { value: range[1]!.trim(), unit: range[2]! };
  const m = NUMBER_WITH_UNIT.exec(v);
  if (m && m[2] && parseNumber(m[1]!) !== null) return { value: m[1]!, unit: m[2].trim() };
  return { value: v, unit: null };
}

function formatAge(locale: Locale, value: string, unit: string | null): string | null {
  const v = value.trim();
  const u = (unit ?? 'years').toLowerCase();
  const isMonths = /^(?:m|mo|month|months)$/.test(u);
  const t = AGE[locale];
  const plus = /^(\d+)\s*\+$/.exec(v);
  if (plus && !isMonths) return t.plus(plus[1]!);
  const range = RANGE.exec(v);
  const cjk = isMonths ? t.months : t.years;
  if (range) {
    const lo = parseNumber(range[1]!);
    const hi = parseNumber(range[2]!);
    if (lo === null || hi === null) return null;
    if (cjk) return cjk(formatMeasureRange(locale, lo, hi, null));
    return formatMeasureRange(locale, lo, hi, isMonths ? 'months' : 'years');
  }
  const n = parseNumber(v);
  if (n === null) return null;
  if (cjk) return cjk(formatMeasure(locale, n, null));
  return formatMeasure(locale, n, isMonths ? 'months' : 'years');
}

/** Formats a value with its unit: number, range ("3–8"), or dimensions ("20 × 15 × 10 cm"); null if not numeric. */
export function formatQuantity(locale: Locale, rawValue: string, rawUnit: string | null): string | null {
  const { value, unit } = splitUnit(rawValue, rawUnit);
  const n = parseNumber(value);
  if (n !== null) return formatMeasure(locale, n, unit);
  const range = RANGE.exec(value);
  if (range) {
    const lo = parseNumber(range[1]!);
    const hi = parseNumber(range[2]!);
    if (lo !== null && hi !== null) return formatMeasureRange(locale, lo, hi, unit);
  }
  if (DIMENSIONS.test(value)) {
    const nums = value.split(/\s*[x×*]\s*/i).map((p) => parseNumber(p));
    if (nums.every((x): x is number => x !== null)) return formatDimensions(locale, nums, unit);
  }
  return null;
}

/** Renders one NamedAttribute for a locale. */
export function renderAttribute(attr: NamedAttribute, locale: Locale): RenderedAttribute {
  const name = canonicalAttributeName(attr.name);
  const code = attributeCode(name);
  const labelText = code ? label(code, locale) : attr.name;
  const isProtected = PROTECTED_ATTRIBUTES.has(name);
  const base = { name, code, label: labelText, protected: isProtected, valueCode: null as string | null };
  if (isProtected) return { ...base, text: attr.value.trim() };

  const vocab = VALUE_VOCABULARY[name];
  if (vocab) {
    const valueCode = vocabularyValue(vocab, attr.value);
    if (valueCode) return { ...base, valueCode, text: label(valueCode, locale) };
    return { ...base, text: attr.value.trim() };
  }
  if (name === 'age_range') {
    const age = formatAge(locale, attr.value, attr.unit);
    if (age) return { ...base, text: age };
  }
  if (name === 'origin') {
    const region = regionCode(attr.value);
    const shown = region ? regionDisplayNames(locale).of(region) : undefined;
    if (shown) return { ...base, text: shown };
  }
  return { ...base, text: formatQuantity(locale, attr.value, attr.unit) ?? (attr.unit ? `${attr.value.trim()} ${attr.unit.trim()}` : attr.value.trim()) };
}
