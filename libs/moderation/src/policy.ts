import { DEFAULT_BRANDS } from './packs/brands';
import type { BrandSpec } from './types';

/**
 * The routing policy, as configured (e.g. parsed from JSON or env in the moderator's main.ts).
 *
 * Required on purpose: `policyVersion` (it is stamped on every verdict, so a replay under a new policy is
 * traceable), `regulatedCategories` and `priceReview` — forgetting either would silently approve supplements or
 * luxury goods, so the absence must be a visible decision (`[]`, `{}`), not a default.
 */
export interface ModerationPolicyInput {
  policyVersion: string;
  /**
   * Category codes that always need review (cosmetics, supplements, baby products, lithium batteries, food …),
   * or a predicate, e.g. the taxonomy lib's `isRegulated`. A code matches itself and its descendants when codes are
   * hierarchical with "." or "/" ("food" covers "food.snacks").
   */
  regulatedCategories: Iterable<string> | ((categoryCode: string) => boolean);
  priceReview: {
    /** market (e.g. "DE", or "*" for any market) → currency (ISO 4217) → review when priceMinor is above this. */
    thresholdsMinor: Record<string, Record<string, number>>;
    /** A price in a currency with no threshold for the market: "review" (default) or "ignore". */
    unknownCurrency?: 'review' | 'ignore';
  };
  confidence?: {
    /** Review when the category's confidence is below this (default 0.6). */
    minCategory?: number;
    /** Review when any rendered attribute's confidence is below this (default 0.5). */
    minAttribute?: number;
    /** Review when the description has no category at all (default true: regulated-ness is then unknown). */
    requireCategory?: boolean;
  };
  trademark?: {
    /** Protected brands (default DEFAULT_BRANDS). */
    brands?: readonly BrandSpec[];
    /** supplierId → brand ids the supplier is authorised to sell. */
    authorisations?: Record<string, readonly string[]>;
  };
  /** Family scores from a model classifier at or above these become hits (defaults 0.9 hard, 0.6 soft). */
  classifier?: { hardScore?: number; softScore?: number };
  /** Packs that run on every locale besides the text's own (default ["en"]). */
  alsoApplyPacks?: readonly string[];
}

export interface ModerationPolicy {
  readonly policyVersion: string;
  readonly isRegulated: (categoryCode: string) => boolean;
  readonly priceReview: {
    readonly thresholdsMinor: Readonly<Record<string, Readonly<Record<string, number>>>>;
    readonly unknownCurrency: 'review' | 'ignore';
  };
  readonly confidence: { readonly minCategory: number; readonly minAttribute: number; readonly requireCategory: boolean };
  readonly trademark: {
    readonly brands: readonly BrandSpec[];
    readonly authorisations: Readonly<Record<string, readonly string[]>>;
  };
  readonly classifier: { readonly hardScore: number; readonly softScore: number };
  readonly alsoApplyPacks: readonly string[];
}

/** A policy value was refused; `field` is the dotted path of the offending field. */
export class PolicyError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`moderation policy: ${field} ${problem}`);
    this.name = 'PolicyError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function unitInterval(v: unknown, field: string, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) throw new PolicyError(field, `must be a number in [0, 1] (got ${JSON.stringify(v)})`);
  return v;
}

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** Hierarchical match: "food" covers "food", "food.snacks" and "food/snacks". */
function regulatedPredicate(codes: readonly string[]): (code: string) => boolean {
  const set = new Set(codes.map((c) => c.toLowerCase()));
  return (code: string): boolean => {
    let c = code.toLowerCase();
    for (;;) {
      if (set.has(c)) return true;
      const cut = Math.max(c.lastIndexOf('.'), c.lastIndexOf('/'));
      if (cut <= 0) return false;
      c = c.slice(0, cut);
    }
  };
}

