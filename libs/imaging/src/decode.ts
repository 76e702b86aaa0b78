// Decoding and validation of untrusted image bytes with sharp (libvips), in this order:
//   1. size checks and magic-byte sniffing: SVG, PDF, HEIC and anything unknown never reach a decoder
//      (sharp would happily render SVG through librsvg; we never let it);
//   2. header only (`metadata()`): format cross-check, pixel count (decompression-bomb guard), frame count;
//   3. one decode with `limitInputPixels` (defence in depth: libvips checks the header again), `failOn`
//      (truncated/corrupt data aborts instead of yielding grey pixels), EXIF auto-orientation, first frame
//      only, conversion to 8-bit sRGB through the embedded ICC profile (CMYK and 16-bit inputs included),
//      downscaled to the working size.
// Output rasters carry no metadata at all. sharp options: https://sharp.pixelplumbing.com/api-constructor

import sharp, { type Metadata, type OutputInfo, type SharpOptions } from 'sharp';
import { looksTruncated } from './domain/completeness';
import { parseImageLimits, type ImageLimits, type InputFormat } from './domain/limits';
import { flattenOnWhite, type Raster } from './domain/raster';
import { ImageRejected } from './domain/rejection';
import { mimeOf, sniffContentType, type SniffedFormat } from './domain/sniff';

export const DEFAULT_WORKING_MAX_SIDE = 1024;

export interface SourceInfo {
  format: InputFormat;
  mime: string;
  bytes: number;
  /** Width and height after EXIF orientation, in pixels. */
  width: number;
  height: number;
  /** EXIF orientation of the source (1 = none), already applied to every output. */
  orientation: number;
  /** libvips interpretation of the source, e.g. srgb, cmyk, rgb16, b-w. */
  colourSpace: string;
  /** Bits per channel of the source: 8, 16, 32. */
  bitDepth: number;
  hasAlpha: boolean;
  hasIccProfile: boolean;
  /** Frames or pages in the file; only the first is used. */
  frames: number;
}

export interface DecodedImage {
  source: SourceInfo;
  /** Oriented 8-bit sRGB with alpha, at most `workingMaxSide` on its longest side. */
  rgba: Raster;
  /** The same pixels composited over white (what the model and the measurements see). */
  rgb: Raster;
}

export interface DecodeOptions {
  /** Longest side of the working rasters; the model derivative and all measurements come from them. */
  workingMaxSide?: number;
}

const SHARP_FORMAT: Record<InputFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif', gif: 'gif', tiff: 'tiff' };
const MULTI_FRAME: ReadonlySet<InputFormat> = new Set(['gif', 'webp', 'tiff']);
const ANIMATED: ReadonlySet<InputFormat> = new Set(['gif', 'webp', 'avif']);

const BIT_DEPTH: Record<string, number> = { uchar: 8, char: 8, ushort: 16, short: 16, uint: 32, int: 32, float: 32, double: 64 };

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
const megapixels = (n: number): string => `${(n / 1e6).toFixed(1)} MP`;

export async function decodeAndValidate(input: Uint8Array, limitsInput?: Partial<ImageLimits>, options: DecodeOptions = {}): Promise<DecodedImage> {
  const limits = parseImageLimits(limitsInput);
  const workingMaxSide = options.workingMaxSide ?? DEFAULT_WORKING_MAX_SIDE;
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);

  if (bytes.length === 0) throw new ImageRejected('empty', 'The file is empty (0 bytes): upload the image again.');
  if (bytes.length > limits.maxBytes) {
    throw new ImageRejected('too_large', `The file is ${megabytes(bytes.length)}; the limit is ${megabytes(limits.maxBytes)}. Upload a smaller export of the photo.`, {
      bytes: bytes.length,
      maxBytes: limits.maxBytes,
    });
  }

  const format = checkFormat(bytes, limits);
  const meta = await readHeader(bytes, format, limits);
  const frames = meta.pages ?? 1;
  if (frames > 1 && ANIMATED.has(format) && limits.animated === 'reject') {
    throw new ImageRejected('animated', `The image is animated (${frames} frames): upload a still photo.`, { frames });
  }

  const oriented = meta.autoOrient ?? { width: meta.width, height: meta.height };
  const frameOptions: SharpOptions = MULTI_FRAME.has(format) ? { pages: 1, page: 0 } : {};
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: limits.failOn, autoOrient: true, sequentialRead: true, ...frameOptions })
      .resize(workingMaxSide, workingMaxSide, { fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw decodeFailure(error, bytes, format);
  }
  const rgba: Raster = { data: decoded.data, width: decoded.info.width, height: decoded.info.height, channels: 4 };
  return {
    source: {
      format,
      mime: mimeOf(format),
      bytes: bytes.length,
      width: oriented.width,
      height: oriented.height,
      orientation: meta.orientation ?? 1,
      colourSpace: String(meta.space),
      bitDepth: BIT_DEPTH[String(meta.depth)] ?? 8,
      hasAlpha: meta.hasAlpha,
      hasIccProfile: meta.hasProfile,
      frames,
    },
    rgba,
    rgb: flattenOnWhite(rgba),
  };
}

