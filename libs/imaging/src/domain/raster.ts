// Measurements over 8-bit interleaved rasters (row-major, `channels` bytes per pixel).

export interface Raster {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

function assertRaster(r: Raster, channels?: number): void {
  if (channels !== undefined && r.channels !== channels) throw new RangeError(`expected ${channels} channels, got ${r.channels}`);
  if (r.data.length !== r.width * r.height * r.channels) throw new RangeError(`raster ${r.width}×${r.height}×${r.channels} has ${r.data.length} bytes`);
}

/** Composites RGBA over opaque white: c' = (c·a + 255·(255 − a)) / 255, the model sees what a page shows. */
export function flattenOnWhite(rgba: Raster): Raster {
  assertRaster(rgba, 4);
  const n = rgba.width * rgba.height;
  const out = new Uint8Array(n * 3);
  const d = rgba.data;
  for (let p = 0, i = 0, o = 0; p < n; p++, i += 4, o += 3) {
    const a = d[i + 3]!;
    if (a === 255) {
      out[o] = d[i]!;
      out[o + 1] = d[i + 1]!;
      out[o + 2] = d[i + 2]!;
    } else {
      const w = 255 - a;
      out[o] = Math.round((d[i]! * a + 255 * w) / 255);
      out[o + 1] = Math.round((d[i + 1]! * a + 255 * w) / 255);
      out[o + 2] = Math.round((d[i + 2]! * a + 255 * w) / 255);
    }
  }
  return { data: out, width: rgba.width, height: rgba.height, channels: 3 };
}

/** Share of pixels that are not fully opaque (alpha < 255). */
export function transparencyShare(rgba: Raster): number {
  assertRaster(rgba, 4);
  const n = rgba.width * rgba.height;
  let t = 0;
  for (let i = 3; i < rgba.data.length; i += 4) if (rgba.data[i]! < 255) t++;
  return n === 0 ? 0 : t / n;
}

export const NEAR_WHITE_MIN = 230;
export const BORDER_BAND_FRACTION = 0.05;

/**
 * Share of near-white pixels (every channel ≥ NEAR_WHITE_MIN) in the border band: the outer
 * BORDER_BAND_FRACTION of the shorter side on all four edges. Marketplaces ask for products on white;
 * a studio shot scores near 1, a lifestyle photo low.
 */
export function borderWhiteness(rgb: Raster, bandFraction = BORDER_BAND_FRACTION, minValue = NEAR_WHITE_MIN): number {
  assertRaster(rgb);
  const { width, height, channels, data } = rgb;
  const band = Math.max(1, Math.round(Math.min(width, height) * bandFraction));
  let white = 0;
  let total = 0;
  for (let y = 0; y < height; y++) {
    const inRowBand = y < band || y >= height - band;
    for (let x = 0; x < width; x++) {
      if (!inRowBand && x >= band && x < width - band) {
        x = width - band - 1; // skip the interior of this row
        continue;
      }
      const i = (y * width + x) * channels;
      total++;
      if (data[i]! >= minValue && data[i + 1]! >= minValue && data[i + 2]! >= minValue) white++;
    }
  }
  return total === 0 ? 0 : white / total;
}
