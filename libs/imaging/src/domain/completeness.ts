// Structural "is the end of the file there?" checks, used to tell a truncated upload (the bytes stop early:
// retry the upload) from corrupt data (the bytes are all there but wrong: re-export the image) once the
// decoder has refused the file. Decoder messages alone are not enough: libpng says "read error" for both.

import type { SniffedFormat } from './sniff';

const TAIL = 64 * 1024;

function lastIndexOfPair(bytes: Uint8Array, a: number, b: number, window: number): number {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - window); i--) if (bytes[i] === a && bytes[i + 1] === b) return i;
  return -1;
}

function hasAsciiNearEnd(bytes: Uint8Array, text: string, window: number): boolean {
  const codes = [...text].map((c) => c.charCodeAt(0));
  outer: for (let i = bytes.length - codes.length; i >= Math.max(0, bytes.length - window); i--) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return true;
  }
  return false;
}

/** True when the container's end marker is missing: JPEG EOI, PNG IEND, GIF trailer, RIFF length. */
export function looksTruncated(bytes: Uint8Array, format: SniffedFormat): boolean {
  switch (format) {
    case 'jpeg': // EOI = FF D9 (ITU T.81 B.1.1.3); trailing junk after EOI is common, so search the tail.
      return lastIndexOfPair(bytes, 0xff, 0xd9, TAIL) < 0;
    case 'png': // IEND is the last chunk (PNG spec §11.2.5).
      return !hasAsciiNearEnd(bytes, 'IEND', 64);
    case 'gif': // Trailer 0x3B (GIF89a §27).
      return bytes.length < 14 || !Array.from(bytes.subarray(Math.max(0, bytes.length - 16))).includes(0x3b);
    case 'webp': {
      // RIFF chunk size at offset 4, little-endian, counts the bytes after the first 8.
      if (bytes.length < 12) return true;
      const size = (bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24)) >>> 0;
      return size + 8 > bytes.length;
    }
    default:
      return false;
  }
}
