import { parseNoun } from '@vitrine/taxonomy';
import { europeanGrammar } from '../grammar';

/**
 * Italian indefinite article by the sound that follows: "uno" before s + consonant, z, gn, ps, pn, x, y
 * (uno zaino, uno smartwatch), "un'" before a vowel in the feminine (un'auto), "una" otherwise in the feminine,
 * "un" otherwise. https://it.wikipedia.org/wiki/Articolo_(linguistica)#Italiano
 */
function article(gender: string | null, next: string): string {
  const w = next.toLowerCase();
  if (gender === 'f') return /^[aeiouàèéìòù]/.test(w) ? 'un’' : 'una';
  return /^(?:s[^aeiouàèéìòù]|z|gn|ps|pn|x|y[aeiou])/.test(w) ? 'uno' : 'un';
}

export const it = europeanGrammar({
  locale: 'it',
  ui: { category: 'categoria', color: 'colore', colors: 'colori', material: 'materiale', materials: 'materiali', features: 'caratteristiche', style: 'stile', useScenes: 'ideale per', printedText: 'testo stampato', price: 'prezzo' },
  genericNoun: parseNoun('articolo|m'),
  colorPosition: 'after',
  materialPreposition: 'in',
  article: (noun, next) => (noun.number === 'pl' ? null : article(noun.gender, next)),
  byBrand: (b) => `del marchio ${b}`,
  compatibleWith: (t) => `per ${t}`,
  colon: ': ',
  quotes: ['«', '»'],
});
