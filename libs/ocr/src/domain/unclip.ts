import type { RotatedRect } from './geometry';

/**
 * DB ("Real-time Scene Text Detection with Differentiable Binarization", Liao et al. 2020, sec. 3.3)
 * trains on text regions shrunk by D' = A(1 - r^2)/L and, at inference, grows the detected kernel back
 * by D = A * unclipRatio / L, where A and L are the kernel polygon's area and perimeter.
 * https://arxiv.org/abs/1911.08947 — PaddleOCR's default unclip ratio is 1.5.
 */
export function unclipDistance(area: number, perimeter: number, unclipRatio: number): number {
  if (perimeter <= 0) return 0;
  return (area * unclipRatio) / perimeter;
}

/**
 * Offsetting a rectangle outwards by D with rounded joins gives a rounded rectangle whose
 * minimum-area rectangle is the original grown by D on every side: we skip the polygon clipper.
 */
export function unclipRect(r: RotatedRect, unclipRatio: number): RotatedRect {
  const d = unclipDistance(r.width * r.height, 2 * (r.width + r.height), unclipRatio);
  return { ...r, width: r.width + 2 * d, height: r.height + 2 * d };
}
