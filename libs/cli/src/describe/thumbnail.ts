import sharp from 'sharp';
import { blobUriFor, type BlobStore } from '@vitrine/blobstore';

type Log = { warn(obj: object, msg: string): void };

/** A small JPEG of the uploaded image as a data: URL, so the preview page needs no file next to it and no network. */
export async function thumbnailDataUrl(blobs: BlobStore, imageId: string, log: Log, side = 360): Promise<string | null> {
  try {
    const bytes = await blobs.get(blobUriFor(imageId));
    const jpeg = await sharp(bytes, { failOn: 'none' })
      .rotate()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 78 })
      .toBuffer();
    return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
  } catch (err) {
    log.warn({ err, imageId }, 'no thumbnail for the preview');
    return null;
  }
}
