import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BlobIntegrityError, BlobNotFoundError } from './errors';
import type { BlobStore, PutOptions, StoredBlob } from './port';
import { blobUriFor, parseBlobUri, sha256Hex } from './uri';

async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export interface FsBlobStoreOptions {
  /** fsync each new blob before it becomes visible (default true): a crash never leaves a truncated blob behind a valid URI. */
  fsync?: boolean;
}

/**
 * Filesystem blob store: <root>/sha256/<aa>/<bb>/<hex>. Two levels of 256-way sharding keep directories small
 * at millions of blobs. Writes go to <root>/tmp and are renamed into place, so a reader sees a whole blob or none;
 * rename(2) is atomic within one filesystem, which is why tmp/ lives under the same root.
 */
export function createFsBlobStore(rootDir: string, options: FsBlobStoreOptions = {}): BlobStore {
  const fsync = options.fsync ?? true;
  const tmpDir = join(rootDir, 'tmp');
  const pathOf = (hex: string) => join(rootDir, 'sha256', hex.slice(0, 2), hex.slice(2, 4), hex);
  let tmpReady: Promise<unknown> | undefined;
  const knownDirs = new Set<string>();

  const exists = async (path: string) => {
    try {
      return (await stat(path)).isFile();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  };

  const localPath = (uri: string): string => {
    const parsed = parseBlobUri(uri);
    return parsed.kind === 'blob' ? pathOf(parsed.sha256) : fileURLToPath(parsed.url);
  };

  return {
    async put(bytes: Uint8Array, opts: PutOptions = {}): Promise<StoredBlob> {
      const hex = sha256Hex(bytes);
      if (opts.expectedSha256 !== undefined && opts.expectedSha256 !== hex) throw new BlobIntegrityError(opts.expectedSha256, hex);
      const result = { uri: blobUriFor(hex), sha256: hex, size: bytes.byteLength };
      const final = pathOf(hex);
      if (await exists(final)) return result; // content-addressed: same digest, same bytes
      tmpReady ??= mkdir(tmpDir, { recursive: true });
      await tmpReady;
      const tmp = join(tmpDir, `${hex}.${randomBytes(6).toString('hex')}`);
      try {
        const fh = await open(tmp, 'wx');
        try {
          await fh.writeFile(bytes);
          if (fsync) await fh.sync();
        } finally {
          await fh.close();
        }
        const dir = join(final, '..');
        if (!knownDirs.has(dir)) {
          await mkdir(dir, { recursive: true });
          knownDirs.add(dir);
        }
        // A concurrent put of the same bytes may win the race; renaming over it replaces identical content.
        await rename(tmp, final).catch(async (e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
          await mkdir(dir, { recursive: true }); // the shard directory was removed behind our back
          await rename(tmp, final);
        });
        // The rename is only durable once the directory entry is: without this a crash shortly after put() could
        // lose a blob that an already-published event points at.
        if (fsync) await syncDir(dir);
      } catch (e) {
        await rm(tmp, { force: true });
        throw e;
      }
      return result;
    },

    async get(uri: string): Promise<Buffer> {
      const path = localPath(uri);
      try {
        return await readFile(path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') throw new BlobNotFoundError(uri, path);
        throw e;
      }
    },

    async has(uri: string): Promise<boolean> {
      return exists(localPath(uri));
    },
  };
}
