import type { LocalizedContent, ModerationVerdict, ProductDescription, RuleHit, UploadContext, VerdictReason, VerdictStatus } from '@vitrine/contracts';
import type { ModerationPolicy } from './policy';

/** Reason codes a verdict can carry (the `VerdictReason.code` values). */
export const REASON_CODES = [
  'hard_violation',
  'soft_violation',
  'regulated_category',
  'price_above_threshold',
  'price_currency_unknown',
  'low_confidence',
  'missing_locale',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface VerdictInput {
  readonly hits: readonly RuleHit[];
  readonly description: ProductDescription;
  readonly context: UploadContext;
  /** When given, every `context.targetLocales` entry must be present (else: review). */
  readonly locales?: readonly LocalizedContent[];
}

const LISTED = 5;

function describeHits(hits: readonly RuleHit[]): string {
  const shown = hits.slice(0, LISTED).map((h) => `${h.family} "${h.matched}" (${h.ruleId}, ${h.locale} ${h.field})`);
  const more = hits.length > LISTED ? `, and ${hits.length - LISTED} more` : '';
  return `${shown.join('; ')}${more}`;
}

/** Threshold for a market and currency: the market's own, else the "*" entry. */
function priceThreshold(policy: ModerationPolicy, market: string, currency: string): number | undefined {
  const t = policy.priceReview.thresholdsMinor;
  const own = Object.hasOwn(t, market) ? t[market] : undefined;
  if (own && Object.hasOwn(own, currency)) return own[currency];
  const any = Object.hasOwn(t, '*') ? t['*'] : undefined;
  if (any && Object.hasOwn(any, currency)) return any[currency];
  return undefined;
}

function lowConfidence(d: ProductDescription, policy: ModerationPolicy): string[] {
  const { minCategory, minAttribute, requireCategory } = policy.confidence;
  const out: string[] = [];
  if (d.category === null) {
    if (requireCategory) out.push('no category');
  } else if (d.category.source !== 'operator' && d.category.confidence < minCategory) {
    out.push(`category ${d.category.code} ${d.category.confidence.toFixed(2)} < ${minCategory}`);
  }
  const lists = { colors: d.colors, materials: d.materials, styles: d.styles, useScenes: d.useScenes, features: d.features } as const;
  for (const [name, list] of Object.entries(lists)) {
    list.forEach((a, i) => {
      if (a.source !== 'operator' && a.confidence < minAttribute) out.push(`${name}[${i}] ${a.code} ${a.confidence.toFixed(2)} < ${minAttribute}`);
    });
  }
  d.attributes.forEach((a, i) => {
    if (a.source !== 'operator' && a.confidence < minAttribute) out.push(`attributes[${i}] ${a.name} ${a.confidence.toFixed(2)} < ${minAttribute}`);
  });
  return out;
}

/**
 * Routing: rejected when any hard hit; needs_review when any soft hit, a regulated category, a price above the
 * market's threshold, low attribute confidence or a missing target locale; approved otherwise. Every applicable
 * reason is listed (a rejected verdict also says it would have needed review), so operators see the whole picture.
 */
export function decideVerdict(input: VerdictInput, policy: ModerationPolicy): ModerationVerdict {
  const { hits, description: d, context } = input;
  const reasons: VerdictReason[] = [];
  const hard = hits.filter((h) => h.severity === 'hard');
  const soft = hits.filter((h) => h.severity === 'soft');
  if (hard.length > 0) reasons.push({ code: 'hard_violation', message: `${hard.length} hard rule hit(s): ${describeHits(hard)}` });
  if (soft.length > 0) reasons.push({ code: 'soft_violation', message: `${soft.length} soft rule hit(s): ${describeHits(soft)}` });

  const codes = [d.category?.code, context.categoryHint].filter((c): c is string => typeof c === 'string' && c !== '');
  const regulated = [...new Set(codes)].filter((c) => policy.isRegulated(c));
  if (regulated.length > 0) reasons.push({ code: 'regulated_category', message: `regulated category: ${regulated.join(', ')}` });

  if (context.priceMinor !== null && context.currency !== null) {
    const limit = priceThreshold(policy, context.market, context.currency);
    if (limit === undefined) {
      if (policy.priceReview.unknownCurrency === 'review') {
        reasons.push({ code: 'price_currency_unknown', message: `no review threshold for ${context.currency} in market ${context.market}` });
      }
    } else if (context.priceMinor > limit) {
      reasons.push({
        code: 'price_above_threshold',
        message: `price ${context.priceMinor} ${context.currency} (minor units) above the ${context.market} review threshold ${limit}`,
      });
    }
  }

  const low = lowConfidence(d, policy);
  if (low.length > 0) reasons.push({ code: 'low_confidence', message: `low confidence: ${low.join('; ')}` });

  if (input.locales) {
    const present = new Set(input.locales.map((l) => l.locale));
    const missing = context.targetLocales.filter((l) => !present.has(l));
    if (missing.length > 0) reasons.push({ code: 'missing_locale', message: `target locale(s) not rendered: ${missing.join(', ')}` });
  }

  const status: VerdictStatus = hard.length > 0 ? 'rejected' : reasons.length > 0 ? 'needs_review' : 'approved';
  return { status, reasons, hits: [...hits], policyVersion: policy.policyVersion };
}
