// The model-ready derivative: oriented, sRGB, flattened on white, metadata stripped (sharp writes none unless
// asked: https://sharp.pixelplumbing.com/api-output#keepmetadata), at most `maxSide` on its longest side.

import sharp from 'sharp';
import type { DecodedImage } from './decode';

export interface DerivativeOptions {
  /** Longest side in pixels (never enlarged). */
  maxSide: number;
  format: 'jpeg' | 'png';
  /** JPEG quality 1..100 (ignored for PNG). */
  quality: number;
}

export const DEFAULT_DERIVATIVE: DerivativeOptions = Object.freeze({ maxSide: 1024, format: 'jpeg', quality: 90 });

export interface ModelDerivative {
  bytes: Buffer;
  contentType: 'image/jpeg' | 'image/png';
  format: 'jpeg' | 'png';
  width: number;
  height: number;
}

export function parseDerivativeOptions(input: Partial<DerivativeOptions> = {}): DerivativeOptions {
  const o = { ...DEFAULT_DERIVATIVE, ...input };
  if (!Number.isInteger(o.maxSide) || o.maxSide < 32 || o.maxSide > 8192) throw new RangeError(`derivative.maxSide must be an integer in 32..8192, got ${o.maxSide}`);
  if (o.format !== 'jpeg' && o.format !== 'png') throw new RangeError(`derivative.format must be 'jpeg' or 'png', got ${String(o.format)}`);
  if (!Number.isInteger(o.quality) || o.quality < 1 || o.quality > 100) throw new RangeError(`derivative.quality must be an integer in 1..100, got ${o.quality}`);
  return Object.freeze(o);
}

export async function createModelDerivative(decoded: DecodedImage, input?: Partial<DerivativeOptions>): Promise<ModelDerivative> {
  const options = parseDerivativeOptions(input);
  const { rgb } = decoded;
  let pipeline = sharp(rgb.data, { raw: { width: rgb.width, height: rgb.height, channels: 3 } }).resize(options.maxSide, options.maxSide, {
    fit: 'inside',
    withoutEnlargement: true,
  });
  // 4:4:4 keeps thin coloured text (labels, logos) legible for OCR and the vision model.
  pipeline = options.format === 'jpeg' ? pipeline.jpeg({ quality: options.quality, chromaSubsampling: '4:4:4' }) : pipeline.png({ compressionLevel: 6 });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { bytes: data, contentType: options.format === 'jpeg' ? 'image/jpeg' : 'image/png', format: options.format, width: info.width, height: info.height };
}