/** Parses and validates a policy; the result is deeply frozen. Throws PolicyError naming the bad field. */
export function parseModerationPolicy(input: unknown): ModerationPolicy {
  if (!isRecord(input)) throw new PolicyError('(root)', 'must be an object');
  const { policyVersion } = input;
  if (typeof policyVersion !== 'string' || policyVersion.trim() === '') throw new PolicyError('policyVersion', 'must be a non-empty string');

  const rc = input.regulatedCategories;
  let isRegulated: (code: string) => boolean;
  if (typeof rc === 'function') {
    const f = rc as (code: string) => unknown;
    isRegulated = (code) => f(code) === true;
  } else if (rc !== null && typeof rc === 'object' && Symbol.iterator in rc && typeof rc !== 'string') {
    const codes = [...(rc as Iterable<unknown>)];
    codes.forEach((c, i) => {
      if (typeof c !== 'string' || c.trim() === '') throw new PolicyError(`regulatedCategories[${i}]`, 'must be a non-empty string');
    });
    isRegulated = regulatedPredicate(codes as string[]);
  } else throw new PolicyError('regulatedCategories', 'must be a list of category codes or a function (code) => boolean');

  const pr = input.priceReview;
  if (!isRecord(pr)) throw new PolicyError('priceReview', 'must be an object');
  if (!isRecord(pr.thresholdsMinor)) throw new PolicyError('priceReview.thresholdsMinor', 'must be an object market → currency → amount');
  const thresholdsMinor: Record<string, Record<string, number>> = Object.create(null) as Record<string, Record<string, number>>;
  for (const [market, byCurrency] of Object.entries(pr.thresholdsMinor)) {
    const f = `priceReview.thresholdsMinor.${market}`;
    if (market !== '*' && !/^[A-Z]{2,3}$/.test(market)) throw new PolicyError(f, 'market must be an upper-case code (e.g. "DE") or "*"');
    if (!isRecord(byCurrency)) throw new PolicyError(f, 'must be an object currency → amount');
    thresholdsMinor[market] = {};
    for (const [currency, amount] of Object.entries(byCurrency)) {
      if (!/^[A-Z]{3}$/.test(currency)) throw new PolicyError(`${f}.${currency}`, 'currency must be an ISO 4217 code');
      if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) throw new PolicyError(`${f}.${currency}`, `must be a non-negative integer in minor units (got ${JSON.stringify(amount)})`);
      thresholdsMinor[market]![currency] = amount;
    }
  }
  const unknownCurrency = pr.unknownCurrency ?? 'review';
  if (unknownCurrency !== 'review' && unknownCurrency !== 'ignore') throw new PolicyError('priceReview.unknownCurrency', 'must be "review" or "ignore"');

  const conf = input.confidence ?? {};
  if (!isRecord(conf)) throw new PolicyError('confidence', 'must be an object');
  const requireCategory = conf.requireCategory ?? true;
  if (typeof requireCategory !== 'boolean') throw new PolicyError('confidence.requireCategory', 'must be a boolean');

  const tm = input.trademark ?? {};
  if (!isRecord(tm)) throw new PolicyError('trademark', 'must be an object');
  const brands = tm.brands ?? DEFAULT_BRANDS;
  if (!Array.isArray(brands)) throw new PolicyError('trademark.brands', 'must be a list');
  const brandIds = new Set<string>();
  brands.forEach((b: unknown, i) => {
    if (!isRecord(b) || typeof b.id !== 'string' || !Array.isArray(b.names) || b.names.some((n) => typeof n !== 'string' || n.trim() === '')) {
      throw new PolicyError(`trademark.brands[${i}]`, 'must be { id: string, names: string[] }');
    }
    brandIds.add(b.id);
  });
  const auth = tm.authorisations ?? {};
  if (!isRecord(auth)) throw new PolicyError('trademark.authorisations', 'must be an object supplierId → brand ids');
  const authorisations: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [supplier, list] of Object.entries(auth)) {
    const f = `trademark.authorisations.${supplier}`;
    if (!Array.isArray(list)) throw new PolicyError(f, 'must be a list of brand ids');
    list.forEach((id: unknown, i) => {
      if (typeof id !== 'string' || !brandIds.has(id)) throw new PolicyError(`${f}[${i}]`, `unknown brand id ${JSON.stringify(id)}`);
    });
    authorisations[supplier] = [...(list as string[])];
  }

  const cl = input.classifier ?? {};
  if (!isRecord(cl)) throw new PolicyError('classifier', 'must be an object');
  const hardScore = unitInterval(cl.hardScore, 'classifier.hardScore', 0.9);
  const softScore = unitInterval(cl.softScore, 'classifier.softScore', 0.6);
  if (softScore > hardScore) throw new PolicyError('classifier.softScore', 'must not exceed classifier.hardScore');

  const also = input.alsoApplyPacks ?? ['en'];
  if (!Array.isArray(also) || also.some((l) => typeof l !== 'string' || l === '')) throw new PolicyError('alsoApplyPacks', 'must be a list of language codes');

  return deepFreeze({
    policyVersion,
    isRegulated,
    priceReview: { thresholdsMinor, unknownCurrency },
    confidence: {
      minCategory: unitInterval(conf.minCategory, 'confidence.minCategory', 0.6),
      minAttribute: unitInterval(conf.minAttribute, 'confidence.minAttribute', 0.5),
      requireCategory,
    },
    trademark: { brands: brands.map((b) => ({ ...(b as BrandSpec) })) as BrandSpec[], authorisations },
    classifier: { hardScore, softScore },
    alsoApplyPacks: [...(also as string[])],
  });
}

/** Brand ids the supplier may use under this policy. */
export function authorisedBrandsFor(policy: ModerationPolicy, supplierId: string): ReadonlySet<string> {
  const a = policy.trademark.authorisations;
  return new Set(Object.hasOwn(a, supplierId) ? a[supplierId] : []);
}
