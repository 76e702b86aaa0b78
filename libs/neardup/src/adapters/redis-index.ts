// Redis adapter of the near-duplicate index port.
//
// Keys (prefix P = `vitrine:nd:<modelVersion>`):
//   P:p<i>:<bandhex>  STRING of packed 8-byte big-endian pHashes whose band i equals bandhex (multi-index
//                     hashing, domain/bands.ts); each distinct hash is appended once, when its record is created
//   P:h:<hashhex>     HASH imageId → entry (colour layout + caller payload, domain/entry-codec.ts)
//   P:n               number of entries
// A lookup is one MGET of the probed band keys (one round trip, no work in Redis beyond copying the strings),
// Hamming confirmation here on the raw 32-bit halves, then one pipelined HGETALL per confirmed hash (only when
// something is within the threshold). Packed strings, not SETs: a SUNION of 68 sets (~1,000 members among a
// million hashes) cost Redis ~1 ms and the client another 0.6 ms to parse 16-hex members; the strings are also
// ~15× smaller in memory (bench/RESULTS.md, "Preprocess"). Adds go through one Lua script per chunk of entries,
// so a record, its band memberships and the counter change together. Keys of one model version are spread over
// many slots: this adapter targets a single Redis primary, not Redis Cluster.

import type { Redis } from 'ioredis';
import { probeBands, storeBands } from '../domain/bands';
import { decodeEntry, encodeEntry } from '../domain/entry-codec';
import { hammingDistanceHiLo, splitHash64 } from '../domain/hash64';
import { normalizeFingerprint, pickBestMatch, type ConfirmCandidate, type NormalizedFingerprint } from '../domain/matching';
import { keys, parseNearDupOptions, type NearDupConfig, type NearDupOptions } from '../domain/options';
import type { FingerprintInput, NearDupIndex } from '../port';
import { assertImageId } from './memory-index';

// Adds a chunk of entries atomically. KEYS[1] counter, then per entry its record hash and its `bands` band
// strings; ARGV[1] = bands, then per entry imageId, encoded entry, the hash as 8 raw bytes. The hash joins its
// band strings only when its record is new, so each distinct hash appears once per band however many images
// share it and however often an add is repeated. Every key is declared in KEYS, as scripts must
// (https://redis.io/docs/latest/develop/interact/programmability/eval-intro/#script-parameterization).
// One call per chunk instead of one per entry: client-side command overhead, not Redis, bounds a bulk load.
const ADD_SCRIPT = `
local bands = tonumber(ARGV[1])
local added = 0
local k = 2
for a = 2, #ARGV, 3 do
  local fresh = redis.call('EXISTS', KEYS[k]) == 0
  local isNew = redis.call('HSET', KEYS[k], ARGV[a], ARGV[a + 1])
  if fresh then
    for i = 1, bands do redis.call('APPEND', KEYS[k + i], ARGV[a + 2]) end
  end
  added = added + isNew
  k = k + 1 + bands
end
if added > 0 then redis.call('INCRBY', KEYS[1], added) end
return added
`;

const DEFAULT_BATCH = 5000;
/** Entries per script call: small enough that one call blocks Redis for about a millisecond. */
const CHUNK = 250;

export function createNearDupIndex(redis: Redis, options: NearDupOptions): NearDupIndex {
  const config = parseNearDupOptions(options);
  let sha: string | undefined;

  const loadScript = async (): Promise<string> => (sha = (await redis.script('LOAD', ADD_SCRIPT)) as string);

  interface Row {
    keys: string[];
    args: Array<string | Buffer>;
  }
  const row = (fingerprint: FingerprintInput, imageId: string, payload: string | Uint8Array): Row => {
    assertImageId(imageId);
    const fp = normalizeFingerprint(fingerprint);
    const bandKeys = storeBands(fp.hash, config.scheme).map(({ band, hex }) => keys.band(config, band, hex));
    return { keys: [keys.record(config, fp.hex), ...bandKeys], args: [imageId, encodeEntry(fp.colour, payload), Buffer.from(fp.hex, 'hex')] };
  };

  /** One pipelined round trip: one script call per chunk of rows. Returns the number of new entries. */
  const runBatch = async (rows: Row[]): Promise<number> => {
    for (let attempt = 0; ; attempt++) {
      const script = sha ?? (await loadScript());
      const pipeline = redis.pipeline();
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        const k = [keys.count(config), ...chunk.flatMap((r) => r.keys)];
        pipeline.evalsha(script, k.length, ...k, String(config.scheme.bands), ...chunk.flatMap((r) => r.args));
      }
      const results = (await pipeline.exec()) ?? [];
      const noscript = results.some(([err]) => err && /NOSCRIPT/.test(err.message));
      if (noscript && attempt === 0) {
        // The script cache was flushed (restart, SCRIPT FLUSH): reload and replay; adding is idempotent.
        sha = undefined;
        continue;
      }
      let added = 0;
      for (const [err, value] of results) {
        if (err) throw err;
        added += Number(value);
      }
      return added;
    }
  };

  return {
    config,
    async add(fingerprint, imageId, payload) {
      return { added: (await runBatch([row(fingerprint, imageId, payload)])) === 1 };
    },
    async addMany(entries, opts) {
      const batchSize = opts?.batchSize ?? DEFAULT_BATCH;
      let added = 0;
      let batch: Row[] = [];
      for (const e of entries) {
        batch.push(row(e.fingerprint, e.imageId, e.payload));
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
      const close = withinThreshold(q, await redis.mgetBuffer(...bandKeys), config);
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

/** The distinct stored hashes within the threshold, from the packed band strings (a hash may sit in several). */
function withinThreshold(q: NormalizedFingerprint, packed: Array<Buffer | null>, config: NearDupConfig): Array<{ hex: string; distance: number }> {
  const { hi: qHi, lo: qLo } = splitHash64(q.hash);
  const seen = new Set<string>();
  const out: Array<{ hex: string; distance: number }> = [];
  for (const buf of packed) {
    if (!buf) continue;
    if (buf.length % 8 !== 0) throw new Error(`near-duplicate band string of ${buf.length} bytes is not a list of 8-byte hashes: the index is corrupt or was written by another layout`);
    for (let o = 0; o < buf.length; o += 8) {
      const distance = hammingDistanceHiLo(qHi, qLo, buf.readUInt32BE(o), buf.readUInt32BE(o + 4));
      if (distance > config.scheme.threshold) continue;
      const hex = buf.toString('hex', o, o + 8);
      if (seen.has(hex)) continue;
      seen.add(hex);
      out.push({ hex, distance });
    }
  }
  return out;
}
