import { createHash } from 'node:crypto';
import { InvalidBlobUriError } from './errors';

export const BLOB_URI_PREFIX = 'blob://sha256/';
const HEX64 = /^[0-9a-f]{64}$/;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export const blobUriFor = (sha256: string): string => {
  if (!HEX64.test(sha256)) throw new InvalidBlobUriError(BLOB_URI_PREFIX + sha256, 'the digest is not 64 lowercase hex digits');
  return BLOB_URI_PREFIX + sha256;
};

export type ParsedBlobUri = { kind: 'blob'; sha256: string } | { kind: 'file'; url: URL };

/** Parses the two URI forms a store reads: content addresses and (for the CLI and tests) local files. */
export function parseBlobUri(uri: string): ParsedBlobUri {
  if (uri.startsWith(BLOB_URI_PREFIX)) {
    const hex = uri.slice(BLOB_URI_PREFIX.length);
    if (!HEX64.test(hex)) throw new InvalidBlobUriError(uri, 'the digest is not 64 lowercase hex digits');
    return { kind: 'blob', sha256: hex };
  }
  if (uri.startsWith('file:')) {
    let url: URL;
    try {
      url = new URL(uri);
    } catch {
      throw new InvalidBlobUriError(uri, 'not a valid file URL');
    }
    if (url.host !== '' && url.host !== 'localhost') throw new InvalidBlobUriError(uri, 'file URLs must name a local path (no host)');
    return { kind: 'file', url };
  }
  throw new InvalidBlobUriError(uri, 'unknown scheme');
}
