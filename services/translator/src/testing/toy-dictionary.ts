/**
 * The "translation model" of the local MT stand-ins: a word-for-word dictionary for the words of the test
 * products, enough to see that text was translated, and hostile on purpose — it also translates "Kiln" (of the
 * brand "Kiln&Co"), so a protected term that reaches the engine unmasked comes back altered.
 */
const DICTIONARY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  de: { kiln: 'Brennofen', glaze: 'Glasur', keeps: 'behält', its: 'ihren', shine: 'Glanz', after: 'nach', years: 'Jahren', of: 'von', daily: 'täglichem', use: 'Gebrauch', a: 'ein', comfortable: 'bequemer', handle: 'Henkel', for: 'für', hot: 'heiße', drinks: 'Getränke', made: 'gemacht', by: 'von', slow: 'langsame', mornings: 'Morgen' },
  fr: { kiln: 'Four', glaze: 'émail', keeps: 'garde', its: 'son', shine: 'éclat', after: 'après', years: 'années', of: 'de', daily: 'quotidienne', use: 'utilisation', a: 'une', comfortable: 'confortable', handle: 'anse', for: 'pour', hot: 'chaudes', drinks: 'boissons', made: 'fait', by: 'par', slow: 'lents', mornings: 'matins' },
  es: { kiln: 'Horno', glaze: 'esmalte', shine: 'brillo', handle: 'asa', hot: 'calientes', drinks: 'bebidas', mornings: 'mañanas' },
  it: { kiln: 'Fornace', glaze: 'smalto', shine: 'lucentezza', handle: 'manico', hot: 'calde', drinks: 'bevande', mornings: 'mattine' },
  nl: { kiln: 'Oven', glaze: 'glazuur', shine: 'glans', handle: 'oor', hot: 'warme', drinks: 'dranken', mornings: 'ochtenden' },
  'pt-BR': { kiln: 'Forno', glaze: 'esmalte', shine: 'brilho', handle: 'alça', hot: 'quentes', drinks: 'bebidas', mornings: 'manhãs' },
  ja: { kiln: '窯', glaze: '釉薬', shine: '輝き', handle: '取っ手', hot: '熱い', drinks: '飲み物', mornings: '朝' },
  'zh-CN': { kiln: '窑', glaze: '釉面', shine: '光泽', handle: '把手', hot: '热', drinks: '饮品', mornings: '早晨' },
  ko: { kiln: '가마', glaze: '유약', shine: '광택', handle: '손잡이', hot: '뜨거운', drinks: '음료', mornings: '아침' },
};

/** Our locale for a tag as an engine may spell it (LibreTranslate: "zh-Hans", "pb"). */
export function dictionaryLocale(tag: string): string | null {
  const t = tag.toLowerCase();
  if (t === 'zh' || t === 'zh-hans' || t === 'zh-cn') return 'zh-CN';
  if (t === 'pb' || t === 'pt' || t === 'pt-br') return 'pt-BR';
  return Object.keys(DICTIONARY).find((k) => k.toLowerCase() === t) ?? null;
}

/** Translates every word (a run of letters) the dictionary knows; the rest — digits, punctuation, placeholders — stays. */
export function toyTranslate(text: string, to: string): string {
  const dict = DICTIONARY[dictionaryLocale(to) ?? ''] ?? {};
  return text.replace(/\p{L}+/gu, (w) => {
    const t = dict[w.toLowerCase()];
    if (!t) return w;
    return w[0] === w[0]!.toUpperCase() && w[0] !== w[0]!.toLowerCase() ? t[0]!.toUpperCase() + t.slice(1) : t;
  });
}
