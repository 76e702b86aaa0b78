// The two events an upload can become, as pure functions of the upload and what the ports measured: a fresh
// ImagePreprocessed for the describer, or a DescriptionGenerated answered from the near-duplicate cache.
// Event ids are derived (causing event id, stage, model version), so a re-delivered upload yields the same
// id and consumers dedupe; a replay pinned to a new model version yields new ones.

import { deriveEnvelope, type DescriptionGenerated, type ImageFacts, type ImagePreprocessed, type ImageUploaded } from '@vitrine/contracts';
import type { ImageFacts as MeasuredFacts } from '@vitrine/imaging';
import type { CachedDescription } from '@vitrine/neardup';

export const PREPROCESSOR_STAGE = 'preprocessor';

export interface EmitMeta {
  modelVersion: string;
  /** "preprocessor@<version>" */
  producer: string;
  /** Epoch millis (the handler's ctx.now). */
  now: number;
}

export interface DerivativeRef {
  uri: string;
  width: number;
  height: number;
}

/** The facts the event schema carries, from the facts @vitrine/imaging measured. */
export function eventFacts(f: MeasuredFacts): ImageFacts {
  return {
    format: f.format,
    width: f.width,
    height: f.height,
    aspect: f.aspect,
    sharpness: f.sharpness,
    backgroundWhiteness: f.backgroundWhiteness,
    transparency: f.transparencyShare,
  };
}

export function buildImagePreprocessed(upload: ImageUploaded, derivative: DerivativeRef, facts: MeasuredFacts, phash: string, meta: EmitMeta): ImagePreprocessed {
  return {
    ...deriveEnvelope(upload, { stage: PREPROCESSOR_STAGE, producer: meta.producer, now: meta.now, modelVersion: meta.modelVersion }),
    imageId: upload.imageId,
    imageUri: upload.imageUri,
    derivativeUri: derivative.uri,
    derivativeWidth: derivative.width,
    derivativeHeight: derivative.height,
    phash,
    facts: eventFacts(facts),
    modelVersion: meta.modelVersion,
    context: upload.context,
  };
}

/**
 * A cache hit: the stored description and the model that made it, for this upload. The id carries a
 * discriminator so it can never equal the ImagePreprocessed id the same upload would get on a miss.
 */
export function buildCachedDescriptionGenerated(
  upload: ImageUploaded,
  cached: CachedDescription,
  derivativeUri: string,
  timingsMs: Readonly<Record<string, number>>,
  meta: EmitMeta,
): DescriptionGenerated {
  if (cached.model.modelVersion !== meta.modelVersion) {
    throw new RangeError(`cached description is of model version ${cached.model.modelVersion}, this stage serves ${meta.modelVersion}`);
  }
  return {
    ...deriveEnvelope(upload, { stage: PREPROCESSOR_STAGE, producer: meta.producer, now: meta.now, modelVersion: meta.modelVersion, discriminator: 'cache-hit' }),
    imageId: upload.imageId,
    derivativeUri,
    modelId: cached.model.modelId,
    modelVersion: cached.model.modelVersion,
    promptTemplateId: cached.model.promptTemplateId,
    promptTemplateVersion: cached.model.promptTemplateVersion,
    cached: true,
    cacheSourceImageId: cached.sourceImageId,
    description: cached.description,
    context: upload.context,
    timingsMs: { ...timingsMs },
  };
}
