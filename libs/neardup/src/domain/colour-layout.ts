// Colour check that the luminance pHash cannot make: a pHash is computed on greyscale and is blind to hue
// (a red and a blue mug on white give the same DCT sign pattern), so "same product in another colour" would
// otherwise count as a near-duplicate.
//
// A colour layout is a small grid of cell colours in a perceptual space: `cells` triples of bytes, each
// triple (L*, a* + 128, b* + 128) of CIELAB rounded and clamped to 0..255. The distance between two layouts
// is the mean over cells of the Euclidean distance between their triples, which is the mean CIE76 ΔE*ab
// (https://en.wikipedia.org/wiki/Color_difference#CIE76) up to rounding. The producer is
// @vitrine/imaging (colourLayout in its image facts).

export const COLOUR_TRIPLE = 3;

export function assertColourLayout(layout: Uint8Array, field = 'colour'): void {
  if (!(layout instanceof Uint8Array) || layout.length === 0 || layout.length % COLOUR_TRIPLE !== 0 || layout.length > 255) {
    throw new RangeError(`${field} must be a Uint8Array of 1..85 (L*, a*+128, b*+128) triples, got length ${layout?.length}`);
  }
}

/** Mean per-cell CIE76 ΔE between two layouts of the same cell count. */
export function colourLayoutDistance(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new RangeError(`colour layouts differ in size: ${a.length} vs ${b.length}`);
  const cells = a.length / COLOUR_TRIPLE;
  let sum = 0;
  for (let i = 0; i < a.length; i += COLOUR_TRIPLE) {
    const dl = a[i]! - b[i]!;
    const da = a[i + 1]! - b[i + 1]!;
    const db = a[i + 2]! - b[i + 2]!;
    sum += Math.sqrt(dl * dl + da * da + db * db);
  }
  return sum / cells;
}
