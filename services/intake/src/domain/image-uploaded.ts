import type { ImageUploaded } from '@vitrine/contracts';
import type { ImageType } from './sniff';
import type { UploadFields } from './upload-fields';

/**
 * The event that enters the system. It starts a correlation: correlationId = eventId, no cause (the envelope rule for
 * events that come from outside). imageId is the sha256 of the bytes, so the same picture uploaded twice has one id.
 */
export function buildImageUploaded(input: {
  fields: UploadFields;
  stored: { uri: string; sha256: string; size: number };
  contentType: ImageType;
  sourceUrl: string | null;
  eventId: string;
  now: number;
  producer: string;
}): ImageUploaded {
  const { fields: f } = input;
  return {
    eventId: input.eventId,
    causationId: null,
    correlationId: input.eventId,
    productId: f.productId,
    occurredAt: input.now,
    producer: input.producer,
    imageId: input.stored.sha256,
    imageUri: input.stored.uri,
    contentType: input.contentType,
    byteSize: input.stored.size,
    sourceUrl: input.sourceUrl,
    context: {
      supplierId: f.supplierId,
      market: f.market,
      categoryHint: f.categoryHint,
      targetLocales: f.targetLocales,
      priceMinor: f.priceMinor,
      currency: f.currency,
    },
  };
}
