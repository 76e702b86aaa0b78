import { capitalizeFirst, colorAdjective, label, materialAttributive, type Locale, type Noun } from '@vitrine/taxonomy';
import { formatList } from './format';

/** The words of a product's noun phrase: the category noun, its main colour and main material (codes). */
export interface NounPhraseParts {
  noun: Noun;
  color: string | null;
  material: string | null;
}

/** Fixed words of the templates (spec labels); names of NamedAttributes come from the taxonomy. */
export interface UiStrings {
  category: string;
  color: string;
  colors: string;
  material: string;
  materials: string;
  features: string;
  style: string;
  useScenes: string;
  printedText: string;
  price: string;
}

/**
 * Everything locale-specific about turning the structured description into text. Each supported locale has its
 * own grammar (./locales/*): word order, agreement, articles, punctuation and spacing are decided here, never by
 * concatenating English-ordered fragments.
 */
export interface LocaleGrammar {
  readonly locale: Locale;
  readonly ui: UiStrings;
  /** Used when a description has no category. */
  readonly genericNoun: Noun;
  /** Running-text noun phrase without article: de "rote Tasse aus Keramik", fr "tasse rouge en céramique". */
  nounPhrase(p: NounPhraseParts): string;
  /** The noun phrase as the head of a title: de "Rote Tasse aus Keramik", en "Red Ceramic Mug". */
  headline(p: NounPhraseParts): string;
  /** A feature label or apposition as it stands in a title (en title case; elsewhere unchanged). */
  titleWord(text: string): string;
  /** The opening sentence: "Eine rote Tasse aus Keramik von Kiln&Co." */
  intro(p: NounPhraseParts, brand: string | null): string;
  /** "for iPhone 15" / "für iPhone 15" / "iPhone 15対応". */
  compatibleWith(target: string): string;
  /** "Farbe: rot" / "Couleur : rouge" / "カラー：赤". */
  labelled(labelText: string, value: string): string;
  /** Ends a sentence with the locale's full stop unless it already ends in terminal punctuation. */
  sentence(text: string): string;
  /** Between sentences of one paragraph ("" for ja and zh). */
  readonly sentenceGap: string;
  /** Between parts of one bullet ("; ", "／"). */
  readonly partSeparator: string;
  /** Between title segments after the headline (", " or " "). */
  readonly titleSeparator: string;
  quote(text: string): string;
  list(items: readonly string[]): string;
  /** Upper-cases the first letter where the script has case. */
  capitalize(text: string): string;
}

/** Options of the shared template for the European languages. */
export interface EuropeanConfig {
  locale: Locale;
  ui: UiStrings;
  genericNoun: Noun;
  /** Where the colour adjective stands: before the noun (en, de, nl) or after it (fr, es, it, pt-BR). */
  colorPosition: 'before' | 'after';
  /** en puts the material before the noun as a modifier ("ceramic mug"); the others use a preposition. */
  materialPreposition: string | null;
  /** The indefinite article for the intro sentence, given the noun and the word that follows the article. */
  article(noun: Noun, nextWord: string): string | null;
  /** "by Kiln&Co", "von Kiln&Co", "de la marque Kiln&Co". */
  byBrand(brand: string): string;
  compatibleWith(target: string): string;
  /** The text between a label and its value: ": ", or French "\u00a0: " (no-break space before the colon). */
  colon: string;
  quotes: [string, string];
  /** Between parts of one bullet; default "; ". */
  partSeparator?: string;
  /** Title case for the headline and title features (English). */
  titleCase?: (text: string) => string;
}

/** Attaches the article: Italian "un'" elides onto a vowel, the others are separate words. */
const withArticle = (article: string | null, phrase: string): string => (article === null ? phrase : article.endsWith('’') ? `${article}${phrase}` : `${article} ${phrase}`);

export function europeanGrammar(c: EuropeanConfig): LocaleGrammar {
  const { locale } = c;
  const nounPhrase = (p: NounPhraseParts): string => {
    const color = p.color ? colorAdjective(p.color, locale, p.noun.gender, p.noun.number) : null;
    const words: string[] = [];
    if (c.colorPosition === 'before' && color) words.push(color);
    if (c.materialPreposition === null && p.material) words.push(materialAttributive(p.material, locale));
    words.push(p.noun.text);
    if (c.colorPosition === 'after' && color) words.push(color);
    if (c.materialPreposition !== null && p.material) words.push(c.materialPreposition, label(p.material, locale));
    return words.join(' ');
  };
  const cap = (t: string): string => capitalizeFirst(t, locale);
  const sentence = (t: string): string => (/[.!?…]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);
  return {
    locale,
    ui: c.ui,
    genericNoun: c.genericNoun,
    nounPhrase,
    headline: (p) => (c.titleCase ? c.titleCase(nounPhrase(p)) : cap(nounPhrase(p))),
    titleWord: (t) => (c.titleCase ? c.titleCase(t) : t),
    intro: (p, brand) => {
      const np = nounPhrase(p);
      const first = np.split(' ')[0] ?? '';
      const body = withArticle(c.article(p.noun, first), np);
      return sentence(cap(brand ? `${body} ${c.byBrand(brand)}` : body));
    },
    compatibleWith: c.compatibleWith,
    labelled: (l, v) => `${cap(l)}${c.colon}${v}`,
    sentence,
    sentenceGap: ' ',
    partSeparator: c.partSeparator ?? '; ',
    titleSeparator: ', ',
    quote: (t) => `${c.quotes[0]}${t}${c.quotes[1]}`,
    list: (items) => formatList(locale, items),
    capitalize: cap,
  };
}
