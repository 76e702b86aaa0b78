import { ciede2000 } from './ciede2000';
import { rgbToLab, type Lab } from './color-space';
import type { RgbImage } from './image';

/**
 * The background, estimated from a band along the image border. Marketplace product photos are mostly shot on a
 * plain sweep (white, grey or a brand colour), so the border band is dominated by the background even where the
 * product touches an edge; the most frequent border colour is taken as the background and refined by averaging the
 * border pixels close to it.
 */
export interface BackgroundEstimate {
  lab: Lab;
  rgb: readonly [number, number, number];
  /** Share (0..1) of border pixels within the tolerance of the background colour: how plain the background is. */
  uniformity: number;
  /** Share (0..1) of border pixels that are near-white (L* ≥ 90, C* ≤ 8), comparable to ImageFacts.backgroundWhiteness. */
  whiteness: number;
  /** Number of border pixels the estimate is based on. */
  samples: number;
}

export interface BackgroundOptions {
  /** Width of the border band as a fraction of the shorter side (at least 1 pixel). */
  borderFraction: number;
  /** ΔE00 within which a pixel counts as background. */
  tolerance: number;
}

/** Indices (pixel numbers) of the border band, each once. */
export function borderPixels(width: number, height: number, borderFraction: number): Uint32Array {
  const band = Math.max(1, Math.min(Math.floor(Math.min(width, height) / 2), Math.round(Math.min(width, height) * borderFraction)));
  const out: number[] = [];
  for (let y = 0; y < height; y++) {
    const inRowBand = y < band || y >= height - band;
    for (let x = 0; x < width; x++) {
      if (inRowBand || x < band || x >= width - band) out.push(y * width + x);
    }
  }
  return Uint32Array.from(out);
}

export function estimateBackground(img: RgbImage, o: BackgroundOptions): BackgroundEstimate {
  const idx = borderPixels(img.width, img.height, o.borderFraction);
  const d = img.data;
  // Mode of a 4-bit-per-channel histogram: robust to JPEG noise and to a product that touches the border.
  const hist = new Uint32Array(4096);
  const bin = (p: number) => ((d[p * 3]! >> 4) << 8) | ((d[p * 3 + 1]! >> 4) << 4) | (d[p * 3 + 2]! >> 4);
  for (const p of idx) hist[bin(p)]!++;
  let mode = 0;
  for (let k = 1; k < 4096; k++) if (hist[k]! > hist[mode]!) mode = k;
  let sr = 0, sg = 0, sb = 0, n = 0;
  for (const p of idx) {
    if (bin(p) !== mode) continue;
    sr += d[p * 3]!; sg += d[p * 3 + 1]!; sb += d[p * 3 + 2]!; n++;
  }
  let rgb: [number, number, number] = [Math.round(sr / n), Math.round(sg / n), Math.round(sb / n)];
  let lab = rgbToLab(...rgb);
  // Refine: the mean of every border pixel close to the mode (a gradient sweep spans several histogram bins).
  const labs = Array.from(idx, (p) => rgbToLab(d[p * 3]!, d[p * 3 + 1]!, d[p * 3 + 2]!));
  sr = sg = sb = n = 0;
  labs.forEach((l, i) => {
    if (ciede2000(l, lab) <= o.tolerance / 2) {
      const p = idx[i]!;
      sr += d[p * 3]!; sg += d[p * 3 + 1]!; sb += d[p * 3 + 2]!; n++;
    }
  });
  if (n > 0) {
    rgb = [Math.round(sr / n), Math.round(sg / n), Math.round(sb / n)];
    lab = rgbToLab(...rgb);
  }
  let near = 0, white = 0;
  for (const l of labs) {
    if (ciede2000(l, lab) <= o.tolerance) near++;
    if (l[0] >= 90 && Math.hypot(l[1], l[2]) <= 8) white++;
  }
  return { lab, rgb, uniformity: near / labs.length, whiteness: white / labs.length, samples: labs.length };
}
