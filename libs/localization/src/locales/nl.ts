import { parseNoun } from '@vitrine/taxonomy';
import { europeanGrammar } from '../grammar';

export const nl = europeanGrammar({
  locale: 'nl',
  ui: { category: 'categorie', color: 'kleur', colors: 'kleuren', material: 'materiaal', materials: 'materialen', features: 'kenmerken', style: 'stijl', useScenes: 'ideaal voor', printedText: 'opdruk', price: 'prijs' },
  genericNoun: parseNoun('artikel|n'),
  colorPosition: 'before',
  materialPreposition: 'van',
  article: (noun) => (noun.number === 'pl' ? null : 'een'),
  byBrand: (b) => `van het merk ${b}`,
  compatibleWith: (t) => `voor ${t}`,
  colon: ': ',
  quotes: ['‘', '’'],
});
