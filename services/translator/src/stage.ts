import { MtTransientError, UnsupportedLocaleError } from '@vitrine/localization';
import { PoisonError, UnavailableError, perRecord, type StageDefinition } from '@vitrine/stream';
import { UnknownCodeError } from '@vitrine/taxonomy';
import { TRANSLATOR_STAGE, translateDescription } from './domain/translate-description';
import { InvalidDescriptionError } from './domain/validate-description';
import type { TranslatorPorts } from './ports';

export const TRANSLATOR_VERSION = '0.1.0';

export interface TranslatorStageOptions {
  /** Default "translator@0.1.0". */
  producer?: string;
  /** Records of one batch translated at once (each fans out to up to 3 MT requests). Default 4. */
  concurrency?: number;
}

/** Poison reasons, as they appear in the dead-letter headers. */
export const POISON_REASONS = { unsupportedLocale: 'unsupported_locale', invalidDescription: 'invalid_description' } as const;

/**
 * DescriptionGenerated → DescriptionTranslated. Routes errors (shared/DESIGN.md "Conventions"):
 * an unsupported target locale or an invalid description is poison (DLQ with the reason); an MT engine that cannot
 * be reached is transient (UnavailableError: the runner pauses and retries the batch with backoff); an engine that
 * refused or garbled one locale is an expected outcome — that locale keeps its free text in the source locale only,
 * and a warning names it.
 */
export function createTranslatorStage(ports: TranslatorPorts, opts: TranslatorStageOptions = {}): StageDefinition<'DescriptionGenerated'> {
  const producer = opts.producer ?? `${TRANSLATOR_STAGE}@${TRANSLATOR_VERSION}`;
  return {
    stage: TRANSLATOR_STAGE,
    producer,
    inputs: ['DescriptionGenerated'],
    outputs: ['DescriptionTranslated'],
    defaultMode: 'batch',
    handler: ({ log }) =>
      perRecord<'DescriptionGenerated'>(async (record, ctx) => {
        const input = record.value;
        try {
          const r = await translateDescription(input, ports.translate, { producer, now: ctx.now });
          if (r.freeTextFailures.length > 0) {
            log.warn({ productId: input.productId, eventId: input.eventId, failures: r.freeTextFailures }, 'free text kept in its source locale for locales the MT engine refused or garbled');
          }
          return [{ event: 'DescriptionTranslated', value: r.event }];
        } catch (e) {
          if (e instanceof UnsupportedLocaleError) throw new PoisonError(e.message, POISON_REASONS.unsupportedLocale, { cause: e });
          if (e instanceof InvalidDescriptionError || e instanceof UnknownCodeError) throw new PoisonError(e.message, POISON_REASONS.invalidDescription, { cause: e });
          if (e instanceof MtTransientError) throw new UnavailableError(`machine translation unavailable: ${e.message}`, { cause: e });
          throw e;
        }
      }, opts.concurrency ?? 4),
  };
}
