// 64-bit perceptual hashes as bigint, with a canonical 16-hex-character text form.
// Hamming distance uses a 32-bit SWAR popcount on the two halves: BigInt has no popcount, and bit
// operations on Numbers are much faster than on BigInts.
// Popcount reference: https://graphics.stanford.edu/~seander/bithacks.html#CountBitsSetParallel

export const HASH64_HEX_LENGTH = 16;
const HEX64 = /^[0-9a-f]{16}$/i;
const MAX64 = (1n << 64n) - 1n;

/** Accepts a bigint in [0, 2^64) or a 16-character hex string; returns the bigint. */
export function parseHash64(input: bigint | string): bigint {
  if (typeof input === 'bigint') {
    if (input < 0n || input > MAX64) throw new RangeError(`hash must be an unsigned 64-bit value, got ${input}`);
    return input;
  }
  if (!HEX64.test(input)) throw new RangeError(`hash must be ${HASH64_HEX_LENGTH} hex characters, got "${input}"`);
  return BigInt(`0x${input}`);
}

/** Lower-case, zero-padded, 16 hex characters. */
export function formatHash64(hash: bigint): string {
  return parseHash64(hash).toString(16).padStart(HASH64_HEX_LENGTH, '0');
}

export function popcount32(value: number): number {
  let v = value >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Number of differing bits between two 64-bit hashes (0..64). */
export function hammingDistance(a: bigint | string, b: bigint | string): number {
  const x = parseHash64(a) ^ parseHash64(b);
  return popcount32(Number(x & 0xffffffffn)) + popcount32(Number(x >> 32n));
}

/** Hamming distance of hashes given as (high 32 bits, low 32 bits) pairs: the hot loop of a linear scan. */
export function hammingDistanceHiLo(aHi: number, aLo: number, bHi: number, bLo: number): number {
  return popcount32(aHi ^ bHi) + popcount32(aLo ^ bLo);
}

export function splitHash64(hash: bigint): { hi: number; lo: number } {
  return { hi: Number(hash >> 32n), lo: Number(hash & 0xffffffffn) };
}
