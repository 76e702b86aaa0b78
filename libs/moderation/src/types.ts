import type { RuleHit, Severity } from '@vitrine/contracts';

/**
 * The rule families. They are plain strings on the wire (`RuleHit.family`); this union keeps the packs honest.
 * A model-based classifier may report families outside this list; they travel as strings.
 */
export const FAMILIES = [
  'absolute_claim',
  'medical_claim',
  'environmental_claim',
  'sensitive',
  'counterfeit',
  'trademark',
] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * A context that changes what a pattern hit means. Phrases go through the same normalization as the text
 * (case, diacritics, NFKC, homoglyphs), so write them plainly.
 * - `followedBy`: the hit is followed by one of the phrases — directly (across at most 3 spaces/hyphens, never a
 *   sentence end), or within `window` characters when set. A phrase ends on a word boundary unless written with a
 *   trailing "*" ("pie*" also covers "pies").
 * - `precededBy`: the hit is directly preceded by one of the phrases, which must start on a word boundary unless
 *   written with a leading "*" ("*pinsel" also covers the German compound "Aquarellpinsel").
 * - `action`: "suppress" (default) drops the hit — "best before", "100% cotton", "apple green";
 *   "soften" turns a hard hit into a soft one — "compatible with iPhone" is nominative use, not a fake;
 *   "harden" turns a soft hit into a hard one — "the best coffee in the world".
 * - `window`: how many characters may separate hit and phrase (default: direct context only); `windowSkips` says
 *   what they may be: "words" (anything but a sentence end) or "model" (Latin letters, digits, spaces, "-+./":
 *   "iPhone 15 Pro 対応").
 */
export interface RuleException {
  readonly followedBy?: readonly string[];
  readonly precededBy?: readonly string[];
  readonly action?: 'suppress' | 'soften' | 'harden';
  readonly window?: number;
  readonly windowSkips?: 'words' | 'model';
}

export interface RuleSpec {
  /** Stable id, `<pack>.<family>.<name>`; it is what operators and dashboards see. */
  readonly id: string;
  readonly family: Family;
  readonly severity: Severity;
  /** Locales whose text this rule was written for; informative (packs decide where rules run). */
  readonly locales: readonly string[];
  /** Literal phrases. Spaces/punctuation inside a phrase mark places where any separator (or none) may appear. */
  readonly patterns: readonly string[];
  readonly exceptions?: readonly RuleException[];
  /** Brand id for trademark rules, so a supplier's authorisations can switch the rule off for that supplier. */
  readonly brand?: string;
  /**
   * CJK patterns only: drop a hit that starts inside a word (per `Intl.Segmenter`) and runs past that word's end,
   * e.g. 高仿 in 提高|仿真. Default true.
   */
  readonly segmentGuard?: boolean;
  /**
   * Endings a letter-final pattern may take before its word boundary (German and Romance inflection:
   * "klinisch getestet" + "e" → "klinisch getestete"). The hit's span includes the ending.
   */
  readonly inflections?: readonly string[];
  /**
   * Report a hit only when the same text also has a hit of this family: "copy" or "inspired" means counterfeit next
   * to a brand name, and nothing much elsewhere ("copy paper", "inspired by nature").
   */
  readonly requiresFamily?: Family;
  /** Human explanation shown to reviewers. */
  readonly message?: string;
}

/** A named set of rules. `locales` says which text the pack runs on ("*" = every locale). */
export interface RulePack {
  readonly id: string;
  readonly locales: readonly string[] | '*';
  readonly rules: readonly RuleSpec[];
}

/** A protected brand (trademark/IP risk). Names in any script; `exceptions` keep generic uses ("apple pie") out. */
export interface BrandSpec {
  readonly id: string;
  readonly names: readonly string[];
  readonly severity?: Severity;
  readonly exceptions?: readonly RuleException[];
}

export type { RuleHit, Severity };
