/**
 * Content type from the first bytes of a file, never from a header or a file name (a supplier's "image.jpg" may be
 * anything). Signatures: JPEG (ITU T.81 SOI + marker), PNG (RFC 2083 §3.1), GIF (87a/89a), WebP (RIFF container,
 * https://developers.google.com/speed/webp/docs/riff_container), AVIF/HEIF (ISO BMFF "ftyp" brands, ISO/IEC 23008-12),
 * TIFF (II*\0 / MM\0*). The preprocessor decodes and validates fully; this is the cheap gate at the door.
 */

export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/avif' | 'image/tiff';

export type SniffResult =
  | { kind: 'image'; contentType: ImageType }
  | { kind: 'svg' }
  | { kind: 'unsupported-image'; format: string }
  | { kind: 'empty' }
  | { kind: 'unknown'; hint: string };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

export function sniffImage(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', contentType: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', contentType: 'image/png' };
  const head6 = ascii(bytes, 0, 6);
  if (head6 === 'GIF87a' || head6 === 'GIF89a') return { kind: 'image', contentType: 'image/gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { kind: 'image', contentType: 'image/webp' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { kind: 'image', contentType: 'image/tiff' };
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
    const end = Math.min(bytes.length, Math.max(16, Math.min(boxSize, 256)));
    const brands = [ascii(bytes, 8, 12)];
    for (let o = 16; o + 4 <= end; o += 4) brands.push(ascii(bytes, o, o + 4));
    if (brands.includes('avif') || brands.includes('avis')) return { kind: 'image', contentType: 'image/avif' };
    if (brands.some((b) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(b))) return { kind: 'unsupported-image', format: 'HEIC/HEIF' };
    return { kind: 'unknown', hint: `an ISO media file (brand "${brands[0]}"), probably a video` };
  }
  if (ascii(bytes, 0, 2) === 'BM') return { kind: 'unsupported-image', format: 'BMP' };
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return { kind: 'unsupported-image', format: 'ICO' };
  if (startsWith(bytes, [0xff, 0x0a]) || startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20])) return { kind: 'unsupported-image', format: 'JPEG XL' };
  if (ascii(bytes, 0, 4) === '8BPS') return { kind: 'unsupported-image', format: 'Photoshop PSD' };
  return textOrBinary(bytes);
}

function textOrBinary(bytes: Uint8Array): SniffResult {
  // SVG is XML text: look past a BOM, whitespace, an XML declaration, comments and a doctype for "<svg".
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (/^\s*</.test(head) && /<svg[\s>:]/i.test(head)) return { kind: 'svg' };
  if (ascii(bytes, 0, 4) === '%PDF') return { kind: 'unknown', hint: 'a PDF document' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'unknown', hint: 'a ZIP archive' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'unknown', hint: 'gzip-compressed data' };
  if (/^\s*<(!doctype html|html)[\s>]/i.test(head)) return { kind: 'unknown', hint: 'an HTML page' };
  if (/^\s*[{[]/.test(head)) return { kind: 'unknown', hint: 'JSON text' };
  return { kind: 'unknown', hint: looksLikeText(bytes.subarray(0, 512)) ? 'text' : 'binary data of an unknown format' };
}

function looksLikeText(head: Uint8Array): boolean {
  try {
    // stream: true so a multi-byte character cut at the 512-byte boundary is not an error.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return ![...text].some((ch) => {
      const c = ch.charCodeAt(0);
      return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127;
    });
  } catch {
    return false;
  }
}

export const SUPPORTED_FORMATS = 'JPEG, PNG, WebP, AVIF, GIF or TIFF';
