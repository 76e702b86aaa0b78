import { categories } from '@vitrine/taxonomy';
import type { ModerationPolicyInput } from '@vitrine/moderation';

/**
 * The policy used when none is configured. Regulated categories come from the taxonomy (cosmetics, supplements,
 * baby products, lithium batteries, food); price thresholds are per market in its own currency, about 500 EUR.
 * Operators replace it with MODERATION_POLICY_FILE or MODERATION_POLICY (JSON of the same shape).
 */
export const DEFAULT_POLICY_INPUT: ModerationPolicyInput = {
  policyVersion: 'default-2026-12',
  regulatedCategories: categories.filter((c) => c.regulated.length > 0).map((c) => c.code),
  priceReview: {
    thresholdsMinor: {
      DE: { EUR: 50_000 },
      FR: { EUR: 50_000 },
      ES: { EUR: 50_000 },
      IT: { EUR: 50_000 },
      NL: { EUR: 50_000 },
      GB: { GBP: 45_000 },
      US: { USD: 55_000 },
      JP: { JPY: 80_000 },
      CN: { CNY: 400_000 },
      '*': { EUR: 50_000, USD: 55_000 },
    },
    unknownCurrency: 'review',
  },
};
