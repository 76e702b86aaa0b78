import { deriveEnvelope, type DescriptionModerated, type DescriptionPublished, type DescriptionReviewed, type LocalizedContent } from '@vitrine/contracts';

/**
 * What the publisher publishes, as pure functions of one input event.
 *
 * - DescriptionModerated approved → DescriptionPublished with the moderation provenance.
 * - DescriptionModerated needs_review / rejected → nothing: the description waits for an operator.
 * - DescriptionReviewed approved / corrected → DescriptionPublished with the review provenance. A review event
 *   carries the whole description and every locale as the operator left them (after corrections), so it is
 *   self-contained; DescriptionCorrected carries the same corrected description plus the diff, for the fine-tuning
 *   dataset export, and is not needed here.
 * - DescriptionReviewed rejected → nothing.
 */
export interface PublishOptions {
  stage: string;
  producer: string;
  now: number;
  /** Refuse (dead-letter) a description that lacks one of the supplier's target locales instead of publishing it partially. */
  requireAllTargetLocales: boolean;
}

export class NotPublishable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotPublishable';
  }
}

type Content = Pick<DescriptionPublished, 'imageId' | 'modelId' | 'modelVersion' | 'promptTemplateId' | 'promptTemplateVersion' | 'description' | 'context' | 'taxonomyVersion' | 'locales'>;

function content(e: Content, o: PublishOptions, productId: string): Content {
  checkLocales(e.locales, e.context.targetLocales, o.requireAllTargetLocales, productId);
  return {
    imageId: e.imageId, modelId: e.modelId, modelVersion: e.modelVersion, promptTemplateId: e.promptTemplateId, promptTemplateVersion: e.promptTemplateVersion,
    description: e.description, context: e.context, taxonomyVersion: e.taxonomyVersion,
    // Catalog pages need title, bullets, long description and SEO keywords for every locale they show.
    locales: e.locales,
  };
}

function checkLocales(locales: LocalizedContent[], targets: string[], requireAll: boolean, productId: string): void {
  if (!locales.length) throw new NotPublishable(`product ${productId}: no locale was rendered`);
  const seen = new Set<string>();
  for (const l of locales) {
    if (seen.has(l.locale)) throw new NotPublishable(`product ${productId}: locale ${l.locale} appears twice`);
    seen.add(l.locale);
    if (!l.title.trim()) throw new NotPublishable(`product ${productId}: locale ${l.locale} has an empty title`);
  }
  const missing = targets.filter((t) => !seen.has(t));
  if (requireAll && missing.length) throw new NotPublishable(`product ${productId}: target locales ${missing.join(', ')} were not rendered`);
}

export function publishModerated(m: DescriptionModerated, o: PublishOptions): DescriptionPublished[] {
  if (m.verdict.status !== 'approved') return [];
  return [
    {
      ...deriveEnvelope(m, { stage: o.stage, producer: o.producer, now: o.now, modelVersion: m.modelVersion }),
      ...content(m, o, m.productId),
      moderation: { status: m.verdict.status, policyVersion: m.verdict.policyVersion, moderatedEventId: m.eventId, reasons: m.verdict.reasons.map((r) => r.code) },
      review: null,
    },
  ];
}

export function publishReviewed(r: DescriptionReviewed, o: PublishOptions): DescriptionPublished[] {
  if (r.decision === 'rejected') return [];
  return [
    {
      ...deriveEnvelope(r, { stage: o.stage, producer: o.producer, now: o.now, modelVersion: r.modelVersion }),
      ...content(r, o, r.productId),
      // The review event does not repeat the verdict; moderatedEventId points at it in the log. "reviewed" says an
      // operator, not the rule packs alone, cleared this description.
      moderation: { status: 'reviewed', policyVersion: '', moderatedEventId: r.moderatedEventId, reasons: [] },
      review: { reviewer: r.reviewer, decision: r.decision, reviewedEventId: r.eventId, reviewedAt: r.occurredAt },
    },
  ];
}
