// The stored value of one indexed image: its colour layout (optional) and the caller's opaque payload,
// framed so that binary payloads survive: [version=1][colour length n][n colour bytes][payload bytes].

import { assertColourLayout } from './colour-layout';

const VERSION = 1;

export interface StoredEntry {
  colour: Uint8Array | undefined;
  payload: Buffer;
}

export function encodeEntry(colour: Uint8Array | undefined, payload: string | Uint8Array): Buffer {
  if (colour) assertColourLayout(colour);
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const n = colour?.length ?? 0;
  const out = Buffer.allocUnsafe(2 + n + body.length);
  out[0] = VERSION;
  out[1] = n;
  if (colour) out.set(colour, 2);
  body.copy(out, 2 + n);
  return out;
}

export function decodeEntry(bytes: Buffer): StoredEntry {
  if (bytes.length < 2 || bytes[0] !== VERSION) throw new Error(`unknown near-duplicate entry encoding (version byte ${bytes[0]})`);
  const n = bytes[1]!;
  if (bytes.length < 2 + n) throw new Error('near-duplicate entry is shorter than its colour layout');
  return {
    colour: n > 0 ? new Uint8Array(bytes.subarray(2, 2 + n)) : undefined,
    payload: Buffer.from(bytes.subarray(2 + n)),
  };
}
