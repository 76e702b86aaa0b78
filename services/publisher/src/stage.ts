import type { DescriptionModerated, DescriptionReviewed } from '@vitrine/contracts';
import { perRecord, PoisonError, type OutputEvent, type StageDefinition } from '@vitrine/stream';
import { NotPublishable, publishModerated, publishReviewed, type PublishOptions } from './domain/publish';
import type { PublisherPorts } from './ports';

export interface PublisherStageOptions {
  /** "<service>@<version>" written into every event's producer field. */
  producer?: string;
  requireAllTargetLocales?: boolean;
}

export const PUBLISHER_STAGE = 'publisher';

/** The publisher stage: DescriptionModerated / DescriptionReviewed in, DescriptionPublished out. No Kafka or codec needed. */
export function createPublisherStage(ports: PublisherPorts = {}, opts: PublisherStageOptions = {}): StageDefinition<'DescriptionModerated' | 'DescriptionReviewed'> {
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
          for (const p of published) ports.onPublished?.(p);
          return published.map((value): OutputEvent => ({ event: 'DescriptionPublished', value }));
        } catch (e) {
          if (e instanceof NotPublishable) throw new PoisonError(e.message, 'not_publishable', { cause: e });
          throw e;
        }
      }),
  };
}
