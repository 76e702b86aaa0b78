import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BlobIntegrityError, BlobNotFoundError } from './errors';
import type { BlobStore, PutOptions, StoredBlob } from './port';
import { blobUriFor, parseBlobUri, sha256Hex } from './uri';

/** In-process blob store for tests and the single-process CLI; file:// URIs are still read from disk. */
export function createMemoryBlobStore(): BlobStore & { readonly size: number } {
  const blobs = new Map<string, Buffer>();
  return {
    get size() {
      return blobs.size;
    },
    async put(bytes: Uint8Array, opts: PutOptions = {}): Promise<StoredBlob> {
      const hex = sha256Hex(bytes);
      if (opts.expectedSha256 !== undefined && opts.expectedSha256 !== hex) throw new BlobIntegrityError(opts.expectedSha256, hex);
      if (!blobs.has(hex)) blobs.set(hex, Buffer.from(bytes)); // copy: the caller may reuse its buffer
      return { uri: blobUriFor(hex), sha256: hex, size: bytes.byteLength };
    },
    async get(uri: string): Promise<Buffer> {
      const parsed = parseBlobUri(uri);
      if (parsed.kind === 'blob') {
        const b = blobs.get(parsed.sha256);
        if (!b) throw new BlobNotFoundError(uri, 'the in-memory store');
        return Buffer.from(b);
      }
      const path = fileURLToPath(parsed.url);
      try {
        return await readFile(path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobNotFoundError(uri, path);
        throw e;
      }
    },
    async has(uri: string): Promise<boolean> {
      const parsed = parseBlobUri(uri);
      if (parsed.kind === 'blob') return blobs.has(parsed.sha256);
      try {
        return (await stat(fileURLToPath(parsed.url))).isFile();
      } catch {
        return false;
      }
    },
  };
}
