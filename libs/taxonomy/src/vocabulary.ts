import { categories, type CategoryDef } from './data/categories';
import { colors, type ColorDef } from './data/colors';
import { features, type FeatureDef } from './data/features';
import { materials, type MaterialDef } from './data/materials';
import { attributeNames, fits, groups, patterns, styles, targetUsers, useScenes, type SimpleEntry } from './data/simple-vocabularies';
import { agreeDutch, agreeGerman, agreeRomance, firstForm, romanceLocales, type Forms, type Gender, type GrammaticalNumber, type Noun } from './grammar';
import { supportedLocales, type Locale } from './locales';

/** The kinds of code the taxonomy holds; the prefix of a code names its kind (`color.red`, `audio.headphones`). */
export type CodeKind = 'category' | 'group' | 'color' | 'material' | 'style' | 'use_scene' | 'feature' | 'attribute' | 'pattern' | 'fit' | 'target_user';

/** The description fields that hold controlled-vocabulary codes, and their kinds. */
export const descriptionCodeFields = { colors: 'color', materials: 'material', styles: 'style', useScenes: 'use_scene', features: 'feature' } as const;

interface Entry {
  readonly code: string;
  readonly kind: CodeKind;
  readonly labels: Readonly<Record<Locale, Forms>>;
}

const kindPrefix: Readonly<Record<Exclude<CodeKind, 'category'>, string>> = {
  group: 'group',
  color: 'color',
  material: 'material',
  style: 'style',
  use_scene: 'scene',
  feature: 'feature',
  attribute: 'attr',
  pattern: 'pattern',
  fit: 'fit',
  target_user: 'target',
};

const byCode = new Map<string, Entry>();
const add = (kind: CodeKind, list: readonly { code: string; labels: Readonly<Record<Locale, Forms>> }[]): void => {
  for (const e of list) {
    if (byCode.has(e.code)) throw new Error(`duplicate taxonomy code ${e.code}`);
    byCode.set(e.code, { code: e.code, kind, labels: e.labels });
  }
};
add('group', groups);
add('color', colors);
add('material', materials);
add('style', styles);
add('use_scene', useScenes);
add('feature', features);
add('attribute', attributeNames);
add('pattern', patterns);
add('fit', fits);
add('target_user', targetUsers);
const categoryByCode = new Map<string, CategoryDef>(categories.map((c) => [c.code, c]));
for (const c of categories) {
  if (byCode.has(c.code)) throw new Error(`duplicate taxonomy code ${c.code}`);
  const labels = Object.fromEntries(supportedLocales.map((l) => [l, c.nouns[l].text])) as Record<Locale, string>;
  byCode.set(c.code, { code: c.code, kind: 'category', labels });
}
const colorByCode = new Map<string, ColorDef>(colors.map((c) => [c.code, c]));
const materialByCode = new Map<string, MaterialDef>(materials.map((m) => [m.code, m]));
const featureByCode = new Map<string, FeatureDef>(features.map((f) => [f.code, f]));

/** A code that the taxonomy does not hold (or holds under another kind). Poison for the stage that meets it. */
export class UnknownCodeError extends Error {
  override readonly name = 'UnknownCodeError';
  constructor(
    readonly code: string,
    readonly kind: CodeKind | null,
  ) {
    super(kind ? `unknown ${kind} code "${code}"` : `unknown taxonomy code "${code}"`);
  }
}

/** Every code, in table order. */
export function allCodes(): string[] {
  return [...byCode.keys()];
}

export function codesOfKind(kind: CodeKind): string[] {
  return [...byCode.values()].filter((e) => e.kind === kind).map((e) => e.code);
}

export function kindOf(code: string): CodeKind | null {
  return byCode.get(code)?.kind ?? null;
}

/**
 * The canonical code for `raw` of a given kind: the code itself, or the bare name with the kind's prefix added
 * (`red` → `color.red`, `dishwasher_safe` → `feature.dishwasher_safe`, `brand` → `attr.brand`). Null if unknown.
 */
export function normalizeCode(kind: CodeKind, raw: string): string | null {
  const code = raw.trim();
  const direct = byCode.get(code);
  if (direct && direct.kind === kind) return code;
  if (kind === 'category') return null;
  const prefixed = `${kindPrefix[kind]}.${code.toLowerCase().replace(/[\s-]+/g, '_')}`;
  return byCode.get(prefixed)?.kind === kind ? prefixed : null;
}

