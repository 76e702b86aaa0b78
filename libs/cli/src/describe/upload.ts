import { deriveEventId, type ImageUploaded, type UploadContext } from '@vitrine/contracts';
import type { BlobStore } from '@vitrine/blobstore';
import { sniffContentType } from '@vitrine/imaging';
import type { InputSource } from './inputs';

export const CLI_PRODUCER = 'vitrine-cli@0.1.0';

/**
 * Does what the intake API does for one image, in process: sniff the bytes (the cheap gate; the preprocessor decodes
 * and validates fully), store them content-addressed, and build the ImageUploaded event. Its ids are derived from the
 * product id and the image digest, so describing the same file twice yields the same events, and publishing both
 * runs' logs lets consumers dedupe.
 */
export async function uploadImage(source: InputSource, bytes: Buffer, blobs: BlobStore, context: UploadContext, now: number): Promise<ImageUploaded> {
  if (bytes.length === 0) throw new Error('empty file');
  const sniffed = sniffContentType(bytes);
  if (!sniffed) throw new Error(`not an image: the content is not JPEG, PNG, WebP, AVIF, GIF or TIFF (first bytes ${bytes.subarray(0, 8).toString('hex')})`);
  const stored = await blobs.put(bytes);
  const eventId = deriveEventId(`upload:${source.productId}`, 'intake', stored.sha256);
  return {
    eventId,
    causationId: null,
    correlationId: eventId,
    productId: source.productId,
    occurredAt: now,
    producer: CLI_PRODUCER,
    imageId: stored.sha256,
    imageUri: stored.uri,
    contentType: sniffed.mime,
    byteSize: stored.size,
    sourceUrl: source.kind === 'url' ? source.location : null,
    context,
  };
}
