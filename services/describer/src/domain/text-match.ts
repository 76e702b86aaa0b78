/**
 * Script-aware keyword matching for OCR text.
 * - Latin (and other spaced scripts): case-insensitive, whole words only (Unicode letter/number boundaries, since
 *   `\b` is ASCII-only), spaces and hyphens interchangeable.
 * - CJK (Han, kana, Hangul): substrings, since those scripts put no spaces between words.
 * A negated occurrence ("not waterproof", "plastic-free", "不防水", "无硅胶") is not a match; "BPA-free plastic"
 * still states plastic.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export const hasCjk = (s: string): boolean => CJK.test(s);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A compiled keyword: `find(text)` returns the index of the first non-negated occurrence, or -1. */
export interface CompiledKeyword {
  keyword: string;
  cjk: boolean;
  find(text: string): number;
}

const LATIN_NEGATION_BEFORE = /(?:\bnot|\bno|\bnon|\bwithout|\bfree of)[\s-]*$/i;
const LATIN_NEGATION_AFTER = /^[\s-]*free\b/i;
const CJK_NEGATION_BEFORE = /(?:不|非|无|不含|没有|免)$/u;

export function compileKeyword(keyword: string): CompiledKeyword {
  const cjk = hasCjk(keyword);
  if (cjk) {
    return {
      keyword,
      cjk,
      find(text) {
        let from = 0;
        for (;;) {
          const i = text.indexOf(keyword, from);
          if (i < 0) return -1;
          if (!CJK_NEGATION_BEFORE.test(text.slice(Math.max(0, i - 2), i))) return i;
          from = i + 1;
        }
      },
    };
  }
  const body = keyword.trim().split(/[\s-]+/).map(escapeRe).join('[\\s-]*');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
  return {
    keyword,
    cjk,
    find(text) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
        // "BPA free" is itself a keyword (its own text contains "free"): only look for negation outside the match.
        const negatedAfter = !/free$/i.test(m[0]) && LATIN_NEGATION_AFTER.test(after);
        if (!LATIN_NEGATION_BEFORE.test(before) && !negatedAfter) return m.index;
      }
      return -1;
    },
  };
}

/** The script of a line as a BCP 47 tag: "zh", "ja", "ko", "und-Latn", "und-Cyrl", or null when it has no letters. */
export function detectScript(text: string): string | null {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'und-Cyrl';
  if (/\p{Script=Latin}/u.test(text)) return 'und-Latn';
  return null;
}
