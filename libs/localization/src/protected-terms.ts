import type { ProductDescription } from '@vitrine/contracts';
import { canonicalAttributeName, PROTECTED_ATTRIBUTES } from './named-attributes';
import { MtIntegrityError } from './mt-port';

/**
 * Protected terms are carried verbatim in every locale and never sent to a translation engine in the clear:
 * brand and model names, compatibility targets, and text read from the product (`printedText`).
 */
export function protectedTerms(description: ProductDescription): string[] {
  const terms: string[] = [];
  for (const a of description.attributes) if (PROTECTED_ATTRIBUTES.has(canonicalAttributeName(a.name))) terms.push(a.value.trim());
  for (const p of description.printedText) terms.push(p.text.trim());
  // Longest first, so a term that contains another ("Kiln&Co Studio" vs "Kiln&Co") is masked whole.
  return [...new Set(terms.filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

const WORD = /[\p{L}\p{N}]/u;

/** Where `term` occurs in `text` as a whole word (for Latin-like terms) or anywhere (for CJK terms). */
function findAll(text: string, term: string): number[] {
  const hits: number[] = [];
  const checkBounds = WORD.test(term[0] ?? '') && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(term);
  let from = 0;
  for (;;) {
    const i = text.indexOf(term, from);
    if (i < 0) break;
    const before = text[i - 1] ?? '';
    const after = text[i + term.length] ?? '';
    const okBefore = !checkBounds || !WORD.test(before) || !WORD.test(term[0]!);
    const okAfter = !checkBounds || !WORD.test(after) || !WORD.test(term[term.length - 1]!);
    if (okBefore && okAfter) hits.push(i);
    from = i + Math.max(1, term.length);
  }
  return hits;
}

export interface MaskedText {
  /** The text with each protected occurrence replaced by a token. */
  masked: string;
  /** The token of each masked occurrence, in order, with the term it stands for. */
  slots: Array<{ token: string; term: string }>;
}

/**
 * Replaces protected terms by tokens that translation engines leave alone. `token(i)` makes the i-th token
 * (e.g. `⟦0⟧` for an LLM, `<span translate="no">…</span>` for LibreTranslate's HTML mode). Longest terms first,
 * occurrences never overlap.
 */
export function maskTerms(text: string, terms: readonly string[], token: (index: number, term: string) => string): MaskedText {
  const taken: Array<{ start: number; end: number; term: string }> = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    for (const start of findAll(text, term)) {
      const end = start + term.length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end, term });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  let masked = '';
  let pos = 0;
  const slots: MaskedText['slots'] = [];
  taken.forEach((t, i) => {
    const tok = token(i, t.term);
    masked += text.slice(pos, t.start) + tok;
    slots.push({ token: tok, term: t.term });
    pos = t.end;
  });
  return { masked: masked + text.slice(pos), slots };
}

/**
 * Puts the terms back. Every token must come back exactly once; otherwise the engine dropped or duplicated a
 * protected term and the translation cannot be trusted (MtIntegrityError).
 */
export function unmaskTerms(translated: string, slots: MaskedText['slots']): string {
  let out = translated;
  for (const { token, term } of slots) {
    const first = out.indexOf(token);
    if (first < 0 || out.indexOf(token, first + token.length) >= 0) {
      throw new MtIntegrityError(`protected term "${term}" did not come back exactly once from translation (token ${token})`);
    }
    out = out.slice(0, first) + term + out.slice(first + token.length);
  }
  return out;
}
