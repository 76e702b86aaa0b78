import { categories } from './data/categories';
import { supportedLocales } from './locales';

/** How a supplier hint was matched to a category. */
export type CategoryMatch = 'code' | 'label' | 'alias' | 'keywords';

export interface CategoryResolution {
  code: string;
  /** 0..1: 1 for an exact code, 0.95 for an exact label in any locale, 0.9 for an exact alias, at most 0.85 for keywords. */
  confidence: number;
  matchedBy: CategoryMatch;
  /** The label, alias or code text that matched. */
  matched: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Folds text for matching: NFKC (full-width → half-width), lower case, Latin diacritics removed (é → e, ö → o;
 * only U+0300–U+036F, so Japanese voicing marks stay), apostrophes and punctuation to spaces.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A crude English/Romance plural fold so "headphones" meets "headphone" and "boxes" meets "box". */
const stem = (t: string): string => {
  if (CJK.test(t) || t.length <= 3) return t;
  if (t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(t)) return t.slice(0, -2);
  if (t.endsWith('s') && !t.endsWith('ss')) return t.slice(0, -1);
  return t;
};

interface Phrase {
  text: string;
  tokens: string[];
  /** Folded text without spaces, for CJK substring matching. */
  compact: string;
  cjk: boolean;
  category: string;
  kind: Exclude<CategoryMatch, 'keywords'>;
}

const phrases: Phrase[] = [];
const byCode = new Map<string, string>();
for (const c of categories) {
  byCode.set(c.code.toLowerCase(), c.code);
  const name = c.code.split('.')[1] ?? c.code;
  const sources: Array<[string, Phrase['kind']]> = [[name.replace(/_/g, ' '), 'alias']];
  for (const l of supportedLocales) sources.push([c.nouns[l].text, 'label']);
  for (const a of c.aliases) sources.push([a, 'alias']);
  for (const [text, kind] of sources) {
    const folded = foldForMatch(text);
    if (!folded) continue;
    phrases.push({ text, tokens: folded.split(' ').map(stem), compact: folded.replace(/ /g, ''), cjk: CJK.test(folded), category: c.code, kind });
  }
}

function containsTokens(hay: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Resolves a supplier's category hint to a taxonomy category: a code (`audio.headphones`), a label in any supported
 * locale ("Kopfhörer", "マグカップ"), an alias ("rucksack"), or free text ("Bluetooth headphones", "无线蓝牙耳机").
 * Returns null when nothing matches. When two categories match equally well, the first in table order wins with a
 * reduced confidence, so callers can treat low confidence as "ask a human".
 */
export function resolveCategory(hint: string | null | undefined): CategoryResolution | null {
  if (hint == null) return null;
  const trimmed = hint.trim();
  if (!trimmed) return null;
  const code = byCode.get(trimmed.toLowerCase());
  if (code) return { code, confidence: 1, matchedBy: 'code', matched: code };

  const folded = foldForMatch(trimmed);
  if (!folded) return null;
  const tokens = folded.split(' ').map(stem);
  const compact = folded.replace(/ /g, '');
  const joined = tokens.join(' ');

  const exact = phrases.filter((p) => (p.cjk ? p.compact === compact : p.tokens.join(' ') === joined));
  if (exact.length > 0) {
    const best = exact.find((p) => p.kind === 'label') ?? exact[0]!;
    const rivals = new Set(exact.map((p) => p.category));
    const base = best.kind === 'label' ? 0.95 : 0.9;
    return { code: best.category, confidence: rivals.size > 1 ? round(base * 0.6) : base, matchedBy: best.kind, matched: best.text };
  }

  // Keywords: every phrase found inside the hint; the longest match wins.
  let best: { p: Phrase; score: number } | null = null;
  const scores = new Map<string, number>();
  for (const p of phrases) {
    let score = 0;
    if (p.cjk) {
      // A one-character CJK word (ko 차 "tea") is too ambiguous to find inside other words; it must be a whole token.
      if (p.compact.length >= 2 ? compact.includes(p.compact) : tokens.includes(p.compact)) score = p.compact.length / 2;
    } else if (containsTokens(tokens, p.tokens)) {
      score = p.tokens.length;
    }
    if (score === 0) continue;
    scores.set(p.category, Math.max(scores.get(p.category) ?? 0, score));
    if (!best || score > best.score) best = { p, score };
  }
  if (!best) return null;
  const top = best;
  const tied = [...scores.entries()].some(([cat, s]) => cat !== top.p.category && s >= top.score);
  const hintSize = top.p.cjk ? compact.length / 2 : tokens.length;
  const coverage = Math.min(1, top.score / Math.max(1, hintSize));
  const confidence = Math.min(0.85, 0.45 + 0.4 * coverage) * (tied ? 0.6 : 1);
  return { code: top.p.category, confidence: round(confidence), matchedBy: 'keywords', matched: top.p.text };
}

const round = (x: number): number => Math.round(x * 100) / 100;
