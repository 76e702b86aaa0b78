import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPoint, convexHull, minAreaRect, orderQuad, polygonArea, rectCorners, type Point } from './geometry';

const rotatedRectPoints = (cx: number, cy: number, w: number, h: number, angle: number): Point[] =>
  rectCorners({ cx, cy, width: w, height: h, angle }).map((p) => ({ x: p.x, y: p.y }));

describe('convexHull', () => {
  it('drops interior and collinear points', () => {
    const hull = convexHull([{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 1, y: 0 }, { x: 2, y: 2 }, { x: 0, y: 2 }, { x: 1, y: 1 }]);
    expect(hull).toHaveLength(4);
    expect(polygonArea(hull)).toBe(4);
  });
});

describe('minAreaRect', () => {
  it('handles degenerate inputs: one pixel, repeated points, a single row', () => {
    expect(minAreaRect([{ x: 3, y: 4 }, { x: 3, y: 4 }])).toMatchObject({ cx: 3, cy: 4, width: 0, height: 0 });
    expect(minAreaRect([{ x: 0, y: 1 }, { x: 10, y: 1 }, { x: 5, y: 1 }])).toMatchObject({ cx: 5, cy: 1, width: 10, height: 0 });
  });

  it('recovers a rotated rectangle from its corners and interior points', () => {
    const angle = (20 * Math.PI) / 180;
    const pts = [...rotatedRectPoints(50, 40, 60, 12, angle), { x: 50, y: 40 }, { x: 52, y: 41 }];
    const r = minAreaRect(pts);
    expect(r.cx).toBeCloseTo(50, 6);
    expect(r.cy).toBeCloseTo(40, 6);
    expect(r.width).toBeCloseTo(60, 6);
    expect(r.height).toBeCloseTo(12, 6);
    expect(r.angle).toBeCloseTo(angle, 6);
  });

  it('is never larger than the axis-aligned box and contains every point', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 200 }) }), { minLength: 3, maxLength: 40 }), (pts) => {
        const r = minAreaRect(pts);
        const xs = pts.map((p) => p.x), ys = pts.map((p) => p.y);
        const bbox = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
        expect(r.width * r.height).toBeLessThanOrEqual(bbox + 1e-6);
        // Every point lies within the rectangle (up to rounding) in the rectangle's own frame.
        const ux = Math.cos(r.angle), uy = Math.sin(r.angle);
        for (const p of pts) {
          const u = (p.x - r.cx) * ux + (p.y - r.cy) * uy;
          const v = -(p.x - r.cx) * uy + (p.y - r.cy) * ux;
          expect(Math.abs(u)).toBeLessThanOrEqual(r.width / 2 + 1e-6);
          expect(Math.abs(v)).toBeLessThanOrEqual(r.height / 2 + 1e-6);
        }
      }),
    );
  });
});

describe('orderQuad', () => {
  it('orders corners top-left, top-right, bottom-right, bottom-left whatever the input order', () => {
    const q = orderQuad([{ x: 10, y: 12 }, { x: 0, y: 2 }, { x: 1, y: 11 }, { x: 9, y: 0 }]);
    expect(q).toEqual([{ x: 0, y: 2 }, { x: 9, y: 0 }, { x: 10, y: 12 }, { x: 1, y: 11 }]);
  });
});

describe('containsPoint', () => {
  it('tests inside and outside of a rotated square', () => {
    const diamond = [{ x: 5, y: 0 }, { x: 10, y: 5 }, { x: 5, y: 10 }, { x: 0, y: 5 }];
    expect(containsPoint(diamond, 5, 5)).toBe(true);
    expect(containsPoint(diamond, 1, 1)).toBe(false);
  });
});