function checkFormat(bytes: Buffer, limits: ImageLimits): InputFormat {
  const sniffed = sniffContentType(bytes);
  if (!sniffed) {
    throw new ImageRejected('not_an_image', 'The file is not an image: its first bytes match no image format. Upload a JPEG, PNG, WebP, AVIF, GIF or TIFF photo.', {
      firstBytes: bytes.subarray(0, 8).toString('hex'),
    });
  }
  if (sniffed.format === 'svg') {
    throw new ImageRejected(
      'unsupported_format',
      'SVG is refused: it is a vector document (markup that can reference other files and run effects when rendered), not a photo. Upload a PNG or JPEG export.',
      { format: 'svg' },
    );
  }
  if (!(limits.allowedFormats as readonly SniffedFormat[]).includes(sniffed.format)) {
    const hint = sniffed.format === 'heic' ? ' Set the camera to "Most compatible" or convert the photo to JPEG.' : '';
    throw new ImageRejected('unsupported_format', `The file is ${sniffed.format.toUpperCase()}, which is not accepted. Accepted formats: ${limits.allowedFormats.join(', ')}.${hint}`, {
      format: sniffed.format,
    });
  }
  return sniffed.format as InputFormat;
}

/** Header only: no pixel is decoded here, so a 20000×20000 bomb costs microseconds. */
async function readHeader(bytes: Buffer, format: InputFormat, limits: ImageLimits): Promise<Metadata> {
  let meta: Metadata;
  try {
    // The pixel limit is checked below with a clear message; libvips' own check would only say "exceeds".
    meta = await sharp(bytes, { limitInputPixels: false, failOn: limits.failOn }).metadata();
  } catch (error) {
    throw decodeFailure(error, bytes, format);
  }
  if (meta.format !== SHARP_FORMAT[format]) {
    throw new ImageRejected('corrupt', `The file starts like ${format.toUpperCase()} but the decoder read it as ${String(meta.format)}: re-export the image.`, {
      format,
      decoded: String(meta.format),
    });
  }
  if (format === 'avif' && meta.compression !== 'av1') {
    throw new ImageRejected('unsupported_format', `The HEIF file uses ${String(meta.compression)} compression; only AVIF (AV1) is accepted. Convert the photo to JPEG.`, {
      format: 'heic',
    });
  }
  const { width, height } = meta;
  if (!width || !height) throw new ImageRejected('corrupt', 'The image header has no dimensions: re-export the image.', { format });
  const pixels = width * height;
  if (pixels > limits.maxPixels) {
    throw new ImageRejected(
      'too_many_pixels',
      `The image is ${width}×${height} (${megapixels(pixels)}); the limit is ${megapixels(limits.maxPixels)}. Downscale it (for example to 4000 px on the longest side) and upload again.`,
      { width, height, pixels, maxPixels: limits.maxPixels },
    );
  }
  if (width < limits.minSide || height < limits.minSide) {
    throw new ImageRejected('too_small', `The image is ${width}×${height} px; at least ${limits.minSide} px on each side is needed.`, { width, height, minSide: limits.minSide });
  }
  return meta;
}

const TRUNCATION_MESSAGE = /premature end|unexpected end|truncat|end of (file|stream|data)|not enough (data|image data)/i;

function decodeFailure(error: unknown, bytes: Buffer, format: InputFormat): ImageRejected {
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  if (/exceeds pixel limit/i.test(reason)) {
    return new ImageRejected('too_many_pixels', `The image has more pixels than the decoder accepts: downscale it and upload again.`, { format }, { cause: error });
  }
  if (TRUNCATION_MESSAGE.test(reason) || looksTruncated(bytes, format)) {
    return new ImageRejected(
      'truncated',
      `The ${format.toUpperCase()} file is incomplete (it ends after ${bytes.length} bytes, before the image data does): the upload or export was cut off. Upload the file again.`,
      { format, bytes: bytes.length, decoder: reason },
      { cause: error },
    );
  }
  return new ImageRejected('corrupt', `The ${format.toUpperCase()} data is damaged and cannot be decoded (${reason}). Re-export the image from the original.`, { format, decoder: reason }, { cause: error });
}
