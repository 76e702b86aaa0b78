// Inputs the decoder must refuse or must handle specially, all generated at test time (the 20000×20000 PNG
// is 48 KB: one-bit grey rows of zeros deflate to almost nothing).

import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { productSvgSource } from './corpus';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/** A valid, highly compressible PNG of the given size (1-bit greyscale, all black): a decompression bomb. */
export function pngBomb(width = 20_000, height = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8))); // filter byte 0 + zero pixels per row
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(rows, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}

export interface SpecialInputs {
  text: Buffer;
  empty: Buffer;
  jpeg: Buffer;
  truncatedJpeg: Buffer;
  truncatedPng: Buffer;
  truncatedWebp: Buffer;
  corruptPng: Buffer;
  pngBomb: Buffer;
  svg: Buffer;
  svgWithDeclaration: Buffer;
  heic: Buffer;
  cmykJpeg: Buffer;
  png16: Buffer;
  animatedGif: Buffer;
  /** 200×100 raw: left half red, right half blue, stored with EXIF orientation 6 (display rotated 90° CW). */
  orientedJpeg: Buffer;
  /** Product on a fully transparent background. */
  transparentPng: Buffer;
  tiff: Buffer;
  avif: Buffer;
  tiny: Buffer;
}

export async function generateSpecialInputs(): Promise<SpecialInputs> {
  const svgText = productSvgSource(0, 640);
  const rendered = await sharp(Buffer.from(svgText)).removeAlpha().png().toBuffer();
  const jpeg = await sharp(rendered).jpeg({ quality: 90 }).toBuffer();
  const png = await sharp(rendered).png().toBuffer();
  const webp = await sharp(rendered).webp({ quality: 90 }).toBuffer();

  // Flip bytes in the middle of the PNG's compressed data but keep IEND: complete, yet undecodable.
  const corruptPng = Buffer.from(png);
  for (let i = Math.floor(png.length * 0.4); i < Math.floor(png.length * 0.4) + 256; i++) corruptPng[i] = corruptPng[i]! ^ 0xa5;

  const frames = await Promise.all(['#c0392b', '#27ae60', '#2f5fb3'].map((c) => sharp(Buffer.from(productSvgSource(0, 320).replace('#c0392b', c))).png().toBuffer()));
  const animatedGif = await sharp(frames, { join: { animated: true } }).gif({ delay: 200 }).toBuffer();

  const halves = Buffer.alloc(200 * 100 * 3);
  for (let y = 0; y < 100; y++) for (let x = 0; x < 200; x++) halves[(y * 200 + x) * 3 + (x < 100 ? 0 : 2)] = 255;
  const orientedJpeg = await sharp(halves, { raw: { width: 200, height: 100, channels: 3 } }).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer();

  const transparentSvg = svgText.replace(/<rect width="640" height="640" fill="#ffffff"\/>/, '');
  const transparentPng = await sharp(Buffer.from(transparentSvg)).png().toBuffer();

  // An ISO-BMFF header with HEIC brands and nothing decodable after it: sniffed as HEIC, refused by format.
  const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(64)]);

  return {
    text: Buffer.from('sku,title,price\nA-1,Red mug,9.90\nThis is a CSV export, not a photo.\n'),
    empty: Buffer.alloc(0),
    jpeg,
    truncatedJpeg: jpeg.subarray(0, Math.floor(jpeg.length * 0.6)),
    truncatedPng: png.subarray(0, Math.floor(png.length * 0.6)),
    truncatedWebp: webp.subarray(0, Math.floor(webp.length * 0.6)),
    corruptPng,
    pngBomb: pngBomb(),
    svg: Buffer.from(svgText),
    svgWithDeclaration: Buffer.from(`\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->\n${svgText}`),
    heic,
    cmykJpeg: await sharp(rendered).toColourspace('cmyk').jpeg({ quality: 90 }).toBuffer(),
    png16: await sharp(rendered).toColourspace('rgb16').png().toBuffer(),
    animatedGif,
    orientedJpeg,
    transparentPng,
    tiff: await sharp(rendered).tiff({ compression: 'lzw' }).toBuffer(),
    avif: await sharp(rendered).avif({ quality: 60, effort: 2 }).toBuffer(),
    tiny: await sharp({ create: { width: 20, height: 20, channels: 3, background: '#ff0000' } }).png().toBuffer(),
  };
}
