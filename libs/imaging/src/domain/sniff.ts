// Content-type sniffing from magic bytes, so that neither the intake nor the decoder trusts a declared
// Content-Type or file name. Signatures: WHATWG MIME Sniffing §6.1 "Matching an image type pattern"
// (https://mimesniff.spec.whatwg.org/#matching-an-image-type-pattern), ISO/IEC 14496-12 ftyp brands for
// AVIF/HEIF (https://aomediacodec.github.io/av1-avif/#brands), TIFF 6.0 header, JPEG XL and JPEG 2000
// signatures. SVG is recognised so that it can be refused by name instead of as "not an image".

export type SniffedFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'heic' | 'tiff' | 'bmp' | 'ico' | 'jxl' | 'jp2' | 'psd' | 'pdf' | 'svg';

export interface SniffedType {
  format: SniffedFormat;
  mime: string;
}

const MIME: Record<SniffedFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  heic: 'image/heic',
  tiff: 'image/tiff',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  jxl: 'image/jxl',
  jp2: 'image/jp2',
  psd: 'image/vnd.adobe.photoshop',
  pdf: 'application/pdf',
  svg: 'image/svg+xml',
};

export function mimeOf(format: SniffedFormat): string {
  return MIME[format];
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < Math.min(end, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);

/** ISO-BMFF `ftyp` box: major brand, then compatible brands. AVIF wins when any brand says AVIF. */
function sniffFtyp(bytes: Uint8Array): SniffedFormat | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(bytes.length, boxSize >= 16 ? boxSize : 16, 4096);
  const brands = [ascii(bytes, 8, 12)];
  for (let o = 16; o + 4 <= end; o += 4) brands.push(ascii(bytes, o, o + 4));
  if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
  if (brands.some((b) => HEIC_BRANDS.has(b) || b === 'mif1' || b === 'msf1')) return 'heic';
  return null;
}

/** SVG is text: optional BOM and whitespace, optional XML declaration, comments or doctype, then `<svg`. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  let text = ascii(bytes, 0, 4096);
  if (text.startsWith('\xef\xbb\xbf')) text = text.slice(3);
  text = text.trimStart();
  if (!text.startsWith('<')) return false;
  const head = text.toLowerCase();
  return /^(<\?xml[^>]*>\s*)?((<!--[\s\S]*?-->|<!doctype[^>]*>)\s*)*<svg[\s>]/.test(head);
}

/** The format the bytes really are, or null when no known image signature matches. */
export function sniffContentType(bytes: Uint8Array): SniffedType | null {
  const format = sniffFormat(bytes);
  return format ? { format, mime: MIME[format] } : null;
}

function sniffFormat(b: Uint8Array): SniffedFormat | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  const ftyp = sniffFtyp(b);
  if (ftyp) return ftyp;
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(b, [0x49, 0x49, 0x2b, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2b])) return 'tiff'; // BigTIFF
  if (startsWith(b, [0xff, 0x0a]) || startsWith(b, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20, 0x0d, 0x0a, 0x87, 0x0a])) return 'jxl';
  if (startsWith(b, [0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a]) || startsWith(b, [0xff, 0x4f, 0xff, 0x51])) return 'jp2';
  if (ascii(b, 0, 2) === 'BM' && b.length >= 14) return 'bmp';
  if (startsWith(b, [0x00, 0x00, 0x01, 0x00]) && b.length >= 6) return 'ico';
  if (ascii(b, 0, 4) === '8BPS') return 'psd';
  if (ascii(b, 0, 5) === '%PDF-') return 'pdf';
  if (looksLikeSvg(b)) return 'svg';
  return null;
}
