// Colour layout: the image cut into GRID×GRID cells, each cell's mean colour converted to CIELAB and stored
// as bytes (L*, a* + 128, b* + 128). @vitrine/neardup compares two layouts by mean CIE76 ΔE to tell the
// same product in another colour apart from a near-duplicate (a greyscale pHash cannot). sRGB → L*a*b* (D65)
// is @vitrine/taxonomy's; cell means are taken in linear light with the same IEC 61966-2-1 transfer function.

import { srgbToLab } from '@vitrine/taxonomy';
import type { Raster } from './raster';

/** 8×8 cells (192 bytes): fine enough that a product's colour fills whole cells, not a quarter of one. */
export const COLOUR_LAYOUT_GRID = 8;

function srgbToLinear(c8: number): number {
  const c = c8 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

const clampByte = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));

/** GRID×GRID cells (row-major) of (L*, a*+128, b*+128) bytes; cell means are taken in linear light. */
export function colourLayout(rgb: Raster, grid = COLOUR_LAYOUT_GRID): Uint8Array {
  const { width, height, channels, data } = rgb;
  if (width < grid || height < grid) throw new RangeError(`colour layout needs at least ${grid}×${grid} pixels, got ${width}×${height}`);
  const sums = new Float64Array(grid * grid * 3);
  const counts = new Uint32Array(grid * grid);
  const lut = Float64Array.from({ length: 256 }, (_, i) => srgbToLinear(i));
  for (let y = 0; y < height; y++) {
    const cy = Math.min(grid - 1, Math.floor((y * grid) / height));
    for (let x = 0; x < width; x++) {
      const cell = cy * grid + Math.min(grid - 1, Math.floor((x * grid) / width));
      const i = (y * width + x) * channels;
      sums[cell * 3] = sums[cell * 3]! + lut[data[i]!]!;
      sums[cell * 3 + 1] = sums[cell * 3 + 1]! + lut[data[i + 1]!]!;
      sums[cell * 3 + 2] = sums[cell * 3 + 2]! + lut[data[i + 2]!]!;
      counts[cell] = counts[cell]! + 1;
    }
  }
  const out = new Uint8Array(grid * grid * 3);
  const toByte = (linear: number): number => {
    const c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * linear ** (1 / 2.4) - 0.055;
    return c * 255;
  };
  for (let cell = 0; cell < grid * grid; cell++) {
    const n = counts[cell]!;
    const [l, a, b] = srgbToLab(toByte(sums[cell * 3]! / n), toByte(sums[cell * 3 + 1]! / n), toByte(sums[cell * 3 + 2]! / n));
    out[cell * 3] = clampByte(l);
    out[cell * 3 + 1] = clampByte(a + 128);
    out[cell * 3 + 2] = clampByte(b + 128);
  }
  return out;
}
