import { LEET, LOWER_HOMOGLYPHS, UPPER_HOMOGLYPHS } from './homoglyphs';

/**
 * Matching-oriented normalization with an offset map back to the original text.
 *
 * Per code point: NFKC (full-width, ligatures, mathematical/enclosed letters, № → No; UAX #15), upper-case
 * homoglyph folding, lower-casing, removal of combining diacritics (NFD, then strip U+0300–036F and the other
 * "Combining Diacritical Marks" blocks, then NFC so kana voicing marks recompose), lower-case homoglyph folding.
 * Invisible characters (zero-width, soft hyphen, variation selectors) disappear; trademark symbols become spaces
 * (NFKC would turn ™ into "tm" and glue it to the brand). Whitespace collapses to ' '.
 *
 * Every UTF-16 unit of the normalized text records the [start, end) of the original code point(s) it came from, so a
 * hit found in normalized text maps back to a span of the original string (and a stripped diacritic stays inside the
 * span of its base letter).
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** For every UTF-16 unit of `text`: start offset in `original`. */
  readonly start: Int32Array;
  /** For every UTF-16 unit of `text`: end offset (exclusive) in `original`. */
  readonly end: Int32Array;
}

/** Character kinds used for separators and word boundaries (plain constants: no enums under isolatedModules). */
export const Kind = {
  Sep: 1,
  /** Letter of a script that separates words with spaces (Latin, and anything folded onto it). */
  Letter: 2,
  Digit: 3,
  /** Han, kana and Hangul: scripts without spaces between words. */
  Cjk: 4,
  /** Kept symbols that carry meaning in patterns: % # : + ° and the leet symbols @ $ ! |. */
  Other: 5,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

const KEPT_SYMBOLS = new Set(['%', '#', ':', '+', '°', '@', '$', '!', '|']);
const kindCache = new Uint8Array(0x10000);
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u3005\u3006\uff70]/u;
const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{Nd}/u;
const SEP_RE = /[\s\p{P}\p{S}\p{Z}\p{Cc}]/u;

/** Kind of one UTF-16 unit of normalized text. Surrogates count as CJK (astral Han is the realistic case). */
export function kindOf(code: number): Kind {
  const cached = kindCache[code];
  if (cached) return cached as Kind;
  let k: Kind;
  if (code >= 0xd800 && code <= 0xdfff) k = Kind.Cjk;
  else {
    const ch = String.fromCharCode(code);
    if (KEPT_SYMBOLS.has(ch)) k = Kind.Other;
    else if (CJK_RE.test(ch)) k = Kind.Cjk;
    else if (LETTER_RE.test(ch)) k = Kind.Letter;
    else if (DIGIT_RE.test(ch)) k = Kind.Digit;
    else if (SEP_RE.test(ch)) k = Kind.Sep;
    else k = Kind.Other;
  }
  kindCache[code] = k;
  return k;
}

/** Sentence-ending punctuation: exception contexts never reach across it. */
export const SENTENCE_END = new Set(['.', '!', '?', ';', '。', '！', '？', '；', '…']);

// The classes list combining marks on purpose, one code point at a time (each is tested alone, never as part of a
// grapheme), which is what no-misleading-character-class warns about.
// eslint-disable-next-line no-misleading-character-class
const IGNORABLE = /^[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufe00-\ufe0f]$/u;
// eslint-disable-next-line no-misleading-character-class
const DIACRITIC = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;
const TRADEMARK_SIGNS = new Set(['™', '®', '©', '℠', '℗']);
const MARK_RE = /^\p{M}+$/u;

/**
 * Result of folding one code point: a string (possibly empty), or a marker that the code point is a combining mark
 * to be merged into the previous output ('extend' for stripped diacritics, 'compose' for kana voicing marks).
 */
type Fold = string | { readonly compose: string } | null;
const foldCache = new Map<number, Fold>();

