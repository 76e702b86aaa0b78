import { parseNoun } from '@vitrine/taxonomy';
import { europeanGrammar } from '../grammar';

/** Indefinite article, nominative: ein (m, n), eine (f); none in the plural. */
export const de = europeanGrammar({
  locale: 'de',
  ui: { category: 'Kategorie', color: 'Farbe', colors: 'Farben', material: 'Material', materials: 'Materialien', features: 'Eigenschaften', style: 'Stil', useScenes: 'ideal für', printedText: 'Aufdruck', price: 'Preis' },
  genericNoun: parseNoun('Artikel|m'),
  colorPosition: 'before',
  materialPreposition: 'aus',
  article: (noun) => (noun.number === 'pl' ? null : noun.gender === 'f' ? 'eine' : 'ein'),
  byBrand: (b) => `von ${b}`,
  compatibleWith: (t) => `für ${t}`,
  colon: ': ',
  quotes: ['„', '“'],
});
