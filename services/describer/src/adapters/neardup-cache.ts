import { cacheFingerprint } from '@vitrine/imaging';
import { encodeCachedDescription, type NearDupIndex } from '@vitrine/neardup';
import { UnavailableError } from '@vitrine/stream';
import type { StoreCached } from '../ports';

/**
 * Stores each description in the near-duplicate index of the describer's model version, so the preprocessor can
 * answer a later near-duplicate upload from the cache (DescriptionGenerated cached=true) without the models.
 * Fingerprint and payload must be computed exactly as the preprocessor reads them: both sides use
 * @vitrine/imaging `cacheFingerprint` on the same derivative bytes and @vitrine/neardup's cached-description codec.
 */
export function createNearDupCacheStore(index: NearDupIndex): StoreCached {
  return async (entries) => {
    const rows = await Promise.all(
      entries.map(async ({ imageId, derivativeBytes, event: e }) => {
        if (e.modelVersion !== index.config.modelVersion) {
          throw new Error(`description of model version ${e.modelVersion} cannot go into the cache of version ${index.config.modelVersion}`);
        }
        const fingerprint = await cacheFingerprint(derivativeBytes);
        const payload = encodeCachedDescription({
          description: e.description,
          model: { modelId: e.modelId, modelVersion: e.modelVersion, promptTemplateId: e.promptTemplateId, promptTemplateVersion: e.promptTemplateVersion },
          sourceImageId: e.imageId,
          sourceEventId: e.eventId,
          generatedAt: e.occurredAt,
        });
        return { fingerprint, imageId, payload };
      }),
    );
    if (rows.length === 0) return;
    try {
      await index.addMany(rows);
    } catch (err) {
      throw new UnavailableError(`near-duplicate index unavailable (model version ${index.config.modelVersion}): ${(err as Error).message}`, { cause: err });
    }
  };
}
