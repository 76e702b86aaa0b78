import { containsPoint, distance, minAreaRect, orderQuad, rectCorners, type Point, type Quad } from './geometry';
import { unclipRect } from './unclip';

/**
 * Decoding of a DB (Differentiable Binarization) probability map into text quads, written from the
 * paper's inference procedure (https://arxiv.org/abs/1911.08947, sec. 3.3) and the parameters PaddleOCR
 * documents for PP-OCRv4 detection (det_db_thresh 0.3, det_db_box_thresh 0.6, det_db_unclip_ratio 1.5;
 * https://paddlepaddle.github.io/PaddleOCR/latest/en/ppocr/blog/inference_args.html).
 */
export interface DbOptions {
  /** Pixel threshold on the probability map. */
  readonly thresh: number;
  /** Minimum mean probability inside a candidate box. */
  readonly boxThresh: number;
  readonly unclipRatio: number;
  /** Shortest side (map pixels) a kernel must have; the unclipped box must reach minSize + 2. */
  readonly minSize: number;
  /** Largest components considered, by pixel count. */
  readonly maxCandidates: number;
}

export const defaultDbOptions: DbOptions = Object.freeze({ thresh: 0.3, boxThresh: 0.6, unclipRatio: 1.5, minSize: 3, maxCandidates: 1000 });

export interface ProbabilityMap {
  readonly data: Float32Array;
  readonly width: number;
  readonly height: number;
  /** The part of the map covering the image (a padded batch slot may be larger). Defaults to the full map. */
  readonly validWidth?: number;
  readonly validHeight?: number;
}

export interface DetectedBox {
  /** In image pixels, clockwise from top-left. */
  readonly quad: Quad;
  /** Mean probability inside the kernel rectangle. */
  readonly score: number;
}

interface Component {
  readonly start: number;
  readonly end: number;
}

/** 8-connected components of `prob > thresh`, as runs of pixel indices in `pixels`. */
export function labelComponents(map: ProbabilityMap, thresh: number): { pixels: Int32Array; components: Component[] } {
  const { data, width } = map;
  const w = map.validWidth ?? map.width;
  const h = map.validHeight ?? map.height;
  const seen = new Uint8Array(width * map.height);
  const pixels = new Int32Array(w * h);
  const stack = new Int32Array(w * h);
  const components: Component[] = [];
  let count = 0;
  for (let y0 = 0; y0 < h; y0++) {
    for (let x0 = 0; x0 < w; x0++) {
      const seed = y0 * width + x0;
      if (seen[seed] || !((data[seed] as number) > thresh)) continue;
      const start = count;
      let top = 0;
      stack[top++] = seed;
      seen[seed] = 1;
      while (top > 0) {
        const p = stack[--top] as number;
        pixels[count++] = p;
        const px = p % width;
        const py = (p - px) / width;
        for (let dy = -1; dy <= 1; dy++) {
          const ny = py + dy;
          if (ny < 0 || ny >= h) continue;
          for (let dx = -1; dx <= 1; dx++) {
            const nx = px + dx;
            if ((dx === 0 && dy === 0) || nx < 0 || nx >= w) continue;
            const q = ny * width + nx;
            if (seen[q] || !((data[q] as number) > thresh)) continue;
            seen[q] = 1;
            stack[top++] = q;
          }
        }
      }
      components.push({ start, end: count });
    }
  }
  return { pixels, components };
}

/**
 * Outline points of a component: the centres of the leftmost and rightmost pixel of each row. The
 * convex hull of a pixel set's centres equals the hull of these, so the minimum-area rectangle is exact
 * without tracing the contour. Centres (not pixel corners) keep the rectangle tight around painted
 * pixels, so the box score is not diluted by background at the rim; it is also the geometry of
 * OpenCV contours, which the DB unclip ratio was tuned with.
 */
function outline(pixels: Int32Array, c: Component, width: number): Point[] {
  let minY = Infinity, maxY = -Infinity;
  for (let i = c.start; i < c.end; i++) {
    const y = Math.floor((pixels[i] as number) / width);
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const rows = maxY - minY + 1;
  const left = new Int32Array(rows).fill(2 ** 30);
  const right = new Int32Array(rows).fill(-1);
  for (let i = c.start; i < c.end; i++) {
    const p = pixels[i] as number;
    const x = p % width;
    const r = (p - x) / width - minY;
    if (x < (left[r] as number)) left[r] = x;
    if (x > (right[r] as number)) right[r] = x;
  }
  const points: Point[] = [];
  for (let r = 0; r < rows; r++) {
    if ((right[r] as number) < 0) continue;
    const y = minY + r + 0.5;
    points.push({ x: (left[r] as number) + 0.5, y }, { x: (right[r] as number) + 0.5, y });
  }
  return points;
}

/** Mean probability over map pixels whose centres fall inside `quad` (PaddleOCR's "fast" box score). */
export function meanInside(map: ProbabilityMap, quad: Quad): number {
  const w = map.validWidth ?? map.width;
  const h = map.validHeight ?? map.height;
  const xs = quad.map((p) => p.x), ys = quad.map((p) => p.y);
  const x0 = Math.max(0, Math.floor(Math.min(...xs))), x1 = Math.min(w - 1, Math.ceil(Math.max(...xs)));
  const y0 = Math.max(0, Math.floor(Math.min(...ys))), y1 = Math.min(h - 1, Math.ceil(Math.max(...ys)));
  let sum = 0, n = 0;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      if (!containsPoint(quad, x + 0.5, y + 0.5)) continue;
      sum += map.data[y * map.width + x] as number;
      n++;
    }
  }
  return n === 0 ? 0 : sum / n;
}

export interface DecodeTarget {
  /** Image pixels per map pixel, per axis (the detector input may be resized non-uniformly). */
  readonly scaleX: number;
  readonly scaleY: number;
  readonly imageWidth: number;
  readonly imageHeight: number;
}

/** Probability map -> scored text quads in image coordinates (unordered). */
export function decodeDbMap(map: ProbabilityMap, target: DecodeTarget, options: DbOptions = defaultDbOptions): DetectedBox[] {
  const { pixels, components } = labelComponents(map, options.thresh);
  const candidates = components.length > options.maxCandidates
    ? [...components].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, options.maxCandidates)
    : components;
  const boxes: DetectedBox[] = [];
  for (const c of candidates) {
    const kernel = minAreaRect(outline(pixels, c, map.width));
    if (Math.min(kernel.width, kernel.height) < options.minSize) continue;
    const score = meanInside(map, rectCorners(kernel));
    if (score < options.boxThresh) continue;
    const grown = unclipRect(kernel, options.unclipRatio);
    if (Math.min(grown.width, grown.height) < options.minSize + 2) continue;
    const clamp = (v: number, hi: number) => Math.min(Math.max(v, 0), hi);
    const quad = orderQuad(
      rectCorners(grown).map((p) => ({ x: clamp(p.x * target.scaleX, target.imageWidth), y: clamp(p.y * target.scaleY, target.imageHeight) })),
    );
    // Boxes squeezed to a sliver by the image border carry no readable text.
    if (distance(quad[0], quad[1]) <= 3 || distance(quad[0], quad[3]) <= 3) continue;
    boxes.push({ quad, score });
  }
  return boxes;
}
