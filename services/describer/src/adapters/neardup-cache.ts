import type { FingerprintInput, NearDupIndex } from '@vitrine/neardup';
import type { DescriptionGenerated } from '@vitrine/contracts';
import type { StoreCached } from '../ports';

/**
 * Stores each description in the near-duplicate index of the describer's model version, so the preprocessor can
 * answer a later near-duplicate upload from the cache (DescriptionGenerated cached=true) without the models.
 * Fingerprint and payload must be computed exactly as the preprocessor reads them; `codec` carries that agreement.
 */
export interface CacheCodec {
  fingerprint(derivativeBytes: Uint8Array, phash: string): Promise<FingerprintInput>;
  encode(event: DescriptionGenerated): string | Uint8Array;
}

/** What a cache hit needs to re-emit the description: the model, the prompt template and the description. */
export const jsonCacheCodec: CacheCodec = {
  fingerprint: async (_bytes, phash) => phash,
  encode: (e) =>
    JSON.stringify({
      modelId: e.modelId,
      modelVersion: e.modelVersion,
      promptTemplateId: e.promptTemplateId,
      promptTemplateVersion: e.promptTemplateVersion,
      description: e.description,
    }),
};

export function createNearDupCacheStore(index: NearDupIndex, codec: CacheCodec = jsonCacheCodec): StoreCached {
  return async (entries) => {
    const rows = await Promise.all(
      entries.map(async (e) => {
        if (e.event.modelVersion !== index.config.modelVersion) {
          throw new Error(`description of model version ${e.event.modelVersion} cannot go into the cache of version ${index.config.modelVersion}`);
        }
        return { fingerprint: await codec.fingerprint(e.derivativeBytes, e.phash), imageId: e.imageId, payload: codec.encode(e.event) };
      }),
    );
    if (rows.length > 0) await index.addMany(rows);
  };
}