function entry(code: string, kind?: CodeKind): Entry {
  const e = byCode.get(code);
  if (!e || (kind && e.kind !== kind)) throw new UnknownCodeError(code, kind ?? null);
  return e;
}

/**
 * The label of a code in a locale, in running-text case (adjectives lower case, German nouns capitalised):
 * de color.red → "Rot", fr feature.dishwasher_safe → "compatible lave-vaisselle", home.mug → "Tasse".
 */
export function label(code: string, locale: Locale): string {
  return firstForm(entry(code).labels[locale]);
}

/** The label as shown on its own (facet value, attributeLabels): first letter upper case where the script has case. */
export function displayLabel(code: string, locale: Locale): string {
  return capitalizeFirst(label(code, locale), locale);
}

export function capitalizeFirst(text: string, locale: Locale): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleUpperCase(locale) + text.slice(ch.length);
}

export function category(code: string): CategoryDef {
  const c = categoryByCode.get(code);
  if (!c) throw new UnknownCodeError(code, 'category');
  return c;
}

export function findCategory(code: string): CategoryDef | undefined {
  return categoryByCode.get(code);
}

export function categoryNoun(code: string, locale: Locale): Noun {
  return category(code).nouns[locale];
}

export function colorDef(code: string): ColorDef {
  const c = colorByCode.get(code);
  if (!c) throw new UnknownCodeError(code, 'color');
  return c;
}

/**
 * A colour as an attributive adjective agreeing with a noun: de "rote" (Tasse, f), "roter" (Rucksack, m), "rotes"
 * (T-Shirt, n); fr "rouge"/"noire"; nl "rood" (T-shirt, het) / "rode" (mok, de); ja "赤い"; zh "红色"; en "red".
 */
export function colorAdjective(code: string, locale: Locale, gender: Gender | null, number: GrammaticalNumber): string {
  const forms = colorDef(code).labels[locale];
  const list = typeof forms === 'string' ? [forms] : forms;
  switch (locale) {
    case 'de':
      return list.length === 1 ? list[0]! : agreeGerman(list[1]!, gender, number);
    case 'nl':
      if (list.length === 1) return list[0]!;
      return list.length === 2 ? agreeDutch(list[0]!, list[1]!, gender, number) : agreeDutch(list[1]!, list[2]!, gender, number);
    case 'ja':
      return list[1] ?? `${list[0]!}の`;
    case 'fr':
    case 'es':
    case 'it':
    case 'pt-BR':
      return agreeRomance(list, gender, number);
    default:
      return list[0]!;
  }
}

/** A material as it stands before a noun (en "stainless steel", ja "ステンレス製", zh "铝制"); else its label. */
export function materialAttributive(code: string, locale: Locale): string {
  const m = materialByCode.get(code);
  if (!m) throw new UnknownCodeError(code, 'material');
  const forms = m.labels[locale];
  return typeof forms === 'string' ? forms : (forms[1] ?? forms[0]!);
}

/**
 * A feature as an apposition after the category noun phrase, agreeing where the language requires it
 * (es "apta para lavavajillas" after "taza", de "mit Geräuschunterdrückung").
 */
export function featureApposition(code: string, locale: Locale, gender: Gender | null, number: GrammaticalNumber): string {
  const f = featureByCode.get(code);
  if (!f) throw new UnknownCodeError(code, 'feature');
  const forms = f.labels[locale];
  if (typeof forms === 'string') return forms;
  const rest = forms.slice(1);
  if (rest.length === 0) return forms[0]!;
  if (rest.length === 1) return rest[0]!;
  if (!romanceLocales.includes(locale)) throw new RangeError(`feature ${code}: agreeing forms are only defined for Romance locales, not ${locale}`);
  return agreeRomance(rest, gender, number);
}

/** Every form a code has in a locale (for validation and for the resolver's label matching). */
export function allForms(code: string, locale: Locale): string[] {
  const forms = entry(code).labels[locale];
  return typeof forms === 'string' ? [forms] : [...forms];
}

export type { Entry as VocabularyEntry, SimpleEntry };
