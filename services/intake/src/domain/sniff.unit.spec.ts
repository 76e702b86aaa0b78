import { describe, expect, it } from 'vitest';
import { sniffImage } from './sniff';

const bytes = (...parts: Array<number[] | string>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const ftyp = (major: string, ...compat: string[]) => {
  const body = bytes('ftyp', major, [0, 0, 0, 0], ...compat);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(body.length + 4);
  return Buffer.concat([size, body, Buffer.alloc(16)]);
};

describe('sniffImage', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'image/png'],
    ['GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['GIF87a', bytes('GIF87a', [1, 0, 1, 0]), 'image/gif'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['AVIF', ftyp('avif', 'mif1', 'miaf'), 'image/avif'],
    ['AVIF by compatible brand', ftyp('mif1', 'avif'), 'image/avif'],
    ['TIFF little-endian', bytes('II', [0x2a, 0, 8, 0, 0, 0]), 'image/tiff'],
    ['TIFF big-endian', bytes('MM', [0, 0x2a, 0, 0, 0, 8]), 'image/tiff'],
  ])('recognises %s', (_name, input, contentType) => {
    expect(sniffImage(input)).toEqual({ kind: 'image', contentType });
  });

  it('recognises the example PNG and JPEG fixtures', async () => {
    const { readFile } = await import('node:fs/promises');
    const jpg = await readFile(new URL('../../../../test/fixtures/examples/red-mug.jpg', import.meta.url));
    const png = await readFile(new URL('../../../../test/fixtures/examples/navy-tshirt.png', import.meta.url));
    expect(sniffImage(jpg)).toEqual({ kind: 'image', contentType: 'image/jpeg' });
    expect(sniffImage(png)).toEqual({ kind: 'image', contentType: 'image/png' });
  });

  it('flags empty input', () => expect(sniffImage(new Uint8Array(0))).toEqual({ kind: 'empty' }));

  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ['\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<svg width="1">'],
    ['<?xml version="1.0"?><!DOCTYPE svg [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]><svg>&x;</svg>'],
    ['  <SVG>'],
  ])('flags SVG %#', (text) => {
    expect(sniffImage(Buffer.from(text, 'utf8'))).toEqual({ kind: 'svg' });
  });

  it.each([
    ['HEIC', ftyp('heic', 'mif1'), 'HEIC/HEIF'],
    ['BMP', bytes('BM', [0, 0, 0, 0]), 'BMP'],
    ['PSD', bytes('8BPS', [0, 1]), 'Photoshop PSD'],
  ])('names unsupported image formats: %s', (_n, input, format) => {
    expect(sniffImage(input)).toEqual({ kind: 'unsupported-image', format });
  });

  it.each([
    ['plain text', Buffer.from('hello, this is not an image'), 'text'],
    ['HTML', Buffer.from('<!DOCTYPE html><html><body>404</body></html>'), 'an HTML page'],
    ['PDF', Buffer.from('%PDF-1.7\n'), 'a PDF document'],
    ['JSON', Buffer.from('{"error":"nope"}'), 'JSON text'],
    ['MP4', ftyp('isom', 'mp41'), 'an ISO media file (brand "isom"), probably a video'],
    ['a truncated JPEG signature', bytes([0xff, 0xd8]), 'binary data of an unknown format'],
  ])('calls %s not an image', (_n, input, hint) => {
    expect(sniffImage(input)).toEqual({ kind: 'unknown', hint });
  });
});
