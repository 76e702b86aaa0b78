import { parseNoun } from '@vitrine/taxonomy';
import { europeanGrammar } from '../grammar';

/** Plural nouns take no article in the intro ("Tênis brancos de couro da marca X."), as Brazilian listings write. */
export const ptBR = europeanGrammar({
  locale: 'pt-BR',
  ui: { category: 'categoria', color: 'cor', colors: 'cores', material: 'material', materials: 'materiais', features: 'características', style: 'estilo', useScenes: 'ideal para', printedText: 'texto impresso', price: 'preço' },
  genericNoun: parseNoun('produto|m'),
  colorPosition: 'after',
  materialPreposition: 'de',
  article: (noun) => (noun.number === 'pl' ? null : noun.gender === 'f' ? 'uma' : 'um'),
  byBrand: (b) => `da marca ${b}`,
  compatibleWith: (t) => `para ${t}`,
  colon: ': ',
  quotes: ['“', '”'],
});
