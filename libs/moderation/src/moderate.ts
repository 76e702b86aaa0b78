import type { LocalizedContent, ModerationVerdict, ProductDescription, RuleHit, UploadContext } from '@vitrine/contracts';
import { createRuleEngine, type RuleEngine } from './engine';
import { authorisedBrandsFor, type ModerationPolicy } from './policy';
import { scanContent } from './scan';
import { decideVerdict } from './verdict';

const engines = new WeakMap<ModerationPolicy, RuleEngine>();

/** The rule engine for a policy's brands and packs, built once per policy object (compiling takes milliseconds). */
export function engineFor(policy: ModerationPolicy): RuleEngine {
  let e = engines.get(policy);
  if (!e) {
    e = createRuleEngine({ brands: policy.trademark.brands, alsoApply: policy.alsoApplyPacks });
    engines.set(policy, e);
  }
  return e;
}

export interface ModerateContentInput {
  readonly locales: readonly LocalizedContent[];
  readonly description: ProductDescription;
  readonly context: UploadContext;
  readonly sourceLocale?: string;
  /** Hits from elsewhere (a model classifier), merged before routing. */
  readonly extraHits?: readonly RuleHit[];
}

/** Scans every field of every locale and routes the result: the whole moderation decision, without envelopes. */
export function moderateContent(input: ModerateContentInput, policy: ModerationPolicy): ModerationVerdict {
  const ruleHits = scanContent(engineFor(policy), {
    locales: input.locales,
    description: input.description,
    sourceLocale: input.sourceLocale,
    authorisedBrands: authorisedBrandsFor(policy, input.context.supplierId),
  });
  const hits = input.extraHits ? [...ruleHits, ...input.extraHits] : ruleHits;
  return decideVerdict({ hits, description: input.description, context: input.context, locales: input.locales }, policy);
}
