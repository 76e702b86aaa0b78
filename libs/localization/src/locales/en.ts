import { parseNoun } from '@vitrine/taxonomy';
import { europeanGrammar } from '../grammar';

/** Words that stay lower case inside a title (Chicago-style title case, short function words only). */
const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Capitalises each word, and each hyphen part ("T-Shirt", "BPA-Free"); words that already hold capitals keep them. */
export function titleCaseEn(text: string): string {
  return text
    .split(' ')
    .map((word, i) => {
      if (i > 0 && SMALL.has(word)) return word;
      return word
        .split('-')
        .map((part) => (/^\p{Ll}/u.test(part) ? part[0]!.toUpperCase() + part.slice(1) : part))
        .join('-');
    })
    .join(' ');
}

/**
 * "an" before a vowel sound. Spelling decides, with the exceptions that matter for product nouns: a "u" read /juː/
 * (a USB cable, a unisex…), and "eu"/"one".
 */
function indefiniteArticle(nextWord: string): string {
  const w = nextWord.toLowerCase();
  if (/^(?:u[bcfgklnrst][aeiou]|uni|use|usb|eu|one|once)/.test(w)) return 'a';
  if (/^(?:hour|honest|heir)/.test(w)) return 'an';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

export const en = europeanGrammar({
  locale: 'en',
  ui: { category: 'category', color: 'colour', colors: 'colours', material: 'material', materials: 'materials', features: 'features', style: 'style', useScenes: 'ideal for', printedText: 'text on the product', price: 'price' },
  genericNoun: parseNoun('item'),
  colorPosition: 'before',
  materialPreposition: null,
  article: (noun, next) => (noun.number === 'pl' ? null : indefiniteArticle(next)),
  byBrand: (b) => `by ${b}`,
  compatibleWith: (t) => `for ${t}`,
  colon: ': ',
  quotes: ['“', '”'],
  titleCase: titleCaseEn,
});
