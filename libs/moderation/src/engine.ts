import type { RuleHit, Severity } from '@vitrine/contracts';
import { AhoCorasick } from './aho-corasick';
import { compileRule, type CompiledException, type CompiledPattern, type CompiledPhrase, type CompiledRule } from './compile';
import { LEET } from './homoglyphs';
import { compactText, Kind, kindOf, mayHideLeet, normalizeText, SENTENCE_END, skeleton, type CompactText, type NormalizedText } from './normalize';
import { brandRules, DEFAULT_BRANDS } from './packs/brands';
import { DEFAULT_PACKS } from './packs/index';
import type { BrandSpec, RulePack, RuleSpec } from './types';

export interface RuleEngineOptions {
  /** Rule packs; default: the shipped packs (en, de, fr, es, ja, zh-CN, cross-locale). */
  readonly packs?: readonly RulePack[];
  /** Protected brands, compiled into a cross-locale trademark pack; default: DEFAULT_BRANDS. */
  readonly brands?: readonly BrandSpec[];
  /**
   * Languages whose packs run on text of every locale, on top of the text's own pack. Default ["en"]: English
   * marketing loanwords ("Bestseller", "replica", "eco-friendly") turn up in copy of every market.
   */
  readonly alsoApply?: readonly string[];
}

export interface CheckOptions {
  /** BCP 47 locale of the text; selects the packs (by primary language) and the word segmenter. */
  readonly locale: string;
  /** Where the text sits, e.g. "title", "bullets[2]"; copied into every hit. */
  readonly field: string;
  /** Brand ids the supplier may use; their trademark rules are skipped. */
  readonly authorisedBrands?: ReadonlySet<string>;
}

export interface RuleEngine {
  /** Every compiled rule (packs and brands), for listing and documentation. */
  readonly rules: readonly RuleSpec[];
  /** All rule hits in `text`, with spans in the original string, sorted by start then rule id. */
  check(text: string, options: CheckOptions): RuleHit[];
}

interface Automaton {
  readonly primary: AhoCorasick;
  readonly primaryPatterns: CompiledPattern[];
  readonly skeleton: AhoCorasick;
  readonly skeletonPatterns: CompiledPattern[];
}

const SEVERITY_RANK: Record<Severity, number> = { soft: 1, hard: 2 };

/** The primary language subtag, lower-case: "zh-CN" → "zh", "de_DE" → "de". */
export function languageOf(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? '').toLowerCase();
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Mixed-script copy ("最好的Nike跑鞋", "Designer Bag 高仿") hides claims in a script the locale's pack does not read:
 * text with kana also gets the Japanese pack, text with Han (outside Japanese) the Chinese one.
 */
