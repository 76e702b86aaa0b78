import type { DescriptionModerated, DescriptionReviewed } from '@vitrine/contracts';
import { perRecord, PoisonError, type OutputEvent, type StageDefinition } from '@vitrine/stream';
import { NotPublishable, publishModerated, publishReviewed, type PublishOptions } from './domain/publish';

export interface PublisherStageOptions {
  /** "<service>@<version>" written into every event's producer field. */
  producer?: string;
  requireAllTargetLocales?: boolean;
}

export const PUBLISHER_STAGE = 'publisher';

/**
 * The publisher stage: DescriptionModerated / DescriptionReviewed in, DescriptionPublished out. A pure function of its
 * input events: no store, no remote service, no Kafka or codec needed, so it has no ports.
 */
export function createPublisherStage(opts: PublisherStageOptions = {}): StageDefinition<'DescriptionModerated' | 'DescriptionReviewed'> {
  const producer = opts.producer ?? 'publisher@0.1.0';
  return {
    stage: PUBLISHER_STAGE,
    producer,
    inputs: ['DescriptionModerated', 'DescriptionReviewed'],
    outputs: ['DescriptionPublished'],
    defaultMode: 'batch',
    handler: () =>
      perRecord(async (record, ctx) => {
        const o: PublishOptions = { stage: PUBLISHER_STAGE, producer, now: ctx.now, requireAllTargetLocales: opts.requireAllTargetLocales ?? false };
        try {
          const published =
            record.event === 'DescriptionModerated'
              ? publishModerated(record.value as DescriptionModerated, o)
              : publishReviewed(record.value as DescriptionReviewed, o);
          return published.map((value): OutputEvent => ({ event: 'DescriptionPublished', value }));
        } catch (e) {
          if (e instanceof NotPublishable) throw new PoisonError(e.message, 'not_publishable', { cause: e });
          throw e;
        }
      }),
  };
}
