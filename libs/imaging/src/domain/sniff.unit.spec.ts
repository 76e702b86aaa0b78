import { describe, expect, it } from 'vitest';
import { mimeOf, sniffContentType } from './sniff';

const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, new Array(16).fill(0));
}

describe('sniffContentType', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], new Array(8).fill(0))],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], new Array(8).fill(0))],
    ['gif', bytes('GIF89a', new Array(8).fill(0))],
    ['gif', bytes('GIF87a', new Array(8).fill(0))],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['tiff', bytes([0x49, 0x49, 0x2a, 0x00], new Array(8).fill(0))],
    ['tiff', bytes([0x4d, 0x4d, 0x00, 0x2a], new Array(8).fill(0))],
    ['bmp', bytes('BM', new Array(14).fill(0))],
    ['pdf', bytes('%PDF-1.7\n')],
    ['psd', bytes('8BPS', new Array(8).fill(0))],
  ] as const)('recognises %s from its magic bytes', (format, input) => {
    expect(sniffContentType(input)).toEqual({ format, mime: mimeOf(format) });
  });

  it('tells AVIF from HEIC by the ftyp brands, AVIF winning when any brand says so', () => {
    expect(sniffContentType(ftyp('avif', 'mif1', 'miaf'))?.format).toBe('avif');
    expect(sniffContentType(ftyp('mif1', 'avif'))?.format).toBe('avif');
    expect(sniffContentType(ftyp('heic', 'mif1'))?.format).toBe('heic');
    expect(sniffContentType(ftyp('mp42', 'isom'))).toBeNull();
  });

  it('recognises SVG, also behind a BOM, an XML declaration, comments and a doctype', () => {
    expect(sniffContentType(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))?.format).toBe('svg');
    const wrapped = '\ufeff<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n  <svg>';
    expect(sniffContentType(Buffer.from(wrapped, 'utf8'))?.format).toBe('svg');
    expect(sniffContentType(bytes('<html><svg></svg></html>'))).toBeNull();
  });

  it('does not trust text, empty input or a lone partial signature', () => {
    expect(sniffContentType(bytes('sku,title\nA-1,mug\n'))).toBeNull();
    expect(sniffContentType(new Uint8Array())).toBeNull();
    expect(sniffContentType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffContentType(bytes([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniffContentType(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
  });
});
