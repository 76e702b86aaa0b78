import sharp from 'sharp';
import type { RgbImage } from '../domain/image';
import { InvalidDerivative, type DecodeImage } from '../ports';

/**
 * Decodes derivative bytes to interleaved 8-bit sRGB. The preprocessor already oriented, converted and flattened the
 * derivative, so this only undoes the encoding; alpha (a PNG derivative) is flattened on white like the preprocessor
 * does. `failOn: 'error'` rejects truncated data instead of returning grey rows.
 */
export function createSharpDecoder(opts: { maxPixels?: number } = {}): DecodeImage {
  const limitInputPixels = opts.maxPixels ?? 40_000_000;
  return async (bytes): Promise<RgbImage> => {
    try {
      const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels })
        .flatten({ background: '#ffffff' })
        .toColourspace('srgb')
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      if (info.channels !== 3) throw new Error(`expected 3 channels after decoding, got ${info.channels}`);
      return { data, width: info.width, height: info.height };
    } catch (e) {
      throw new InvalidDerivative(`derivative is not a decodable image: ${(e as Error).message}`, { cause: e });
    }
  };
}
