import type { Point, Quad } from './geometry';

/** Interleaved 8-bit RGB pixels, row-major, no padding between rows. */
export interface RgbImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** Coefficients of x = (a u + b v + c) / (g u + h v + 1), y = (d u + e v + f) / (g u + h v + 1). */
export interface Homography {
  readonly a: number; readonly b: number; readonly c: number;
  readonly d: number; readonly e: number; readonly f: number;
  readonly g: number; readonly h: number;
}

/**
 * Projective map from the unit square to a quad: (0,0)->q0, (1,0)->q1, (1,1)->q2, (0,1)->q3.
 * Closed form from Heckbert, "Fundamentals of Texture Mapping and Image Warping" (1989), sec. 2.2.3.
 */
export function squareToQuad(q: Quad): Homography {
  const [p0, p1, p2, p3] = q;
  const sx = p0.x - p1.x + p2.x - p3.x;
  const sy = p0.y - p1.y + p2.y - p3.y;
  if (Math.abs(sx) < 1e-9 && Math.abs(sy) < 1e-9) {
    return { a: p1.x - p0.x, b: p3.x - p0.x, c: p0.x, d: p1.y - p0.y, e: p3.y - p0.y, f: p0.y, g: 0, h: 0 };
  }
  const dx1 = p1.x - p2.x, dx2 = p3.x - p2.x, dy1 = p1.y - p2.y, dy2 = p3.y - p2.y;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / det;
  const h = (dx1 * sy - sx * dy1) / det;
  return { a: p1.x - p0.x + g * p1.x, b: p3.x - p0.x + h * p3.x, c: p0.x, d: p1.y - p0.y + g * p1.y, e: p3.y - p0.y + h * p3.y, f: p0.y, g, h };
}

export function applyHomography(m: Homography, u: number, v: number): Point {
  const w = m.g * u + m.h * v + 1;
  return { x: (m.a * u + m.b * v + m.c) / w, y: (m.d * u + m.e * v + m.f) / w };
}

/**
 * Samples the region under `quad` into an `outWidth x outHeight` RGB image: bilinear interpolation,
 * edge pixels replicated outside the source (as PaddleOCR's crop uses BORDER_REPLICATE), and k x k
 * supersampling when shrinking by k or more so small strips do not alias.
 */
export function warpQuad(src: RgbImage, quad: Quad, outWidth: number, outHeight: number): RgbImage {
  const out = new Uint8Array(outWidth * outHeight * 3);
  const { a, b, c, d, e, f, g, h } = squareToQuad(quad);
  const sideX = Math.max(Math.hypot(quad[1].x - quad[0].x, quad[1].y - quad[0].y), Math.hypot(quad[2].x - quad[3].x, quad[2].y - quad[3].y));
  const sideY = Math.max(Math.hypot(quad[3].x - quad[0].x, quad[3].y - quad[0].y), Math.hypot(quad[2].x - quad[1].x, quad[2].y - quad[1].y));
  const k = Math.max(1, Math.min(4, Math.round(Math.max(sideX / outWidth, sideY / outHeight))));
  const n = k * k;
  const { data, width, height } = src;
  const maxX = width - 1, maxY = height - 1;
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      let r = 0, gr = 0, bl = 0;
      for (let sy = 0; sy < k; sy++) {
        const v = (oy + (sy + 0.5) / k) / outHeight;
        for (let sx = 0; sx < k; sx++) {
          const u = (ox + (sx + 0.5) / k) / outWidth;
          const w = g * u + h * v + 1;
          // Continuous coordinates put pixel centres at +0.5.
          let fx = (a * u + b * v + c) / w - 0.5;
          let fy = (d * u + e * v + f) / w - 0.5;
          fx = fx < 0 ? 0 : fx > maxX ? maxX : fx;
          fy = fy < 0 ? 0 : fy > maxY ? maxY : fy;
          const x0 = fx | 0, y0 = fy | 0;
          const x1 = x0 < maxX ? x0 + 1 : maxX, y1 = y0 < maxY ? y0 + 1 : maxY;
          const tx = fx - x0, ty = fy - y0;
          const w00 = (1 - tx) * (1 - ty), w01 = tx * (1 - ty), w10 = (1 - tx) * ty, w11 = tx * ty;
          const i00 = (y0 * width + x0) * 3, i01 = (y0 * width + x1) * 3, i10 = (y1 * width + x0) * 3, i11 = (y1 * width + x1) * 3;
          r += (data[i00] as number) * w00 + (data[i01] as number) * w01 + (data[i10] as number) * w10 + (data[i11] as number) * w11;
          gr += (data[i00 + 1] as number) * w00 + (data[i01 + 1] as number) * w01 + (data[i10 + 1] as number) * w10 + (data[i11 + 1] as number) * w11;
          bl += (data[i00 + 2] as number) * w00 + (data[i01 + 2] as number) * w01 + (data[i10 + 2] as number) * w10 + (data[i11 + 2] as number) * w11;
        }
      }
      const o = (oy * outWidth + ox) * 3;
      out[o] = Math.round(r / n);
      out[o + 1] = Math.round(gr / n);
      out[o + 2] = Math.round(bl / n);
    }
  }
  return { data: out, width: outWidth, height: outHeight };
}

/** Resizes the whole image (the quad covering it is axis-aligned, so this is a plain resize). */
export function resizeRgb(src: RgbImage, outWidth: number, outHeight: number): RgbImage {
  const { width: w, height: h } = src;
  return warpQuad(src, [{ x: 0, y: 0 }, { x: w, y: 0 }, { x: w, y: h }, { x: 0, y: h }], outWidth, outHeight);
}

/** Rotates by 180 degrees (reverses the pixel order). */
export function rotate180(src: RgbImage): RgbImage {
  const n = src.width * src.height;
  const out = new Uint8Array(n * 3);
  for (let i = 0; i < n; i++) {
    const j = (n - 1 - i) * 3;
    out[i * 3] = src.data[j] as number;
    out[i * 3 + 1] = src.data[j + 1] as number;
    out[i * 3 + 2] = src.data[j + 2] as number;
  }
  return { data: out, width: src.width, height: src.height };
}
