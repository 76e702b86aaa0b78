// Colour check that the luminance pHash cannot make: a pHash is computed on greyscale and is blind to hue
// (a red and a blue mug on white give the same DCT sign pattern), so "same product in another colour" would
// otherwise count as a near-duplicate.
//
// A colour layout is a small grid of cell colours in a perceptual space: `cells` triples of bytes, each
// triple (L*, a* + 128, b* + 128) of CIELAB rounded and clamped to 0..255. The per-cell difference is the
// Euclidean distance between triples, i.e. CIE76 ΔE*ab (https://en.wikipedia.org/wiki/Color_difference#CIE76)
// up to rounding. The producer is @vitrine/imaging (colourLayout, 8×8 cells).
//
// The distance between two layouts is the mean of the TOP_CELLS largest per-cell differences, not the mean
// over all cells: a recolour changes the product's cells strongly but leaves the background alone, and on a
// white studio shot most cells are background, so an all-cell mean dilutes a red-to-grey cap to ΔE ≈ 4 (the
// same as JPEG noise). Taking only the largest cells keeps that signal; averaging a few of them (instead of
// the single largest) keeps one cell that holds a small watermark or logo from deciding alone. Measured on
// the generated corpus (libs/imaging/test-fixtures): near-duplicate pairs ≤ 15.3, recoloured pairs ≥ 35.3.

export const COLOUR_TRIPLE = 3;

export function assertColourLayout(layout: Uint8Array, field = 'colour'): void {
  if (!(layout instanceof Uint8Array) || layout.length === 0 || layout.length % COLOUR_TRIPLE !== 0 || layout.length > 255) {
    throw new RangeError(`${field} must be a Uint8Array of 1..85 (L*, a*+128, b*+128) triples, got length ${layout?.length}`);
  }
}

/** How many of the most different cells are averaged. */
export const TOP_CELLS = 4;

/** Per-cell CIE76 ΔE between two layouts of the same cell count. */
export function cellDifferences(a: Uint8Array, b: Uint8Array): Float64Array {
  if (a.length !== b.length) throw new RangeError(`colour layouts differ in size: ${a.length} vs ${b.length}`);
  const out = new Float64Array(a.length / COLOUR_TRIPLE);
  for (let i = 0, c = 0; i < a.length; i += COLOUR_TRIPLE, c++) {
    const dl = a[i]! - b[i]!;
    const da = a[i + 1]! - b[i + 1]!;
    const db = a[i + 2]! - b[i + 2]!;
    out[c] = Math.sqrt(dl * dl + da * da + db * db);
  }
  return out;
}

/** Mean CIE76 ΔE of the TOP_CELLS most different cells (all cells when there are fewer). */
export function colourLayoutDistance(a: Uint8Array, b: Uint8Array): number {
  const diffs = cellDifferences(a, b).sort();
  const k = Math.min(TOP_CELLS, diffs.length);
  let sum = 0;
  for (let i = diffs.length - k; i < diffs.length; i++) sum += diffs[i]!;
  return sum / k;
}
