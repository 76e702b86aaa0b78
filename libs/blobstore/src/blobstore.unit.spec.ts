import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { sha256Hex } from './uri';
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

  it('recreates a shard directory that was removed after the store first created it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blobstore-'));
    dirs.push(dir);
    const store = createFsBlobStore(dir, { fsync: false });
    // Two inputs whose digests share the first two bytes, i.e. the same shard directory.
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const text = `shard-${i}`;
      const shard = sha256Hex(new TextEncoder().encode(text)).slice(0, 4);
      const other = seen.get(shard);
      if (other) pair = [other, text];
      else seen.set(shard, text);
    }
    const first = await store.put(new TextEncoder().encode(pair[0]));
    await rm(join(dir, 'sha256', first.sha256.slice(0, 2)), { recursive: true });
    const second = await store.put(new TextEncoder().encode(pair[1]));
    expect((await store.get(second.uri)).toString()).toBe(pair[1]);
  });

  it('a second store on the same directory sees blobs written by the first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blobstore-'));
    dirs.push(dir);
    const { uri } = await createFsBlobStore(dir).put(new TextEncoder().encode('shared'));
    expect((await createFsBlobStore(dir).get(uri)).toString()).toBe('shared');
  });
});
