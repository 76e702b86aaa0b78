import type { Locale } from '@vitrine/taxonomy';
import type { LocaleGrammar } from '../grammar';
import { ja, ko, zhCN } from './cjk';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { ptBR } from './pt-br';

export const grammars: Readonly<Record<Locale, LocaleGrammar>> = Object.freeze({ en, de, fr, es, it, ja, 'zh-CN': zhCN, ko, 'pt-BR': ptBR, nl });
