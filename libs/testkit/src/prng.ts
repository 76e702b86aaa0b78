/**
 * mulberry32: a tiny seeded PRNG, so generated test data, corpora and benchmark inputs are the same in every run
 * (Math.random cannot be seeded).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * splitmix64: `n` deterministic 64-bit values from `seed`, lazily (a benchmark draws a million), so a near-duplicate
 * test or benchmark reproduces exactly.
 */
export function* splitmix64(seed: bigint, n: number): Generator<bigint> {
  const mask = (1n << 64n) - 1n;
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s + 0x9e3779b97f4a7c15n) & mask;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
    yield z ^ (z >> 31n);
  }
}
