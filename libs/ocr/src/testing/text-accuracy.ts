/**
 * Scoring OCR output against expected printed strings. A printed line may come back split over
 * several detected boxes or merged with its neighbour, so an expected string is looked for as an
 * approximate substring of all of an image's text joined in reading order.
 */

/** Case-folded, NFKC (full-width to half-width), whitespace removed: spacing and case are not what we grade. */
export function normalizeForMatch(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * Smallest edit distance between `pattern` and any substring of `text` (Sellers 1980: Levenshtein with
 * a free start and end in the text). Works on code points, so a CJK character counts once.
 */
export function approximateSubstringDistance(pattern: string, text: string): number {
  const p = [...pattern];
  const t = [...text];
  if (p.length === 0) return 0;
  // prev[j]: best distance of p[0..i) ending at t position j.
  let prev = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= p.length; i++) {
    const cur = new Array<number>(t.length + 1);
    cur[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const sub = (prev[j - 1] as number) + (p[i - 1] === t[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    }
    prev = cur;
  }
  return Math.min(...prev);
}

export interface StringScore {
  readonly expected: string;
  /** Characters of `expected` (code points). */
  readonly length: number;
  /** Edit distance after normalisation (case, width, whitespace ignored). */
  readonly normalizedDistance: number;
  /** Edit distance on the raw strings, case and spaces counted. */
  readonly exactDistance: number;
}

export function scoreExpected(expected: readonly string[], lines: readonly string[]): StringScore[] {
  const joinedNormalized = normalizeForMatch(lines.join(''));
  // Lines joined by a space for the exact score: a merged or split line then costs nothing extra when
  // the printed text had a space there, and one edit when it did not.
  const joinedExact = lines.join(' ');
  return expected.map((e) => ({
    expected: e,
    length: [...normalizeForMatch(e)].length,
    normalizedDistance: approximateSubstringDistance(normalizeForMatch(e), joinedNormalized),
    exactDistance: approximateSubstringDistance(e, joinedExact),
  }));
}

/** 1 - edits / characters, summed over strings (0 when nothing is expected). */
export function characterAccuracy(scores: readonly StringScore[], which: 'normalizedDistance' | 'exactDistance'): number {
  const chars = scores.reduce((n, s) => n + (which === 'exactDistance' ? [...s.expected].length : s.length), 0);
  if (chars === 0) return 1;
  const edits = scores.reduce((n, s) => n + Math.min(s[which], which === 'exactDistance' ? [...s.expected].length : s.length), 0);
  return 1 - edits / chars;
}
