// Image facts measured on the decoded working rasters: what the describer and the review console use to
// judge a photo (size, sharpness, white background, transparency).

import sharp from 'sharp';
import { borderWhiteness, transparencyShare } from './domain/raster';
import { laplacianVariance } from './domain/sharpness';
import type { DecodedImage } from './decode';
import type { InputFormat } from './domain/limits';

/** Sharpness is measured on a greyscale thumbnail of at most this many pixels on the longest side. */
export const SHARPNESS_THUMBNAIL_SIDE = 512;

export interface ImageFacts {
  format: InputFormat;
  mime: string;
  bytes: number;
  /** Oriented source dimensions in pixels. */
  width: number;
  height: number;
  /** width / height. */
  aspect: number;
  orientation: number;
  colourSpace: string;
  bitDepth: number;
  frames: number;
  hasAlpha: boolean;
  /** Share of pixels that are not fully opaque (0 when there is no alpha channel). */
  transparencyShare: number;
  /** Variance of the Laplacian on a greyscale thumbnail (≤ 512 px); higher is sharper. */
  sharpness: number;
  /** Share of near-white pixels in the 5 % border band, measured after flattening on white. */
  backgroundWhiteness: number;
}

export async function measureFacts(decoded: DecodedImage): Promise<ImageFacts> {
  const { source, rgba, rgb } = decoded;
  const thumb = await sharp(rgb.data, { raw: { width: rgb.width, height: rgb.height, channels: 3 } })
    .resize(SHARPNESS_THUMBNAIL_SIDE, SHARPNESS_THUMBNAIL_SIDE, { fit: 'inside', withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    format: source.format,
    mime: source.mime,
    bytes: source.bytes,
    width: source.width,
    height: source.height,
    aspect: source.width / source.height,
    orientation: source.orientation,
    colourSpace: source.colourSpace,
    bitDepth: source.bitDepth,
    frames: source.frames,
    hasAlpha: source.hasAlpha,
    transparencyShare: source.hasAlpha ? transparencyShare(rgba) : 0,
    sharpness: laplacianVariance(thumb.data, thumb.info.width, thumb.info.height),
    backgroundWhiteness: borderWhiteness(rgb),
  };
}