function scriptLanguages(text: string, language: string): string[] {
  const out: string[] = [];
  if (language !== 'ja' && KANA.test(text)) out.push('ja');
  if (language !== 'zh' && language !== 'ja' && HAN.test(text)) out.push('zh');
  return out;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

/** Builds the engine once (patterns are compiled and indexed per pack set on first use); checks are pure. */
export function createRuleEngine(options: RuleEngineOptions = {}): RuleEngine {
  const packs = [...(options.packs ?? DEFAULT_PACKS)];
  const brands = options.brands ?? DEFAULT_BRANDS;
  if (brands.length > 0) packs.push({ id: 'brand', locales: '*', rules: brandRules(brands) });
  const alsoApply = new Set((options.alsoApply ?? ['en']).map(languageOf));

  const ids = new Set<string>();
  const compiled = new Map<string, { rules: CompiledRule[]; patterns: CompiledPattern[] }>();
  for (const pack of packs) {
    const rules: CompiledRule[] = [];
    const patterns: CompiledPattern[] = [];
    for (const spec of pack.rules) {
      if (ids.has(spec.id)) throw new Error(`rule ${spec.id}: duplicate id`);
      ids.add(spec.id);
      const c = compileRule(spec);
      rules.push(c.rule);
      patterns.push(...c.patterns);
    }
    compiled.set(pack.id, { rules, patterns });
  }
  const allRules = packs.flatMap((p) => p.rules);

  const packLanguages = (pack: RulePack): '*' | Set<string> => (pack.locales === '*' ? '*' : new Set(pack.locales.map(languageOf)));
  const packLangs = new Map(packs.map((p) => [p.id, packLanguages(p)] as const));

  const automata = new Map<string, Automaton>();
  // Keyed by the request too, so the common case (same language, same script mix) skips selecting packs.
  const byRequest = new Map<string, Automaton>();
  const automatonFor = (language: string, extra: readonly string[]): Automaton => {
    const requestKey = extra.length === 0 ? language : `${language}+${extra.join('+')}`;
    const known = byRequest.get(requestKey);
    if (known) return known;
    const wanted = new Set([language, ...alsoApply, ...extra]);
    const selected = packs.filter((p) => {
      const langs = packLangs.get(p.id)!;
      return langs === '*' || [...wanted].some((l) => langs.has(l));
    });
    const key = selected.map((p) => p.id).join('|');
    let a = automata.get(key);
    if (!a) {
      const primary = new AhoCorasick();
      const sk = new AhoCorasick();
      const primaryPatterns: CompiledPattern[] = [];
      const skeletonPatterns: CompiledPattern[] = [];
      for (const p of selected) {
        for (const pat of compiled.get(p.id)!.patterns) {
          primary.add(pat.compact);
          primaryPatterns.push(pat);
          if (pat.skeleton) {
            sk.add(pat.skeleton);
            skeletonPatterns.push(pat);
          }
        }
      }
      a = { primary: primary.build(), primaryPatterns, skeleton: sk.build(), skeletonPatterns };
      automata.set(key, a);
    }
    byRequest.set(requestKey, a);
    return a;
  };

  return {
    rules: allRules,
    check(text: string, opts: CheckOptions): RuleHit[] {
      if (text.length === 0) return [];
      const language = languageOf(opts.locale);
      const a = automatonFor(language, scriptLanguages(text, language));
      const norm = normalizeText(text);
      const compact = compactText(norm.text);
      const m = new Matcher(norm, compact, language, opts);
      const found: number[] = [];
      a.primary.matches(compact.text, found);
      for (let k = 0; k < found.length; k += 3) m.consider(a.primaryPatterns[found[k]!]!, found[k + 1]!, found[k + 2]!, false);
      if (a.skeletonPatterns.length > 0 && mayHideLeet(compact.text)) {
        found.length = 0;
        a.skeleton.matches(skeleton(compact.text), found);
        for (let k = 0; k < found.length; k += 3) m.consider(a.skeletonPatterns[found[k]!]!, found[k + 1]!, found[k + 2]!, true);
      }
      return m.result();
    },
  };
}

const isSpace = (c: string): boolean => c === ' ';
const CJK_SENTENCE_END = new Set(['。', '！', '？', '；']);

/** Validates the raw automaton matches of one text and turns them into hits. */
class Matcher {
  private readonly hits = new Map<string, RuleHit>();
  /** ruleId → family it requires, for the hits recorded so far. */
  private readonly requires = new Map<string, string>();
  private segStart: Int32Array | null = null;
  private segEnd: Int32Array | null = null;

  constructor(
    private readonly norm: NormalizedText,
    private readonly compact: CompactText,
    private readonly language: string,
    private readonly opts: CheckOptions,
  ) {}

  consider(p: CompiledPattern, cs: number, ce: number, viaSkeleton: boolean): void {
    const rule = p.rule;
    const spec = rule.spec;
    if (spec.brand !== undefined && this.opts.authorisedBrands?.has(spec.brand)) return;
    const C = this.compact.text;
    const map = this.compact.toNorm;
    const nFirst = map[cs]!;
    const nLast = map[ce - 1]!;

    // A skeleton match counts only if it needed a substitution: otherwise the primary view decides.
    if (viaSkeleton) {
      let substituted = false;
      for (let k = cs; k < ce; k++) {
        const ch = C[k]!;
        if (ch !== p.compact[k - cs] && ch !== 'l' && LEET[ch] !== undefined) {
          substituted = true;
          break;
        }
      }
      if (!substituted) return;
    }

    // Separators removed inside the match must be where the pattern has a break, or look like an evasion.
    for (let k = cs + 1; k < ce; k++) {
      const a = map[k - 1]!;
      const b = map[k]!;
      if (b - a > 1 && !p.breaks.has(k - cs) && !this.evasionGap(a, b)) return;
    }

    if (!this.boundaryOk(nFirst - 1, p.startKind, viaSkeleton)) return;
    let endN = nLast;
    let endC = ce;
    if (!this.boundaryOk(nLast + 1, p.endKind, viaSkeleton)) {
      const extra = p.endKind === Kind.Letter ? this.inflection(rule, nLast) : -1;
      if (extra < 0) return;
      endN += extra;
      endC += extra;
    }

    if (p.startKind === Kind.Cjk && rule.segmentGuard && this.crossesWord(nFirst, nLast)) return;

    let softened = false;
    let hardened = false;
    for (const ex of rule.exceptions) {
      // Plain loops, no closures: this runs for every candidate hit (and tsx's keepNames wraps every closure).
      let applies = false;
      for (let qi = 0; qi < ex.followedBy.length && !applies; qi++) applies = this.followedBy(ex.followedBy[qi]!, endC, endN, ex);
      for (let qi = 0; qi < ex.precededBy.length && !applies; qi++) applies = this.precededBy(ex.precededBy[qi]!, cs, nFirst, ex);
      if (!applies) continue;
      if (ex.action === 'suppress') return;
      if (ex.action === 'soften') softened = true;
      else hardened = true;
    }
    // Softening wins: a compatibility context is decided by a person, whatever else is around it.
    const severity: Severity = softened ? 'soft' : hardened ? 'hard' : spec.severity;

    const start = this.norm.start[nFirst]!;
    const end = this.norm.end[endN]!;
    if (spec.requiresFamily !== undefined) this.requires.set(spec.id, spec.requiresFamily);
    const key = `${spec.id}\u0000${start}\u0000${end}`;
    const prev = this.hits.get(key);
    if (prev && SEVERITY_RANK[prev.severity] >= SEVERITY_RANK[severity]) return;
    this.hits.set(key, {
      ruleId: spec.id,
      family: spec.family,
      severity,
      locale: this.opts.locale,
      field: this.opts.field,
      start,
      end,
      matched: this.norm.original.slice(start, end),
    });
  }

  /**
   * A separator run the pattern does not have. Accepted when it reads as an evasion, not as two words:
   * whitespace between CJK characters (those scripts do not space words), punctuation glue of up to 3 characters
   * ("b.e.s.t", "ni-ke", "n*i*k*e"), or spaced-out single characters ("n i k e", "b. e. s. t").
   */
  private evasionGap(a: number, b: number): boolean {
    const N = this.norm.text;
    if (b - a - 1 > 3) return false;
    let hasSpace = false;
    for (let i = a + 1; i < b; i++) if (isSpace(N[i]!)) hasSpace = true;
    const ka = kindOf(N.charCodeAt(a));
    const kb = kindOf(N.charCodeAt(b));
    if (ka === Kind.Cjk && kb === Kind.Cjk) {
      for (let i = a + 1; i < b; i++) if (CJK_SENTENCE_END.has(N[i]!)) return false;
      return true;
    }
    if (!hasSpace) return true;
    return this.sepOrEdge(a - 1) && this.sepOrEdge(b + 1);
  }

  private sepOrEdge(i: number): boolean {
    const N = this.norm.text;
    return i < 0 || i >= N.length || kindOf(N.charCodeAt(i)) === Kind.Sep;
  }

  /** Word boundary for alphabetic scripts: a letter pattern may not touch a letter, a digit pattern not a digit. */
  private boundaryOk(i: number, edge: Kind, viaSkeleton: boolean): boolean {
    const N = this.norm.text;
    if (i < 0 || i >= N.length) return true;
    let k = kindOf(N.charCodeAt(i));
    // In the leet view a digit or symbol next to the match may be one more letter ("r3pl1ca5"), but a symbol that
    // ends the word ("r3pl1ca!") is punctuation: it counts as a letter only when a letter follows it.
    if (viaSkeleton && k !== Kind.Letter && LEET[N[i]!] !== undefined) {
      const after = i + 1 < N.length ? kindOf(N.charCodeAt(i + 1)) : Kind.Sep;
      if (k === Kind.Digit || after === Kind.Letter || after === Kind.Digit) k = Kind.Letter;
    }
    if (edge === Kind.Letter) return k !== Kind.Letter;
    if (edge === Kind.Digit) return k !== Kind.Digit;
    return true;
  }

  /**
   * CJK has no spaces, so word boundaries come from Intl.Segmenter (ICU dictionary segmentation). A hit that starts
   * inside a word and runs past that word's end straddles two words (高仿 in 提高|仿真) and is dropped. A hit that
   * starts at a word start, or lies inside one word (最好 in 最好的), stands: dictionary segmentation glues
   * particles onto claims often enough that demanding both ends on boundaries would miss real claims.
   */
  private crossesWord(nFirst: number, nLast: number): boolean {
    if (!this.segStart) this.segment();
    return this.segStart![nFirst]! < nFirst && this.segEnd![nFirst]! <= nLast;
  }

  private segment(): void {
    const N = this.norm.text;
    const s = new Int32Array(N.length);
    const e = new Int32Array(N.length);
    for (const seg of segmenterFor(this.language === 'ja' ? 'ja' : 'zh').segment(N)) {
      const end = seg.index + seg.segment.length;
      for (let i = seg.index; i < end; i++) {
        s[i] = seg.index;
        e[i] = end;
      }
    }
    this.segStart = s;
    this.segEnd = e;
  }

  /** Context between a hit and an exception phrase: a few spaces/hyphens, never a sentence end. */
  private contextGapOk(from: number, to: number): boolean {
    const N = this.norm.text;
    if (to - from - 1 > 3) return false;
    let hasSpace = false;
    let hasEnd = false;
    for (let i = from + 1; i < to; i++) {
      const c = N[i]!;
      if (isSpace(c)) hasSpace = true;
      if (CJK_SENTENCE_END.has(c)) return false;
      if (SENTENCE_END.has(c)) hasEnd = true;
    }
    return !(hasEnd && hasSpace);
  }

  /** Length of an inflection ending that follows the match and ends on a word boundary, or -1. */
  private inflection(rule: CompiledRule, nLast: number): number {
    const N = this.norm.text;
    for (const x of rule.inflections) {
      if (N.startsWith(x, nLast + 1) && this.boundaryOk(nLast + x.length + 1, Kind.Letter, false)) return x.length;
    }
    return -1;
  }

  private followedBy(q: CompiledPhrase, ce: number, nLast: number, ex: CompiledException): boolean {
    const C = this.compact.text;
    const map = this.compact.toNorm;
    if (ex.window === 0) {
      if (!C.startsWith(q.compact, ce)) return false;
      return this.contextGapOk(nLast, map[ce]!) && this.phraseEndOk(q, ce);
    }
    for (let k = ce; k < C.length; k++) {
      const nk = map[k]!;
      if (nk - nLast - 1 > ex.window) return false;
      if (!C.startsWith(q.compact, k)) continue;
      // What lies between only grows with k, so the first gap that is not allowed ends the search.
      if (!this.windowGapOk(nLast, nk, ex.windowSkips)) return false;
      if (k > ce && q.startKind === Kind.Letter && !this.boundaryOk(nk - 1, Kind.Letter, false)) continue;
      if (this.phraseEndOk(q, k)) return true;
    }
    return false;
  }

  /** A followedBy phrase found at compact index k ends on a word boundary (or is a prefix phrase). */
  private phraseEndOk(q: CompiledPhrase, k: number): boolean {
    return q.prefix || this.boundaryOk(this.compact.toNorm[k + q.compact.length - 1]! + 1, q.endKind, false);
  }

  /** A precededBy phrase found at compact index `from` starts on a word boundary (or may start anywhere). */
  private phraseStartOk(q: CompiledPhrase, from: number): boolean {
    return q.anyStart || this.boundaryOk(this.compact.toNorm[from]! - 1, q.startKind, false);
  }

  private windowGapOk(from: number, to: number, skips: 'words' | 'model'): boolean {
    const N = this.norm.text;
    for (let i = from + 1; i < to; i++) {
      const c = N[i]!;
      if (skips === 'model') {
        if (!/[a-z0-9 \-+./]/.test(c)) return false;
        continue;
      }
      if (CJK_SENTENCE_END.has(c)) return false;
      if (SENTENCE_END.has(c) && (i + 1 >= N.length || N[i + 1] === ' ')) return false;
    }
    return true;
  }

  private precededBy(q: CompiledPhrase, cs: number, nFirst: number, ex: CompiledException): boolean {
    const C = this.compact.text;
    const map = this.compact.toNorm;
    if (ex.window === 0) {
      const from = cs - q.compact.length;
      if (from < 0 || C.slice(from, cs) !== q.compact) return false;
      return this.contextGapOk(map[cs - 1]!, nFirst) && this.phraseStartOk(q, from);
    }
    for (let end = cs; end - q.compact.length >= 0; end--) {
      const from = end - q.compact.length;
      const nEnd = map[end - 1]!;
      if (nFirst - nEnd - 1 > ex.window) return false;
      if (C.slice(from, end) !== q.compact) continue;
      if (!this.windowGapOk(nEnd, nFirst, ex.windowSkips)) return false;
      if (end < cs && q.endKind === Kind.Letter && !this.boundaryOk(nEnd + 1, Kind.Letter, false)) continue;
      if (this.phraseStartOk(q, from)) return true;
    }
    return false;
  }

  result(): RuleHit[] {
    // Rules that only speak next to another family ("copy" next to a brand) are dropped when it is absent.
    const present = new Set<string>();
    for (const h of this.hits.values()) if (!this.requires.has(h.ruleId)) present.add(h.family);
    for (const [key, h] of this.hits) {
      const needed = this.requires.get(h.ruleId);
      if (needed !== undefined && !present.has(needed)) this.hits.delete(key);
    }
    // Overlapping hits of one rule ("el mejor" + "mejor precio" in "el mejor precio") become one hit over the union.
    const byRule = new Map<string, RuleHit[]>();
    for (const h of this.hits.values()) {
      const list = byRule.get(h.ruleId);
      if (list) list.push(h);
      else byRule.set(h.ruleId, [h]);
    }
    const merged: RuleHit[] = [];
    for (const list of byRule.values()) {
      list.sort((x, y) => x.start - y.start || y.end - x.end);
      let cur = list[0]!;
      for (let i = 1; i < list.length; i++) {
        const h = list[i]!;
        if (h.start < cur.end) {
          const end = Math.max(cur.end, h.end);
          const severity = SEVERITY_RANK[h.severity] > SEVERITY_RANK[cur.severity] ? h.severity : cur.severity;
          cur = { ...cur, end, severity, matched: this.norm.original.slice(cur.start, end) };
        } else {
          merged.push(cur);
          cur = h;
        }
      }
      merged.push(cur);
    }
    // Within a family, a hit inside a longer hit of at least its severity adds nothing ("best" inside
    // "best in the world").
    merged.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start || (x.ruleId < y.ruleId ? -1 : 1));
    const kept: RuleHit[] = [];
    for (const h of merged) {
      const covered = kept.some(
        (k) => k.family === h.family && k.start <= h.start && k.end >= h.end && SEVERITY_RANK[k.severity] >= SEVERITY_RANK[h.severity],
      );
      if (!covered) kept.push(h);
    }
    return kept.sort((x, y) => x.start - y.start || x.end - y.end || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
  }
}
