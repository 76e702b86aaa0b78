// The near-duplicate index port: one contract (near-dup-index.contract.ts), two adapters (memory, Redis).

import type { NearDupConfig } from './domain/options';

/** What is indexed for one image: its 64-bit pHash and, optionally, its colour layout. */
export interface Fingerprint {
  /** 64-bit pHash: a bigint or 16 hex characters. */
  phash: bigint | string;
  /** (L*, a*+128, b*+128) byte triples, e.g. `colourLayout` from @vitrine/imaging. */
  colour?: Uint8Array;
}

/** A bare pHash is a fingerprint without a colour layout. */
export type FingerprintInput = Fingerprint | bigint | string;

export interface NearDupMatch {
  imageId: string;
  /** Hamming distance between the query and the stored pHash. */
  distance: number;
  /** Mean ΔE between colour layouts, or null when either side has none. */
  colourDistance: number | null;
  /** The stored pHash, 16 hex characters. */
  hash: string;
  /** The caller's payload, as stored (bytes; `.toString('utf8')` for text). */
  payload: Buffer;
}

export interface NearDupEntry {
  fingerprint: FingerprintInput;
  imageId: string;
  payload: string | Uint8Array;
}

export interface NearDupIndex {
  readonly config: NearDupConfig;
  /** Stores (or replaces) the entry of `imageId` under this hash; `added` is false when it already existed. */
  add(fingerprint: FingerprintInput, imageId: string, payload: string | Uint8Array): Promise<{ added: boolean }>;
  /** Bulk load (pipelined on Redis); returns the number of new entries. */
  addMany(entries: Iterable<NearDupEntry>, options?: { batchSize?: number }): Promise<number>;
  /** The closest stored entry within the threshold (and colour threshold), or null. */
  lookup(fingerprint: FingerprintInput): Promise<NearDupMatch | null>;
  /** Number of stored entries (images) of this model version. */
  size(): Promise<number>;
}
