// In-process adapter of the near-duplicate index port: the same band scheme and confirmation as the Redis
// adapter, over Maps. For tests, tools and single-process runs; it is not shared between processes.

import { probeBands, storeBands } from '../domain/bands';
import { decodeEntry, encodeEntry } from '../domain/entry-codec';
import { hammingDistance } from '../domain/hash64';
import { normalizeFingerprint, pickBestMatch, type ConfirmCandidate } from '../domain/matching';
import { parseNearDupOptions, type NearDupOptions } from '../domain/options';
import type { NearDupIndex } from '../port';

export function createMemoryNearDupIndex(options: NearDupOptions): NearDupIndex {
  const config = parseNearDupOptions(options);
  const bands = new Map<string, Set<string>>(); // `${band}:${hex}` → hash hex
  const records = new Map<string, Map<string, Buffer>>(); // hash hex → imageId → encoded entry
  let count = 0;

  const add: NearDupIndex['add'] = async (fingerprint, imageId, payload) => {
    assertImageId(imageId);
    const fp = normalizeFingerprint(fingerprint);
    const entry = encodeEntry(fp.colour, payload);
    let record = records.get(fp.hex);
    if (!record) records.set(fp.hex, (record = new Map()));
    const added = !record.has(imageId);
    record.set(imageId, entry);
    for (const { band, hex } of storeBands(fp.hash, config.scheme)) {
      const key = `${band}:${hex}`;
      let set = bands.get(key);
      if (!set) bands.set(key, (set = new Set()));
      set.add(fp.hex);
    }
    if (added) count++;
    return { added };
  };

  return {
    config,
    add,
    async addMany(entries) {
      let added = 0;
      for (const e of entries) if ((await add(e.fingerprint, e.imageId, e.payload)).added) added++;
      return added;
    },
    async lookup(fingerprint) {
      const q = normalizeFingerprint(fingerprint);
      const candidates = new Set<string>();
      for (const { band, hex } of probeBands(q.hash, config.scheme)) {
        for (const h of bands.get(`${band}:${hex}`) ?? []) candidates.add(h);
      }
      const confirm: ConfirmCandidate[] = [];
      for (const hashHex of candidates) {
        const distance = hammingDistance(q.hash, hashHex);
        if (distance > config.scheme.threshold) continue;
        for (const [imageId, bytes] of records.get(hashHex) ?? []) confirm.push({ hashHex, distance, imageId, entry: decodeEntry(bytes) });
      }
      return pickBestMatch(q, confirm, config);
    },
    async size() {
      return count;
    },
  };
}

export function assertImageId(imageId: string): void {
  if (typeof imageId !== 'string' || imageId.length === 0 || imageId.length > 512) {
    throw new RangeError(`imageId must be a non-empty string of at most 512 characters, got ${JSON.stringify(imageId)}`);
  }
}
