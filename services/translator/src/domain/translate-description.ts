import { deriveEnvelope, type DescriptionGenerated, type DescriptionTranslated } from '@vitrine/contracts';
import { freeTextSourceLocale, renderAllWithReport, type TranslateFn } from '@vitrine/localization';
import { taxonomyVersion, type Locale } from '@vitrine/taxonomy';
import { targetLocalesFor, type TargetLocales } from './target-locales';
import { assertValidDescription } from './validate-description';

export const TRANSLATOR_STAGE = 'translator';

/**
 * `sourceLocale` when the description has no free text: the structured attributes are taxonomy codes, in no
 * language, so the honest BCP 47 tag is "und" (undetermined).
 */
export const NO_SOURCE_LOCALE = 'und';

export interface TranslateOptions {
  /** "translator@<version>" */
  producer: string;
  /** Epoch millis (ctx.now): the only clock this function sees. */
  now: number;
}

export interface TranslationResult {
  event: DescriptionTranslated;
  targets: TargetLocales;
  /**
   * Locales whose free text the engine refused or garbled (e.g. a protected term lost). Those locales carry no
   * translated free text and say `freeTextStatus: source_only`; the free text stays in its source locale.
   */
  freeTextFailures: Array<{ locale: Locale; error: string }>;
}

/**
 * DescriptionGenerated → DescriptionTranslated: every target locale rendered from the structured attributes, free
 * text through the MT port (null: none configured, so the free text stays in its source locale only).
 *
 * Throws, for the stage to route:
 * - InvalidDescriptionError, UnsupportedLocaleError: poison (checked before any MT call);
 * - MtTransientError: the MT engine is unreachable (retry the event later).
 * The event id derives from the input's id, the stage and the model version, so a redelivery yields the same id.
 */
export async function translateDescription(input: DescriptionGenerated, translate: TranslateFn | null, o: TranslateOptions): Promise<TranslationResult> {
  assertValidDescription(input.description);
  const targets = targetLocalesFor(input.context);
  const rendered = await renderAllWithReport(input.description, input.context, targets.locales, translate);
  const event: DescriptionTranslated = {
    ...deriveEnvelope(input, { stage: TRANSLATOR_STAGE, producer: o.producer, now: o.now, modelVersion: input.modelVersion }),
    imageId: input.imageId,
    modelId: input.modelId,
    modelVersion: input.modelVersion,
    promptTemplateId: input.promptTemplateId,
    promptTemplateVersion: input.promptTemplateVersion,
    description: input.description,
    context: input.context,
    taxonomyVersion,
    sourceLocale: freeTextSourceLocale(input.description) ?? NO_SOURCE_LOCALE,
    locales: rendered.locales,
  };
  return { event, targets, freeTextFailures: rendered.failures };
}
