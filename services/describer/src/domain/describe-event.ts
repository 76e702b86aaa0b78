import { deriveEnvelope, type DescriptionGenerated, type ImagePreprocessed, type ProductDescription } from '@vitrine/contracts';

/** Which model and prompt produced a description; recorded on the event so replays can pin and compare them. */
export interface DescribingModel {
  /** e.g. "glm-4.6v-flash", or "offline-ocr-color" without a model server. */
  modelId: string;
  /** Model (and LoRA) version; part of the derived event id. */
  modelVersion: string;
  promptTemplateId: string;
  promptTemplateVersion: string;
}

export const DESCRIBER_STAGE = 'describer';

/**
 * The DescriptionGenerated event for one preprocessed image. Pure: time and producer come in as data, and the event id
 * is derived from the causing event id, the stage and the model version, so a re-delivered ImagePreprocessed yields
 * the same id (consumers dedupe) while a replay pinned to a new model version yields a new one.
 */
export function buildDescriptionGenerated(
  input: ImagePreprocessed,
  description: ProductDescription,
  model: DescribingModel,
  timings: Readonly<Record<string, number>>,
  now: number,
  producer: string,
): DescriptionGenerated {
  for (const [k, v] of Object.entries(timings)) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`timing "${k}" must be a finite, non-negative number of ms, got ${v}`);
  }
  return {
    ...deriveEnvelope(input, { stage: DESCRIBER_STAGE, producer, now, modelVersion: model.modelVersion }),
    imageId: input.imageId,
    derivativeUri: input.derivativeUri,
    modelId: model.modelId,
    modelVersion: model.modelVersion,
    promptTemplateId: model.promptTemplateId,
    promptTemplateVersion: model.promptTemplateVersion,
    cached: false,
    cacheSourceImageId: null,
    description,
    context: input.context,
    timingsMs: { ...timings },
  };
}
