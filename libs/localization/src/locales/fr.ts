import { parseNoun } from '@vitrine/taxonomy';
import { europeanGrammar } from '../grammar';

/**
 * French puts a no-break space before a colon (Imprimerie nationale, "Lexique des règles typographiques") and uses
 * guillemets with no-break spaces inside; a narrow no-break space precedes the semicolon.
 */
export const fr = europeanGrammar({
  locale: 'fr',
  ui: { category: 'catégorie', color: 'couleur', colors: 'couleurs', material: 'matière', materials: 'matières', features: 'caractéristiques', style: 'style', useScenes: 'idéal pour', printedText: 'texte imprimé', price: 'prix' },
  genericNoun: parseNoun('article|m'),
  colorPosition: 'after',
  materialPreposition: 'en',
  article: (noun) => (noun.number === 'pl' ? 'des' : noun.gender === 'f' ? 'une' : 'un'),
  byBrand: (b) => `de la marque ${b}`,
  compatibleWith: (t) => `pour ${t}`,
  colon: '\u00a0: ',
  quotes: ['«\u00a0', '\u00a0»'],
  partSeparator: '\u202f; ',
});
