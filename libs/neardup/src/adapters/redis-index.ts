// Redis adapter of the near-duplicate index port.
//
// Keys (prefix P = `vitrine:nd:<modelVersion>`):
//   P:b<i>:<bandhex>  SET of 16-hex pHashes whose band i equals bandhex (multi-index hashing, domain/bands.ts)
//   P:h:<hashhex>     HASH imageId → entry (colour layout + caller payload, domain/entry-codec.ts)
//   P:n               number of entries
// A lookup is one SUNION over the probed band keys (server-side union, one round trip), Hamming
// confirmation here, then one pipelined HGETALL per confirmed hash (only when something is within the
// threshold). An add is one Lua script so the record, its band memberships and the counter change together
// (https://redis.io/docs/latest/develop/interact/programmability/eval-intro/). Keys of one model version
// are spread over many slots: this adapter targets a single Redis primary, not Redis Cluster.

import type { Redis } from 'ioredis';
import { probeBands, storeBands } from '../domain/bands';
import { decodeEntry, encodeEntry } from '../domain/entry-codec';
import { hammingDistanceHiLo } from '../domain/hash64';
import { normalizeFingerprint, pickBestMatch, type ConfirmCandidate, type NormalizedFingerprint } from '../domain/matching';
import { keys, parseNearDupOptions, type NearDupConfig, type NearDupOptions } from '../domain/options';
import type { FingerprintInput, NearDupIndex } from '../port';
import { assertImageId } from './memory-index';

// KEYS[1] record hash, KEYS[2] counter, KEYS[3..] band sets; ARGV[1] imageId, ARGV[2] entry, ARGV[3] hash hex.
const ADD_SCRIPT = `
local isNew = redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
for i = 3, #KEYS do redis.call('SADD', KEYS[i], ARGV[3]) end
if isNew == 1 then redis.call('INCR', KEYS[2]) end
return isNew
`;

const DEFAULT_BATCH = 2000;

export function createNearDupIndex(redis: Redis, options: NearDupOptions): NearDupIndex {
  const config = parseNearDupOptions(options);
  let sha: string | undefined;

  const loadScript = async (): Promise<string> => (sha = (await redis.script('LOAD', ADD_SCRIPT)) as string);

  const addArgs = (fingerprint: FingerprintInput, imageId: string, payload: string | Uint8Array): Array<string | Buffer | number> => {
    assertImageId(imageId);
    const fp = normalizeFingerprint(fingerprint);
    const bandKeys = storeBands(fp.hash, config.scheme).map(({ band, hex }) => keys.band(config, band, hex));
    return [2 + bandKeys.length, keys.record(config, fp.hex), keys.count(config), ...bandKeys, imageId, encodeEntry(fp.colour, payload), fp.hex];
  };

  const runBatch = async (batch: Array<Array<string | Buffer | number>>): Promise<number> => {
    for (let attempt = 0; ; attempt++) {
      const script = sha ?? (await loadScript());
      const pipeline = redis.pipeline();
      for (const args of batch) pipeline.evalsha(script, ...(args as [number, ...Array<string | Buffer>]));
      const results = (await pipeline.exec()) ?? [];
      const noscript = results.some(([err]) => err && /NOSCRIPT/.test(err.message));
      if (noscript && attempt === 0) {
        // The script cache was flushed (restart, SCRIPT FLUSH): reload and replay; the script is idempotent.
        sha = undefined;
        continue;
      }
      let added = 0;
      for (const [err, value] of results) {
        if (err) throw err;
        if (value === 1) added++;
      }
      return added;
    }
  };

  return {
    config,
    async add(fingerprint, imageId, payload) {
      return { added: (await runBatch([addArgs(fingerprint, imageId, payload)])) === 1 };
    },
    async addMany(entries, opts) {
      const batchSize = opts?.batchSize ?? DEFAULT_BATCH;
      let added = 0;
      let batch: Array<Array<string | Buffer | number>> = [];
      for (const e of entries) {
        batch.push(addArgs(e.fingerprint, e.imageId, e.payload));
        if (batch.length >= batchSize) {
          added += await runBatch(batch);
          batch = [];
        }
      }
      if (batch.length > 0) added += await runBatch(batch);
      return added;
    },
    async lookup(fingerprint) {
      const q = normalizeFingerprint(fingerprint);
      const bandKeys = probeBands(q.hash, config.scheme).map(({ band, hex }) => keys.band(config, band, hex));
      const members = await redis.sunion(...bandKeys);
      const close = withinThreshold(q, members, config);
      if (close.length === 0) return null;
      const pipeline = redis.pipeline();
      for (const c of close) pipeline.hgetallBuffer(keys.record(config, c.hex));
      const results = (await pipeline.exec()) ?? [];
      const confirm: ConfirmCandidate[] = [];
      results.forEach(([err, record], i) => {
        if (err) throw err;
        const { hex, distance } = close[i]!;
        for (const [imageId, bytes] of Object.entries(record as Record<string, Buffer>)) {
          confirm.push({ hashHex: hex, distance, imageId, entry: decodeEntry(bytes) });
        }
      });
      return pickBestMatch(q, confirm, config);
    },
    async size() {
      return Number((await redis.get(keys.count(config))) ?? 0);
    },
  };
}

function withinThreshold(q: NormalizedFingerprint, members: string[], config: NearDupConfig): Array<{ hex: string; distance: number }> {
  // Split hex into two 32-bit halves instead of BigInt parsing: this loop sees every candidate.
  const qHi = parseInt(q.hex.slice(0, 8), 16);
  const qLo = parseInt(q.hex.slice(8), 16);
  const out: Array<{ hex: string; distance: number }> = [];
  for (const hex of members) {
    const distance = hammingDistanceHiLo(qHi, qLo, parseInt(hex.slice(0, 8), 16), parseInt(hex.slice(8), 16));
    if (distance <= config.scheme.threshold) out.push({ hex, distance });
  }
  return out;
}
