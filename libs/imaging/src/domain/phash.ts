// 64-bit DCT perceptual hash of a 32×32 greyscale sample, as defined by pHash (Zauner, "Implementation and
// Benchmarking of Perceptual Image Hash Functions", 2010, §3.3, https://www.phash.org/docs/pubs/thesis_zauner.pdf;
// reference code ph_dct_imagehash in https://github.com/clearscale/pHash/blob/master/src/pHash.cpp):
//   1. 2D DCT-II of the 32×32 sample;
//   2. keep the 8×8 lowest frequencies with u, v in 1..8, which leaves out the DC term (and the rest of the
//      first row and column, so there are exactly 64 coefficients);
//   3. bit = coefficient > median of the 64 coefficients.
// Bit order: coefficient (u=1, v=1) is the most significant bit, then v runs fastest (u = vertical
// frequency, v = horizontal frequency); the text form is 16 lower-case hex characters.
//
// The DCT is separable, and only 8 output frequencies per axis are needed: 32·8·32 + 8·8·32 = 10,240
// multiply-adds instead of 32⁴ ≈ 1,048,576 for the direct 2D sum. The c(u)c(v) normalisation is the same
// constant for every kept coefficient (u, v ≥ 1), so it cannot change a comparison with the median and is
// left out.

export const PHASH_SAMPLE_SIZE = 32;
const N = PHASH_SAMPLE_SIZE;
const K = 8;

// COS[k][n] = cos((2n + 1) k π / 2N) for k = 1..8 (row k - 1).
const COS: Float64Array[] = Array.from({ length: K }, (_, i) => {
  const k = i + 1;
  const row = new Float64Array(N);
  for (let n = 0; n < N; n++) row[n] = Math.cos(((2 * n + 1) * k * Math.PI) / (2 * N));
  return row;
});

/** The 64 kept DCT-II coefficients (u, v in 1..8, u-major), unnormalised. `grey` is row-major 32×32. */
export function lowFrequencyDct(grey: ArrayLike<number>): Float64Array {
  if (grey.length !== N * N) throw new RangeError(`pHash needs a ${N}×${N} greyscale sample (${N * N} values), got ${grey.length}`);
  // Rows first: R[y][v] = Σx f(y, x) · cos((2x + 1) v π / 2N).
  const rows = new Float64Array(N * K);
  for (let y = 0; y < N; y++) {
    const base = y * N;
    for (let v = 0; v < K; v++) {
      const c = COS[v]!;
      let sum = 0;
      for (let x = 0; x < N; x++) sum += grey[base + x]! * c[x]!;
      rows[y * K + v] = sum;
    }
  }
  // Then columns: F[u][v] = Σy cos((2y + 1) u π / 2N) · R[y][v].
  const out = new Float64Array(K * K);
  for (let u = 0; u < K; u++) {
    const c = COS[u]!;
    for (let v = 0; v < K; v++) {
      let sum = 0;
      for (let y = 0; y < N; y++) sum += c[y]! * rows[y * K + v]!;
      out[u * K + v] = sum;
    }
  }
  return out;
}

export function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Below this every coefficient is rounding noise: a flat image, whose hash is 0 rather than random bits. */
const FLAT_EPSILON = 1e-6;

/** 64-bit pHash of a row-major 32×32 greyscale sample (values 0..255). */
export function phashFromGrey32(grey: ArrayLike<number>): bigint {
  const coefficients = lowFrequencyDct(grey);
  let maxAbs = 0;
  for (const c of coefficients) maxAbs = Math.max(maxAbs, Math.abs(c));
  if (maxAbs < FLAT_EPSILON) return 0n;
  const m = median(coefficients);
  // Two 32-bit halves avoid 64 BigInt shifts.
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 32; i++) hi = (hi * 2 + (coefficients[i]! > m ? 1 : 0)) >>> 0;
  for (let i = 32; i < 64; i++) lo = (lo * 2 + (coefficients[i]! > m ? 1 : 0)) >>> 0;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

export function phashHex(hash: bigint): string {
  return hash.toString(16).padStart(16, '0');
}
