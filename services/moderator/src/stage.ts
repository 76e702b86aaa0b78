import type { StageDefinition } from '@vitrine/stream';
import { perRecord, PoisonError, UnavailableError } from '@vitrine/stream';
import { engineFor } from '@vitrine/moderation';
import { classifierTexts, findingsToHits, invalidTranslated, moderateTranslated } from './domain/moderate-event';
import type { ModeratorPorts } from './ports';

export const MODERATOR_STAGE = 'moderator';
export const MODERATOR_PRODUCER = 'moderator@0.1.0';

export interface ModeratorStageOptions {
  /** "<service>@<version>" on every output (default moderator@0.1.0). */
  readonly producer?: string;
  /** Records moderated at once within a batch (only matters with a classifier: the rules are synchronous). */
  readonly concurrency?: number;
  /**
   * When the classifier fails: "retry" (default) holds the batch and retries it, so every verdict includes the
   * model check; "review" moderates on the rules alone and sends the description to review with a
   * classifier_unavailable reason, so the stream keeps moving while the model server is down.
   */
  readonly onClassifierError?: 'retry' | 'review';
}

/**
 * DescriptionTranslated → DescriptionModerated. The handler needs neither the codec nor Kafka, so the CLI can run it
 * embedded. Events with nothing to moderate are poison (dead letter); rejected and needs-review verdicts are
 * ordinary outputs.
 */
export function createModeratorStage(ports: ModeratorPorts, options: ModeratorStageOptions = {}): StageDefinition<'DescriptionTranslated'> {
  const producer = options.producer ?? MODERATOR_PRODUCER;
  const onClassifierError = options.onClassifierError ?? 'retry';
  const { policy, classify } = ports;
  // Compile the rule automata now, not on the first message.
  engineFor(policy);
  return {
    stage: MODERATOR_STAGE,
    producer,
    inputs: ['DescriptionTranslated'],
    outputs: ['DescriptionModerated'],
    defaultMode: 'batch',
    handler: () =>
      perRecord<'DescriptionTranslated'>(async (record, ctx) => {
        const event = record.value;
        const invalid = invalidTranslated(event);
        if (invalid) throw new PoisonError(`DescriptionTranslated ${event.eventId}: ${invalid}`, 'invalid_event');
        let classifierHits;
        let classifierFailure: string | undefined;
        if (classify) {
          const texts = classifierTexts(event.locales);
          try {
            const findings = await classify({ productId: event.productId, texts, locales: event.locales });
            classifierHits = findingsToHits(findings, texts, policy);
          } catch (e) {
            const why = e instanceof Error ? e.message : String(e);
            if (onClassifierError === 'retry') throw new UnavailableError(`classifier ${ports.classifierId ?? ''} failed: ${why}`, { cause: e });
            classifierFailure = `${ports.classifierId ?? 'classifier'}: ${why}`;
          }
        }
        const value = moderateTranslated(event, policy, { stage: MODERATOR_STAGE, producer, now: ctx.now, classifierHits, classifierFailure });
        return [{ event: 'DescriptionModerated', value }];
      }, options.concurrency ?? 4),
  };
}
