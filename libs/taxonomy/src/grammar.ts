import type { Locale } from './locales';

/**
 * Grammatical gender of a noun: masculine, feminine, neuter (German), or common (Dutch "de"-words; Dutch neuter
 * nouns are "het"-words and use `n`). English, Japanese, Chinese and Korean nouns carry none (`null`).
 */
export type Gender = 'm' | 'f' | 'n' | 'c';
export type GrammaticalNumber = 'sg' | 'pl';

/** A category noun as a title uses it: its text, gender and number (e.g. de "Kopfhörer" is masculine plural). */
export interface Noun {
  readonly text: string;
  readonly gender: Gender | null;
  readonly number: GrammaticalNumber;
}

/**
 * Word forms as written in the data tables. One string is an invariable word; an array lists forms whose meaning
 * depends on the locale and the vocabulary (see the readers below, and the comment on each table).
 */
export type Forms = string | readonly string[];

/** Parses the compact noun notation of the category table: "Tasse|f", "Kopfhörer|m|pl", "jeans||pl", "mug". */
export function parseNoun(spec: string): Noun {
  const [text = '', g = '', n = ''] = spec.split('|');
  const gender = g === '' ? null : (g as Gender);
  if (gender !== null && !['m', 'f', 'n', 'c'].includes(gender)) throw new RangeError(`bad gender in noun "${spec}"`);
  if (n !== '' && n !== 'sg' && n !== 'pl') throw new RangeError(`bad number in noun "${spec}"`);
  return Object.freeze({ text, gender, number: n === 'pl' ? 'pl' : 'sg' });
}

/** The dictionary (label) form: the first form. */
export const firstForm = (f: Forms): string => (typeof f === 'string' ? f : (f[0] ?? ''));

/**
 * Romance-language agreement (fr, es, it, pt-BR): `forms` is one invariable form, `[singular, plural]`, or
 * `[masc. sg, fem. sg, masc. pl, fem. pl]`.
 */
export function agreeRomance(forms: readonly string[], gender: Gender | null, number: GrammaticalNumber): string {
  const pl = number === 'pl';
  if (forms.length === 1) return forms[0]!;
  if (forms.length === 2) return forms[pl ? 1 : 0]!;
  if (forms.length === 4) return forms[(gender === 'f' ? 1 : 0) + (pl ? 2 : 0)]!;
  throw new RangeError(`Romance forms must have 1, 2 or 4 entries, got ${forms.length}: ${forms.join('/')}`);
}

/**
 * German attributive adjective with no article or after the indefinite article, nominative: strong endings
 * (roter Rucksack, rote Tasse, rotes T-Shirt, rote Kopfhörer). `stem` is the uninflected adjective.
 * https://en.wikipedia.org/wiki/German_declension#Adjectives
 */
export function agreeGerman(stem: string, gender: Gender | null, number: GrammaticalNumber): string {
  if (number === 'pl') return `${stem}e`;
  return stem + (gender === 'm' ? 'er' : gender === 'n' ? 'es' : 'e');
}

/**
 * Dutch attributive adjective: the uninflected form before a singular "het"-word without definite article
 * (een rood T-shirt), the inflected form otherwise (een rode mok, rode sokken).
 * https://en.wikipedia.org/wiki/Dutch_grammar#Adjectives
 */
export function agreeDutch(base: string, inflected: string, gender: Gender | null, number: GrammaticalNumber): string {
  return number === 'sg' && gender === 'n' ? base : inflected;
}

/** Locales whose agreement reader is the Romance one. */
export const romanceLocales: readonly Locale[] = ['fr', 'es', 'it', 'pt-BR'];
