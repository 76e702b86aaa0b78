import { deriveEnvelope, type DescriptionModerated, type DescriptionTranslated, type LocalizedContent, type RuleHit } from '@vitrine/contracts';
import { contentFields, moderateContent, type ModerationPolicy } from '@vitrine/moderation';
import type { ClassifierFinding, ClassifierText } from '../ports';

/** Every buyer-visible text of every locale, with the field names the rule hits use. */
export function classifierTexts(locales: readonly LocalizedContent[]): ClassifierText[] {
  const out: ClassifierText[] = [];
  for (const c of locales) {
    for (const { field, text } of contentFields(c)) if (text.trim() !== '') out.push({ locale: c.locale, field, text });
  }
  return out;
}

const familyId = (family: string): string => family.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'unknown';

/**
 * Model findings → rule hits, by the policy's score thresholds (below `softScore`: ignored). The span is the first
 * occurrence of the phrase the model quoted, else the whole field: a reviewer must always be shown where to look.
 * Findings about a text that was not sent are dropped (a model must not invent fields).
 */
export function findingsToHits(findings: readonly ClassifierFinding[], texts: readonly ClassifierText[], policy: ModerationPolicy): RuleHit[] {
  const byKey = new Map(texts.map((t) => [`${t.locale}\u0000${t.field}`, t.text] as const));
  const hits: RuleHit[] = [];
  for (const f of findings) {
    const text = byKey.get(`${f.locale}\u0000${f.field}`);
    if (text === undefined || !Number.isFinite(f.score)) continue;
    const severity = f.score >= policy.classifier.hardScore ? 'hard' : f.score >= policy.classifier.softScore ? 'soft' : null;
    if (!severity) continue;
    const at = f.matched ? text.indexOf(f.matched) : -1;
    const [start, end] = at >= 0 ? [at, at + f.matched!.length] : [0, text.length];
    hits.push({ ruleId: `classifier.${familyId(f.family)}`, family: f.family, severity, locale: f.locale, field: f.field, start, end, matched: text.slice(start, end) });
  }
  return hits;
}

/** Why an event cannot be moderated at all (→ dead letter), or null. A verdict needs something to judge. */
export function invalidTranslated(event: DescriptionTranslated): string | null {
  if (event.locales.length === 0) return 'no locales to moderate';
  const seen = new Set<string>();
  for (const [i, c] of event.locales.entries()) {
    if (c.locale.trim() === '') return `locales[${i}].locale is empty`;
    if (seen.has(c.locale)) return `locale ${c.locale} appears twice`;
    seen.add(c.locale);
  }
  return null;
}

export interface ModerateEventOptions {
  readonly stage: string;
  readonly producer: string;
  readonly now: number;
  /** Hits from the model classifier. */
  readonly classifierHits?: readonly RuleHit[];
  /** Set when the classifier was asked and failed, and the policy is to review rather than wait for it. */
  readonly classifierFailure?: string;
}

/**
 * DescriptionTranslated → DescriptionModerated: every field of every locale (and the source free text and printed
 * text) through the rule packs, plus the classifier's hits, routed by the policy. Pure: time comes in `now`.
 *
 * The event id is derived from the cause, the stage and the policy version: a redelivery yields the same id, while a
 * replay under a new policy yields a new event (its verdict may differ).
 */
export function moderateTranslated(event: DescriptionTranslated, policy: ModerationPolicy, o: ModerateEventOptions): DescriptionModerated {
  let verdict = moderateContent(
    { locales: event.locales, description: event.description, context: event.context, sourceLocale: event.sourceLocale, extraHits: o.classifierHits },
    policy,
  );
  if (o.classifierFailure !== undefined) {
    verdict = {
      ...verdict,
      status: verdict.status === 'approved' ? 'needs_review' : verdict.status,
      reasons: [...verdict.reasons, { code: 'classifier_unavailable', message: `model check not done: ${o.classifierFailure}` }],
    };
  }
  const envelope = deriveEnvelope(event, { stage: o.stage, producer: o.producer, now: o.now, modelVersion: event.modelVersion, discriminator: `policy:${policy.policyVersion}` });
  return {
    ...envelope,
    imageId: event.imageId,
    modelId: event.modelId,
    modelVersion: event.modelVersion,
    promptTemplateId: event.promptTemplateId,
    promptTemplateVersion: event.promptTemplateVersion,
    description: event.description,
    context: event.context,
    taxonomyVersion: event.taxonomyVersion,
    locales: event.locales,
    verdict,
  };
}
