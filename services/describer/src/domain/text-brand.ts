import type { NamedAttribute } from '@vitrine/contracts';
import type { OcrLineInput } from './ocr-line';
import { lineGeometry } from './ocr-line';
import { compileKeyword, hasCjk } from './text-match';

/**
 * The brand, from printed text. Two ways, in order of trust:
 * 1. a configured brand list (the marketplace's known brands): a listed name printed anywhere is the brand;
 * 2. a heuristic for logo-like lines: a short capitalised Latin line, not a unit, claim or keyword, that is repeated,
 *    sits near the top of the text, or is the tallest text. The heuristic never fires on one plain line alone, and
 *    its confidence is capped: it can be wrong, and the model (or an operator) can do better.
 */
export interface BrandRules {
  /** Known brand names, matched like keywords (case-insensitive whole words; CJK as substrings). */
  brands: ReadonlyArray<{ name: string; find(text: string): number }>;
  stopWords: ReadonlySet<string>;
  /** True when a line is a measurement or keyword line, which is never a brand. */
  isInformational(text: string): boolean;
  imageHeight?: number;
}

export const compileBrandList = (names: readonly string[]) =>
  names.filter((n) => n.trim() !== '').map((name) => ({ name, find: compileKeyword(name).find }));

const noisyOr = (ps: number[]): number => 1 - ps.reduce((acc, p) => acc * (1 - p), 1);
const clamp01 = (x: number) => Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function detectBrand(lines: readonly OcrLineInput[], rules: BrandRules): NamedAttribute | null {
  // 1. Brand list.
  let listed: { name: string; confidence: number; first: number } | null = null;
  for (const b of rules.brands) {
    const hits = lines.map((l, i) => ({ i, c: b.find(l.text) >= 0 ? clamp01(l.confidence) * 0.95 : -1 })).filter((h) => h.c >= 0);
    if (hits.length === 0) continue;
    const confidence = Math.min(0.99, noisyOr(hits.map((h) => h.c)));
    if (!listed || confidence > listed.confidence || (confidence === listed.confidence && hits[0]!.i < listed.first)) {
      listed = { name: b.name, confidence, first: hits[0]!.i };
    }
  }
  if (listed) return { name: 'brand', value: listed.name, unit: null, confidence: round3(listed.confidence), source: 'ocr' };

  // 2. Logo-like line heuristic.
  const geo = lines.map((l) => lineGeometry(l.box));
  const known = geo.filter((g): g is NonNullable<typeof g> => g !== null);
  const minTop = known.length ? Math.min(...known.map((g) => g.top)) : 0;
  const maxBottom = known.length ? Math.max(...known.map((g) => g.bottom)) : 0;
  const tallest = known.length ? Math.max(...known.map((g) => g.height)) : 0;
  // "Near the top": of the image when its height is known, else of the text block (which needs two lines or more).
  const isTop = (g: (typeof known)[number]): boolean =>
    rules.imageHeight !== undefined ? g.top <= 0.25 * rules.imageHeight : known.length > 1 && g.top - minTop <= 0.25 * (maxBottom - minTop);
  const candidates = lines.map((l, i) => ({ line: l, i, value: candidateValue(l.text, rules) })).filter((c) => c.value !== null);
  let best: { value: string; confidence: number } | null = null;
  for (const c of candidates) {
    const value = c.value!;
    const key = value.toLowerCase();
    const repeated = lines.some((l, j) => j !== c.i && new RegExp(`(?<![\\p{L}\\p{N}])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(l.text));
    const g = geo[c.i] ?? null;
    const top = g !== null && isTop(g);
    const tall = g !== null && known.length > 1 && g.height >= 0.9 * tallest;
    if (!repeated && !top && !tall) continue;
    const score = 0.4 + (repeated ? 0.2 : 0) + (top ? 0.15 : 0) + (tall ? 0.15 : 0) + (value === value.toUpperCase() ? 0.05 : 0);
    const confidence = clamp01(c.line.confidence) * Math.min(score, 0.8);
    if (!best || confidence > best.confidence) best = { value, confidence };
  }
  return best ? { name: 'brand', value: best.value, unit: null, confidence: round3(best.confidence), source: 'rule' } : null;
}

/** The brand-like part of a line, or null: 1–3 capitalised Latin words left after dropping stop words. */
function candidateValue(text: string, rules: BrandRules): string | null {
  const t = text.trim();
  if (t === '' || t.length > 30 || hasCjk(t) || rules.isInformational(t)) return null;
  const words = t.split(/\s+/);
  if (words.length > 3) return null;
  const kept = words.filter((w) => !rules.stopWords.has(w.toLowerCase().replace(/[^a-z0-9&'-]/g, '')));
  if (kept.length === 0) return null;
  for (const w of kept) {
    if (!/^\p{Lu}[\p{L}\p{N}&'.-]*$/u.test(w)) return null;
    if ((w.match(/\p{L}/gu) ?? []).length < 2) return null;
  }
  return kept.join(' ');
}
