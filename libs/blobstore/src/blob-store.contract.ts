import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobIntegrityError, BlobNotFoundError, InvalidBlobUriError } from './errors';
import type { BlobStore } from './port';
import { sha256Hex } from './uri';

/**
 * The one contract every BlobStore adapter must pass (shared/DESIGN.md: "Each port has one contract suite run
 * against every adapter"). Call it from an adapter's spec with a factory for a fresh, empty store.
 */
export function blobStoreContract(adapter: string, makeStore: () => Promise<{ store: BlobStore; dispose?: () => Promise<void> }>): void {
  describe(`BlobStore contract: ${adapter}`, () => {
    let store: BlobStore;
    let dispose: (() => Promise<void>) | undefined;
    let scratch: string;
    beforeAll(async () => {
      ({ store, dispose } = await makeStore());
      scratch = await mkdtemp(join(tmpdir(), 'blob-contract-'));
    });
    afterAll(async () => {
      await dispose?.();
      await rm(scratch, { recursive: true, force: true });
    });

    it('put returns the sha256 content address, size and a blob:// URI', async () => {
      // FIPS 180-2 test vector: sha256("abc")
      const bytes = new TextEncoder().encode('abc');
      const r = await store.put(bytes);
      expect(r.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(r.uri).toBe(`blob://sha256/${r.sha256}`);
      expect(r.size).toBe(bytes.byteLength);
    });

    it('get returns exactly the bytes that were put, and has() sees them', async () => {
      const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
      const { uri } = await store.put(bytes);
      expect(await store.has(uri)).toBe(true);
      const back = await store.get(uri);
      expect(Buffer.compare(back, Buffer.from(bytes))).toBe(0);
    });

    it('stores zero-byte blobs too', async () => {
      const { uri, size } = await store.put(new Uint8Array(0));
      expect(size).toBe(0);
      expect((await store.get(uri)).byteLength).toBe(0);
    });

    it('put is idempotent, also when the same bytes arrive concurrently', async () => {
      const bytes = new TextEncoder().encode(`same-${Date.now()}`);
      const results = await Promise.all(Array.from({ length: 8 }, () => store.put(bytes)));
      expect(new Set(results.map((r) => r.uri)).size).toBe(1);
      expect((await store.get(results[0]!.uri)).toString()).toBe(new TextDecoder().decode(bytes));
    });

    it('does not keep a reference to the caller buffer', async () => {
      const bytes = new TextEncoder().encode(`mutable-${Date.now()}`);
      const { uri } = await store.put(bytes);
      const original = Buffer.from(bytes).toString();
      bytes.fill(0);
      expect((await store.get(uri)).toString()).toBe(original);
    });

    it('refuses bytes whose digest differs from expectedSha256', async () => {
      const bytes = new TextEncoder().encode('integrity');
      await expect(store.put(bytes, { expectedSha256: '0'.repeat(64) })).rejects.toBeInstanceOf(BlobIntegrityError);
      await expect(store.put(bytes, { expectedSha256: sha256Hex(bytes) })).resolves.toMatchObject({ sha256: sha256Hex(bytes) });
    });

    it('get of an unknown blob throws BlobNotFoundError naming the URI; has() is false', async () => {
      const uri = `blob://sha256/${'a'.repeat(64)}`;
      expect(await store.has(uri)).toBe(false);
      const err = await store.get(uri).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BlobNotFoundError);
      expect((err as Error).message).toContain(uri);
    });

    it.each([
      ['an unknown scheme', 's3://bucket/key'],
      ['a short digest', 'blob://sha256/abc'],
      ['an uppercase digest', `blob://sha256/${'A'.repeat(64)}`],
      ['a path traversal attempt', `blob://sha256/../../${'a'.repeat(58)}`],
      ['a file URL with a host', 'file://example.com/etc/passwd'],
      ['an empty string', ''],
    ])('rejects %s with InvalidBlobUriError', async (_label, uri) => {
      await expect(store.get(uri)).rejects.toBeInstanceOf(InvalidBlobUriError);
      await expect(store.has(uri)).rejects.toBeInstanceOf(InvalidBlobUriError);
    });

    it('reads file:// URIs, and reports a missing file as BlobNotFoundError', async () => {
      const path = join(scratch, 'local image.bin');
      await writeFile(path, Buffer.from([1, 2, 3]));
      const uri = pathToFileURL(path).href;
      expect(await store.has(uri)).toBe(true);
      expect([...(await store.get(uri))]).toEqual([1, 2, 3]);
      const missing = pathToFileURL(join(scratch, 'nope.bin')).href;
      expect(await store.has(missing)).toBe(false);
      await expect(store.get(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
    });
  });
}
