/**
 * Tokens for CJK text: every run of Han, Hiragana, Katakana or Hangul characters becomes its overlapping bigrams (a
 * single character stays a unigram); every other run of letters or digits becomes one lower-cased token. Text and
 * query go through the same function, so a query matches when all its bigrams occur in the document — the recall of
 * a substring search with the speed of a GIN index.
 */
const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]/u;
const tokenChar = /[\p{L}\p{N}]/u;

export function cjkTokens(text: string, opts: { unigrams?: boolean } = {}): string[] {
  const out: string[] = [];
  const chars = [...text.normalize('NFKC')];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (cjkChar.test(c)) {
      let j = i;
      while (j < chars.length && cjkChar.test(chars[j]!)) j++;
      const run = chars.slice(i, j);
      if (run.length === 1 || opts.unigrams) out.push(...run);
      for (let k = 0; k + 1 < run.length; k++) out.push(run[k]! + run[k + 1]!);
      i = j;
    } else if (tokenChar.test(c)) {
      let j = i;
      while (j < chars.length && tokenChar.test(chars[j]!) && !cjkChar.test(chars[j]!)) j++;
      out.push(chars.slice(i, j).join('').toLowerCase());
      i = j;
    } else i++;
  }
  return out;
}

/**
 * Documents index unigrams as well as bigrams, so that a one-character query (茶) finds every text containing it;
 * a query of a longer run uses only its bigrams (more selective). Distinct, in first-seen order.
 */
export const cjkDocumentTokens = (text: string): string[] => [...new Set(cjkTokens(text, { unigrams: true }))];
export const cjkQueryTokens = (text: string): string[] => [...new Set(cjkTokens(text))];
