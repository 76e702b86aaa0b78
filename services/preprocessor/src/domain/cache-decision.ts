// Whether a near-duplicate match may answer this upload. The index already confirmed the Hamming and colour
// thresholds; here the stored payload must also be readable and of the model version this stage serves.
// An unreadable or foreign entry is a cache miss (the describer will regenerate and overwrite it), never a
// reason to dead-letter a good image.

import { decodeCachedDescription, type CachedDescription, type NearDupMatch } from '@vitrine/neardup';

export type CacheDecision =
  | { kind: 'hit'; cached: CachedDescription; sourceImageId: string; distance: number; colourDistance: number | null }
  | { kind: 'miss'; reason: 'no_match' | 'unreadable_entry' | 'other_model_version'; detail?: string };

export function decideCache(match: NearDupMatch | null, modelVersion: string): CacheDecision {
  if (!match) return { kind: 'miss', reason: 'no_match' };
  let cached: CachedDescription;
  try {
    cached = decodeCachedDescription(match.payload);
  } catch (e) {
    return { kind: 'miss', reason: 'unreadable_entry', detail: `entry of image ${match.imageId}: ${(e as Error).message}` };
  }
  if (cached.model.modelVersion !== modelVersion) {
    return { kind: 'miss', reason: 'other_model_version', detail: `entry of image ${match.imageId} is of model version ${cached.model.modelVersion}, expected ${modelVersion}` };
  }
  return { kind: 'hit', cached, sourceImageId: cached.sourceImageId, distance: match.distance, colourDistance: match.colourDistance };
}
