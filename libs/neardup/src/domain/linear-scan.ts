// The brute-force reference: every stored hash compared with the query. Used to cross-check the band
// index in tests and as the baseline in bench/preprocess. Hashes sit in one Uint32Array as (hi, lo) pairs,
// so the loop touches no BigInt.

import { hammingDistanceHiLo, splitHash64 } from './hash64';

export interface LinearScan {
  readonly length: number;
  push(hash: bigint): number;
  /** Index and distance of the closest stored hash within `threshold` (first one on ties), or null. */
  nearest(hash: bigint, threshold: number): { index: number; distance: number } | null;
}

export function createLinearScan(capacity: number): LinearScan {
  let words = new Uint32Array(Math.max(2, capacity * 2));
  let length = 0;
  return {
    get length() {
      return length;
    },
    push(hash) {
      if (length * 2 + 2 > words.length) {
        const grown = new Uint32Array(words.length * 2);
        grown.set(words);
        words = grown;
      }
      const { hi, lo } = splitHash64(hash);
      words[length * 2] = hi;
      words[length * 2 + 1] = lo;
      return length++;
    },
    nearest(hash, threshold) {
      const { hi, lo } = splitHash64(hash);
      let best = -1;
      let bestDistance = threshold + 1;
      for (let i = 0; i < length; i++) {
        const d = hammingDistanceHiLo(hi, lo, words[i * 2]!, words[i * 2 + 1]!);
        if (d < bestDistance) {
          bestDistance = d;
          best = i;
          if (d === 0) break;
        }
      }
      return best < 0 ? null : { index: best, distance: bestDistance };
    },
  };
}
