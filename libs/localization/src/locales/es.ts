import { parseNoun } from '@vitrine/taxonomy';
import { europeanGrammar } from '../grammar';

export const es = europeanGrammar({
  locale: 'es',
  ui: { category: 'categoría', color: 'color', colors: 'colores', material: 'material', materials: 'materiales', features: 'características', style: 'estilo', useScenes: 'ideal para', printedText: 'texto impreso', price: 'precio' },
  genericNoun: parseNoun('artículo|m'),
  colorPosition: 'after',
  materialPreposition: 'de',
  article: (noun) => {
    if (noun.number === 'pl') return noun.gender === 'f' ? 'unas' : 'unos';
    return noun.gender === 'f' ? 'una' : 'un';
  },
  byBrand: (b) => `de la marca ${b}`,
  compatibleWith: (t) => `para ${t}`,
  colon: ': ',
  quotes: ['«', '»'],
});
