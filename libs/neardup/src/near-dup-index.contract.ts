// The contract every NearDupIndex adapter must meet (shared/DESIGN.md: "Each port has one contract suite
// run against every adapter"). Run by adapters/memory-index.unit.spec.ts and adapters/redis-index.int.spec.ts.

import { describe, expect, it } from 'vitest';
import { splitmix64 } from '@vitrine/testkit';
import { formatHash64 } from './domain/hash64';
import { createLinearScan } from './domain/linear-scan';
import type { NearDupOptions } from './domain/options';
import type { NearDupIndex } from './port';

/** Makes a fresh, empty index; every call within one suite shares the same namespace (for the version test). */
export type IndexFactory = (options: Omit<NearDupOptions, 'namespace'>) => NearDupIndex;

const colour = (l: number) => Uint8Array.from({ length: 48 }, (_, i) => (i % 3 === 0 ? l : 128));

const flip = (h: bigint, ...bits: number[]) => bits.reduce((x, b) => x ^ (1n << BigInt(b)), h);
/** Bit positions taken round-robin from the four 16-bit bands, so k flips spread as evenly as possible. */
const SPREAD = Array.from({ length: 32 }, (_, i) => (i % 4) * 16 + Math.floor(i / 4) * 3);

export function nearDupIndexContract(adapter: string, makeIndex: (label: string) => IndexFactory): void {
  describe(`NearDupIndex contract: ${adapter}`, () => {
    it('an empty index finds nothing and counts zero', async () => {
      const index = makeIndex('empty')({ modelVersion: 'v1' });
      expect(await index.lookup(0x0123456789abcdefn)).toBeNull();
      expect(await index.size()).toBe(0);
    });

    it('finds an exact and a near hash (bits flipped across every band) with its payload and distance', async () => {
      const index = makeIndex('near')({ modelVersion: 'v1' });
      const h = 0x0123456789abcdefn;
      expect(await index.add({ phash: h, colour: colour(60) }, 'img-1', 'payload-1')).toEqual({ added: true });
      const exact = await index.lookup({ phash: formatHash64(h), colour: colour(60) });
      expect(exact).toMatchObject({ imageId: 'img-1', distance: 0, colourDistance: 0, hash: formatHash64(h) });
      expect(exact!.payload.toString('utf8')).toBe('payload-1');
      // As many bits as the index guarantees to find, spread over every 16-bit band (the worst case for the probe).
      const t = index.config.scheme.exactUpTo;
      const near = flip(h, ...SPREAD.slice(0, t));
      expect(await index.lookup({ phash: near, colour: colour(62) })).toMatchObject({ imageId: 'img-1', distance: t, colourDistance: 2 });
      expect(await index.lookup(near)).toMatchObject({ imageId: 'img-1', distance: t, colourDistance: null });
    });

    it('with the exact probe radius, finds a hash at exactly the threshold', async () => {
      const index = makeIndex('exact')({ modelVersion: 'v1', probeRadius: 2 });
      const h = 0x0f1e2d3c4b5a6978n;
      await index.add(h, 'img-1', 'p');
      expect(index.config.scheme.exactUpTo).toBe(index.config.scheme.threshold);
      expect(await index.lookup(flip(h, ...SPREAD.slice(0, index.config.scheme.threshold)))).toMatchObject({ imageId: 'img-1', distance: index.config.scheme.threshold });
    });

    it('misses beyond the Hamming threshold and beyond the colour threshold', async () => {
      const index = makeIndex('miss')({ modelVersion: 'v1' });
      const h = 0xfedcba9876543210n;
      await index.add({ phash: h, colour: colour(60) }, 'img-1', 'p');
      expect(await index.lookup(flip(h, ...SPREAD.slice(0, index.config.scheme.threshold + 1)))).toBeNull();
      expect(await index.lookup({ phash: h, colour: colour(60 + index.config.colourThreshold! + 1) })).toBeNull();
    });

    it('replaces the entry of the same image, keeps others under the same hash, and breaks ties by image id', async () => {
      const index = makeIndex('replace')({ modelVersion: 'v1' });
      const h = 0x1111222233334444n;
      await index.add(h, 'img-b', 'first');
      expect(await index.add(h, 'img-b', 'second')).toEqual({ added: false });
      expect(await index.size()).toBe(1);
      expect((await index.lookup(h))!.payload.toString()).toBe('second');
      expect(await index.add(h, 'img-a', 'other')).toEqual({ added: true });
      expect(await index.size()).toBe(2);
      expect((await index.lookup(h))!.imageId).toBe('img-a');
    });

    it('keeps model versions apart', async () => {
      const factory = makeIndex('versions');
      const v1 = factory({ modelVersion: 'offline-1' });
      const v2 = factory({ modelVersion: 'offline-2' });
      await v1.add(0xabcdn, 'img-1', 'from v1');
      expect(await v2.lookup(0xabcdn)).toBeNull();
      expect(await v2.size()).toBe(0);
      expect((await v1.lookup(0xabcdn))!.payload.toString()).toBe('from v1');
    });

    it('stores binary payloads byte for byte', async () => {
      const index = makeIndex('binary')({ modelVersion: 'v1' });
      const payload = Uint8Array.from([0, 1, 255, 0, 128, 10, 13]);
      await index.add(42n, 'img-1', payload);
      expect([...(await index.lookup(42n))!.payload]).toEqual([...payload]);
    });

    it('refuses bad image ids and bad fingerprints with a clear error', async () => {
      const index = makeIndex('bad')({ modelVersion: 'v1' });
      await expect(index.add(1n, '', 'p')).rejects.toThrow(/imageId/);
      await expect(index.add('xyz', 'img', 'p')).rejects.toThrow(/16 hex characters/);
      await expect(index.lookup({ phash: 1n, colour: new Uint8Array(2) })).rejects.toThrow(/fingerprint\.colour/);
    });

    it('bulk-loads with addMany and agrees with a linear scan on every query', async () => {
      const index = makeIndex('bulk')({ modelVersion: 'v1', colourThreshold: null });
      const stored = [...splitmix64(7n, 3000)];
      const added = await index.addMany(
        stored.map((h, i) => ({ fingerprint: h, imageId: `img-${i}`, payload: String(i) })),
        { batchSize: 500 },
      );
      expect(added).toBe(3000);
      expect(await index.size()).toBe(3000);
      const scan = createLinearScan(stored.length);
      stored.forEach((h) => scan.push(h));
      // Queries near stored hashes (0..9 flipped bits) and unrelated ones.
      const t = index.config.scheme.threshold;
      const queries = [...stored.slice(0, 150).map((h, i) => flip(h, ...SPREAD.slice(0, i % (t + 3)))), ...splitmix64(99n, 50)];
      const { exactUpTo, threshold } = index.config.scheme;
      for (const q of queries) {
        const expected = scan.nearest(q, threshold);
        const got = await index.lookup(q);
        if (expected === null) expect(got).toBeNull();
        else if (expected.distance <= exactUpTo) expect(got).toMatchObject({ distance: expected.distance, hash: formatHash64(stored[expected.index]!) });
        // Beyond exactUpTo the probe may miss the nearest, never return something outside the threshold.
        else if (got !== null) expect(got.distance).toBeGreaterThanOrEqual(expected.distance);
        if (got !== null) expect(got.distance).toBeLessThanOrEqual(threshold);
      }
    });
  });
}
