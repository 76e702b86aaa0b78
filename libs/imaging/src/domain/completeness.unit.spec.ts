import { describe, expect, it } from 'vitest';
import { looksTruncated } from './completeness';

describe('looksTruncated', () => {
  it('JPEG: complete when the EOI marker is in the tail, even with trailing junk', () => {
    const body = [0xff, 0xd8, 0xff, 0xe0, 1, 2, 3];
    expect(looksTruncated(Uint8Array.from([...body, 0xff, 0xd9]), 'jpeg')).toBe(false);
    expect(looksTruncated(Uint8Array.from([...body, 0xff, 0xd9, 0, 0, 0]), 'jpeg')).toBe(false);
    expect(looksTruncated(Uint8Array.from(body), 'jpeg')).toBe(true);
  });

  it('PNG: complete only with IEND at the end', () => {
    const head = [0x89, 0x50, 0x4e, 0x47];
    expect(looksTruncated(Uint8Array.from([...head, 0, 0, 0, 0, ...Buffer.from('IEND'), 0xae, 0x42, 0x60, 0x82]), 'png')).toBe(false);
    expect(looksTruncated(Uint8Array.from([...head, 1, 2, 3]), 'png')).toBe(true);
  });

  it('WebP: the RIFF size must fit in the bytes', () => {
    const riff = (size: number, total: number) => {
      const b = Buffer.alloc(total);
      b.write('RIFF', 0, 'latin1');
      b.writeUInt32LE(size, 4);
      b.write('WEBP', 8, 'latin1');
      return b;
    };
    expect(looksTruncated(riff(92, 100), 'webp')).toBe(false);
    expect(looksTruncated(riff(200, 100), 'webp')).toBe(true);
    expect(looksTruncated(Buffer.from('RIFF'), 'webp')).toBe(true);
  });

  it('GIF: needs the 0x3B trailer; formats without an end marker are never called truncated here', () => {
    expect(looksTruncated(Uint8Array.from([...Buffer.from('GIF89a'), ...new Array(10).fill(0), 0x3b]), 'gif')).toBe(false);
    expect(looksTruncated(Uint8Array.from([...Buffer.from('GIF89a'), ...new Array(20).fill(1)]), 'gif')).toBe(true);
    expect(looksTruncated(Uint8Array.from([0x49, 0x49, 0x2a, 0]), 'tiff')).toBe(false);
  });
});
