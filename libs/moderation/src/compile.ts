import { compactText, kindOf, Kind, normalizeText, skeleton } from './normalize';
import type { RuleException, RuleSpec } from './types';

/** A pattern or exception phrase in the compact (separator-free) form the matcher works on. */
export interface CompiledPhrase {
  readonly compact: string;
  /** Offsets in `compact` where the written phrase had a separator: any separator (or none) may appear there. */
  readonly breaks: ReadonlySet<number>;
  readonly startKind: Kind;
  readonly endKind: Kind;
  /** Exception phrases written with a trailing "*" match as a prefix ("pie*" covers "pies"); others end on a word boundary. */
  readonly prefix: boolean;
  /** precededBy phrases written with a leading "*" need no word boundary before them (German compounds). */
  readonly anyStart: boolean;
}

export interface CompiledPattern extends CompiledPhrase {
  readonly rule: CompiledRule;
  /** Skeleton (leet-folded) form, when the pattern is made of letters only and can be evaded with digits. */
  readonly skeleton: string | null;
}

export interface CompiledException {
  readonly followedBy: readonly CompiledPhrase[];
  readonly precededBy: readonly CompiledPhrase[];
  readonly action: 'suppress' | 'soften' | 'harden';
  /** Characters allowed between hit and followedBy phrase (0: the direct-context rule applies). */
  readonly window: number;
  readonly windowSkips: 'words' | 'model';
}

export interface CompiledRule {
  readonly spec: RuleSpec;
  readonly exceptions: readonly CompiledException[];
  readonly segmentGuard: boolean;
  /** Normalized inflection endings, longest first. */
  readonly inflections: readonly string[];
}

export function compilePhrase(phrase: string, where: string): CompiledPhrase {
  const prefix = phrase.endsWith('*');
  const anyStart = phrase.startsWith('*') && phrase.length > 1;
  const norm = normalizeText(phrase.slice(anyStart ? 1 : 0, prefix ? -1 : undefined)).text;
  const c = compactText(norm);
  if (c.text.length === 0) throw new Error(`${where}: phrase ${JSON.stringify(phrase)} has no matchable characters`);
  const breaks = new Set<number>();
  for (let k = 1; k < c.toNorm.length; k++) if (c.toNorm[k]! - c.toNorm[k - 1]! > 1) breaks.add(k);
  return {
    compact: c.text,
    breaks,
    startKind: kindOf(c.text.charCodeAt(0)),
    endKind: kindOf(c.text.charCodeAt(c.text.length - 1)),
    prefix,
    anyStart,
  };
}

function compileException(e: RuleException, where: string): CompiledException {
  const followedBy = (e.followedBy ?? []).map((p) => compilePhrase(p, `${where}.followedBy`));
  const precededBy = (e.precededBy ?? []).map((p) => compilePhrase(p, `${where}.precededBy`));
  if (followedBy.length === 0 && precededBy.length === 0) throw new Error(`${where}: an exception needs followedBy or precededBy`);
  const action = e.action ?? 'suppress';
  if (action !== 'suppress' && action !== 'soften' && action !== 'harden') throw new Error(`${where}.action: must be suppress, soften or harden`);
  const window = e.window ?? 0;
  if (!Number.isInteger(window) || window < 0 || window > 200) throw new Error(`${where}.window: must be an integer in [0, 200]`);
  return { followedBy, precededBy, action, window, windowSkips: e.windowSkips ?? 'words' };
}

const LETTERS_ONLY = /^[a-z]+$/;

/** Validates and compiles one rule; throws an error naming the rule and the bad field. */
export function compileRule(spec: RuleSpec): { rule: CompiledRule; patterns: CompiledPattern[] } {
  const where = `rule ${spec.id}`;
  if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/i.test(spec.id)) throw new Error(`${where}: id must look like <pack>.<family>.<name>`);
  if (spec.severity !== 'hard' && spec.severity !== 'soft') throw new Error(`${where}: severity must be hard or soft`);
  if (spec.patterns.length === 0) throw new Error(`${where}: patterns is empty`);
  const rule: CompiledRule = {
    spec,
    exceptions: (spec.exceptions ?? []).map((e, i) => compileException(e, `${where}.exceptions[${i}]`)),
    segmentGuard: spec.segmentGuard ?? true,
    inflections: (spec.inflections ?? [])
      .map((x, i) => {
        const n = normalizeText(x).text;
        if (!/^[a-z]+$/.test(n)) throw new Error(`${where}.inflections[${i}]: letters only`);
        return n;
      })
      .sort((a, b) => b.length - a.length),
  };
  const patterns = spec.patterns.map((p, i): CompiledPattern => {
    if (p.endsWith('*')) throw new Error(`${where}.patterns[${i}]: "*" is only meaningful in exception phrases`);
    const phrase = compilePhrase(p, `${where}.patterns[${i}]`);
    // Digits and symbols inside a pattern are meant literally ("1:1", "No.1"), so only all-letter patterns get a
    // skeleton; two letters at least, or single letters would match every digit.
    const sk = LETTERS_ONLY.test(phrase.compact) && phrase.compact.length >= 3 ? skeleton(phrase.compact) : null;
    return { ...phrase, rule, skeleton: sk };
  });
  return { rule, patterns };
}

export { Kind };
