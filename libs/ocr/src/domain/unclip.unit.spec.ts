import { describe, expect, it } from 'vitest';
import { minAreaRect, rectCorners, type Point } from './geometry';
import { unclipDistance, unclipRect } from './unclip';

/** Outward offset of a convex polygon by d with round joins, sampled densely (what a polygon clipper computes). */
function offsetPolygon(poly: readonly Point[], d: number, arcSteps = 64): Point[] {
  const out: Point[] = [];
  for (const p of poly) for (let i = 0; i < arcSteps; i++) {
    const t = (2 * Math.PI * i) / arcSteps;
    out.push({ x: p.x + d * Math.cos(t), y: p.y + d * Math.sin(t) });
  }
  return out;
}

describe('unclip', () => {
  it('uses D = A * ratio / L', () => {
    expect(unclipDistance(100 * 10, 220, 1.5)).toBeCloseTo(6.818, 3);
    expect(unclipDistance(0, 0, 1.5)).toBe(0);
  });

  it('equals the minimum-area rectangle of the rounded offset polygon', () => {
    const kernel = { cx: 40, cy: 30, width: 80, height: 14, angle: 0.3 };
    const grown = unclipRect(kernel, 1.5);
    const d = unclipDistance(80 * 14, 2 * (80 + 14), 1.5);
    const reference = minAreaRect(offsetPolygon(rectCorners(kernel), d));
    expect(grown.width).toBeCloseTo(reference.width, 1);
    expect(grown.height).toBeCloseTo(reference.height, 1);
    expect(grown.angle).toBeCloseTo(reference.angle, 2);
    expect(grown.cx).toBeCloseTo(reference.cx, 6);
  });
});