function foldCodePoint(cp: number): Fold {
  const hit = foldCache.get(cp);
  if (hit !== undefined) return hit;
  const ch = String.fromCodePoint(cp);
  let out: Fold;
  if (IGNORABLE.test(ch)) out = '';
  else if (TRADEMARK_SIGNS.has(ch)) out = ' ';
  else if (/^\s$/u.test(ch)) out = ' ';
  else {
    let s = ch.normalize('NFKC');
    s = [...s].map((c) => UPPER_HOMOGLYPHS[c] ?? c).join('');
    s = s.toLowerCase();
    s = s.normalize('NFD').replace(DIACRITIC, '');
    if (s === '') out = null; // a lone diacritic: merged into the previous letter's span
    else if (MARK_RE.test(s)) out = { compose: s };
    else {
      s = s.normalize('NFC');
      s = [...s].map((c) => LOWER_HOMOGLYPHS[c] ?? (/^\s$/u.test(c) ? ' ' : c)).join('');
      out = s;
    }
  }
  foldCache.set(cp, out);
  return out;
}

/** Normalize `original` for matching, keeping the offset map. Pure and deterministic. */
export function normalizeText(original: string): NormalizedText {
  const len = original.length;
  // Normalized text is almost always the same length; grow if an expansion (ß → ss, ㎏ → kg) overflows.
  let start = new Int32Array(len + 8);
  let end = new Int32Array(len + 8);
  let out = '';
  let n = 0;
  const push = (s: string, a: number, b: number): void => {
    if (n + s.length > start.length) {
      const cap = Math.max(start.length * 2, n + s.length + 8);
      const s2 = new Int32Array(cap);
      const e2 = new Int32Array(cap);
      s2.set(start.subarray(0, n));
      e2.set(end.subarray(0, n));
      start = s2;
      end = e2;
    }
    for (let k = 0; k < s.length; k++) {
      start[n] = a;
      end[n] = b;
      n++;
    }
    out += s;
  };
  let i = 0;
  while (i < len) {
    const code = original.charCodeAt(i);
    // Fast paths: printable ASCII maps to itself, upper-case ASCII letters to their lower case.
    if (code < 0x80 && code >= 0x20) {
      push(code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : original[i]!, i, i + 1);
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp);
    if (f === null) {
      if (n > 0) end[n - 1] = i + w; // a stripped diacritic belongs to the letter before it
    } else if (typeof f === 'object') {
      if (n > 0) {
        const prev = out[out.length - 1]!;
        const composed = (prev + f.compose).normalize('NFC');
        if (composed.length === 1) {
          out = out.slice(0, -1) + composed;
          end[n - 1] = i + w;
        } else push(f.compose, i, i + w);
      }
    } else if (f.length > 0) push(f, i, i + w);
    i += w;
  }
  return { original, text: out, start: start.subarray(0, n), end: end.subarray(0, n) };
}

/**
 * The text with separators removed: the view patterns are matched on, so "b.e.s.t", "N I K E" and "最 好" line up with
 * their patterns. `toNorm[k]` is the index in the normalized text of compact unit k. Whether a removed separator was
 * acceptable is decided per hit (see matcher.ts), not here.
 */
export interface CompactText {
  readonly text: string;
  readonly toNorm: Int32Array;
}

export function compactText(norm: string): CompactText {
  const toNorm = new Int32Array(norm.length);
  let out = '';
  let m = 0;
  let runStart = 0;
  for (let i = 0; i < norm.length; i++) {
    if (kindOf(norm.charCodeAt(i)) === Kind.Sep) {
      if (i > runStart) out += norm.slice(runStart, i);
      runStart = i + 1;
      continue;
    }
    toNorm[m++] = i;
  }
  if (norm.length > runStart) out += norm.slice(runStart);
  return { text: out, toNorm: toNorm.subarray(0, m) };
}

/** Skeleton of a compact string: leet digits/symbols read as letters. Same length, so the same index map applies. */
export function skeleton(compact: string): string {
  let out = '';
  for (let i = 0; i < compact.length; i++) {
    const c = compact[i]!;
    out += LEET[c] ?? c;
  }
  return out;
}

/** True when some leet character touches a letter, i.e. the skeleton view could find something new. */
export function mayHideLeet(compact: string): boolean {
  for (let i = 0; i < compact.length; i++) {
    const c = compact[i]!;
    if (c === 'l' || LEET[c] === undefined) continue;
    const prev = i > 0 ? compact.charCodeAt(i - 1) : -1;
    const next = i + 1 < compact.length ? compact.charCodeAt(i + 1) : -1;
    if ((prev >= 0 && kindOf(prev) === Kind.Letter) || (next >= 0 && kindOf(next) === Kind.Letter)) return true;
  }
  return false;
}
