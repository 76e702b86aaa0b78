import { colorAdjective, materialAttributive, parseNoun, type Locale } from '@vitrine/taxonomy';
import { formatList } from '../format';
import type { LocaleGrammar, NounPhraseParts, UiStrings } from '../grammar';

/**
 * Japanese, Chinese and Korean put every modifier before the noun (colour, then material) and need no agreement.
 * Japanese and Chinese write the phrase without spaces ("赤いセラミック製マグカップ", "红色陶瓷马克杯") and end
 * sentences with "。"; Korean separates words with spaces ("빨간색 세라믹 머그컵") and ends with ".".
 * Title segments after the headline are separated by a space in ja/zh, as marketplace titles there are written.
 */
interface CjkConfig {
  locale: Locale;
  ui: UiStrings;
  genericNoun: string;
  wordGap: string;
  intro: (np: string, brand: string | null) => string;
  compatibleWith: (t: string) => string;
  colon: string;
  fullStop: string;
  sentenceGap: string;
  partSeparator: string;
  titleSeparator: string;
  quotes: [string, string];
}

function cjkGrammar(c: CjkConfig): LocaleGrammar {
  const nounPhrase = (p: NounPhraseParts): string => {
    const words: string[] = [];
    if (p.color) words.push(colorAdjective(p.color, c.locale, null, 'sg'));
    if (p.material) words.push(materialAttributive(p.material, c.locale));
    words.push(p.noun.text);
    return words.join(c.wordGap);
  };
  const sentence = (t: string): string => (/[。．.!?！？…]$/.test(t.trim()) ? t.trim() : `${t.trim()}${c.fullStop}`);
  return {
    locale: c.locale,
    ui: c.ui,
    genericNoun: parseNoun(c.genericNoun),
    nounPhrase,
    headline: nounPhrase,
    titleWord: (t) => t,
    intro: (p, brand) => sentence(c.intro(nounPhrase(p), brand)),
    compatibleWith: c.compatibleWith,
    labelled: (l, v) => `${l}${c.colon}${v}`,
    sentence,
    sentenceGap: c.sentenceGap,
    partSeparator: c.partSeparator,
    titleSeparator: c.titleSeparator,
    quote: (t) => `${c.quotes[0]}${t}${c.quotes[1]}`,
    list: (items) => formatList(c.locale, items),
    capitalize: (t) => t,
  };
}

export const ja = cjkGrammar({
  locale: 'ja',
  ui: { category: 'カテゴリー', color: 'カラー', colors: 'カラー', material: '素材', materials: '素材', features: '特長', style: 'スタイル', useScenes: 'おすすめの用途', printedText: '印字', price: '価格' },
  genericNoun: '商品',
  wordGap: '',
  intro: (np, brand) => (brand ? `${brand}の${np}です` : `${np}です`),
  compatibleWith: (t) => `${t}対応`,
  colon: '：',
  fullStop: '。',
  sentenceGap: '',
  partSeparator: '／',
  titleSeparator: ' ',
  quotes: ['「', '」'],
});

export const zhCN = cjkGrammar({
  locale: 'zh-CN',
  ui: { category: '类目', color: '颜色', colors: '颜色', material: '材质', materials: '材质', features: '产品特点', style: '风格', useScenes: '适用场景', printedText: '印刷文字', price: '价格' },
  genericNoun: '商品',
  wordGap: '',
  intro: (np, brand) => (brand ? `这是一款来自${brand}的${np}` : `这是一款${np}`),
  compatibleWith: (t) => `适用于${t}`,
  colon: '：',
  fullStop: '。',
  sentenceGap: '',
  partSeparator: '；',
  titleSeparator: ' ',
  quotes: ['“', '”'],
});

export const ko = cjkGrammar({
  locale: 'ko',
  ui: { category: '카테고리', color: '색상', colors: '색상', material: '소재', materials: '소재', features: '특징', style: '스타일', useScenes: '추천 용도', printedText: '인쇄 문구', price: '가격' },
  genericNoun: '상품',
  wordGap: ' ',
  intro: (np, brand) => (brand ? `${brand}의 ${np}입니다` : `${np}입니다`),
  compatibleWith: (t) => `${t} 호환`,
  colon: ': ',
  fullStop: '.',
  sentenceGap: ' ',
  partSeparator: '; ',
  titleSeparator: ', ',
  quotes: ['“', '”'],
});
