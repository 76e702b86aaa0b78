import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blobStoreContract } from './blob-store.contract';
import { createFsBlobStore } from './fs-store';
import { createMemoryBlobStore } from './memory-store';

// Hermetic: the filesystem adapter works in a fresh temp directory, no external service involved.
blobStoreContract('filesystem adapter', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'blobstore-'));
  return { store: createFsBlobStore(dir), dispose: () => rm(dir, { recursive: true, force: true }) };
});

blobStoreContract('in-memory adapter', async () => ({ store: createMemoryBlobStore() }));

describe('filesystem adapter layout', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('shards blobs by the first two digest bytes and leaves no temp files behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blobstore-'));
    dirs.push(dir);
    const store = createFsBlobStore(dir, { fsync: false });
    const { sha256 } = await store.put(new TextEncoder().encode('abc'));
    const s = await stat(join(dir, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    expect(s.size).toBe(3);
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
  });

  it('a second store on the same directory sees blobs written by the first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blobstore-'));
    dirs.push(dir);
    const { uri } = await createFsBlobStore(dir).put(new TextEncoder().encode('shared'));
    expect((await createFsBlobStore(dir).get(uri)).toString()).toBe('shared');
  });
});
