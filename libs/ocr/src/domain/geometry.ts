/**
 * Plane geometry for text boxes. Coordinates are continuous: pixel (i, j) covers [i, i+1) x [j, j+1),
 * so its centre is (i + 0.5, j + 0.5). Image y grows downwards.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Four corners: top-left, top-right, bottom-right, bottom-left (clockwise on screen). */
export type Quad = readonly [Point, Point, Point, Point];

export interface RotatedRect {
  readonly cx: number;
  readonly cy: number;
  /** Side length along `angle`. */
  readonly width: number;
  /** Side length perpendicular to `angle`. */
  readonly height: number;
  /** Direction of the `width` side, radians. */
  readonly angle: number;
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Shoelace area (absolute). */
export function polygonArea(points: readonly Point[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}

export function polygonPerimeter(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) sum += distance(points[i] as Point, points[(i + 1) % points.length] as Point);
  return sum;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Convex hull by Andrew's monotone chain; collinear points are dropped. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y).filter((p, i, all) => i === 0 || p.x !== all[i - 1]!.x || p.y !== all[i - 1]!.y);
  if (sorted.length <= 2) return sorted;
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2] as Point, lower[lower.length - 1] as Point, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i] as Point;
    while (upper.length >= 2 && cross(upper[upper.length - 2] as Point, upper[upper.length - 1] as Point, p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

/**
 * Minimum-area enclosing rectangle. One side of the optimal rectangle is collinear with a hull edge
 * (Freeman & Shapira 1975), so trying every hull edge direction is exact; hulls of text components
 * have few vertices, so the O(h^2) scan is cheap.
 */
export function minAreaRect(points: readonly Point[]): RotatedRect {
  const hull = convexHull(points);
  if (hull.length === 0) return { cx: 0, cy: 0, width: 0, height: 0, angle: 0 };
  if (hull.length === 1) return { cx: (hull[0] as Point).x, cy: (hull[0] as Point).y, width: 0, height: 0, angle: 0 };
  let best: RotatedRect | undefined;
  let bestArea = Infinity;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i] as Point;
    const b = hull[(i + 1) % hull.length] as Point;
    const len = distance(a, b);
    if (len === 0) continue;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    let minU = Infinity, maxU = -Infinity, minV = Infinity, maxV = -Infinity;
    for (const p of hull) {
      const u = p.x * ux + p.y * uy;
      const v = -p.x * uy + p.y * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea - 1e-9) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      best = { cx: cu * ux - cv * uy, cy: cu * uy + cv * ux, width: maxU - minU, height: maxV - minV, angle: Math.atan2(uy, ux) };
    }
  }
  // Only reachable for a hull of coincident points, which dedup already rules out; kept total.
  return best ? normalizeRect(best) : { cx: (hull[0] as Point).x, cy: (hull[0] as Point).y, width: 0, height: 0, angle: 0 };
}

/** Same rectangle, described with the `width` side within 45 degrees of horizontal. */
export function normalizeRect(r: RotatedRect): RotatedRect {
  let { width, height, angle } = r;
  // Bring the angle into (-pi/2, pi/2].
  while (angle > Math.PI / 2) angle -= Math.PI;
  while (angle <= -Math.PI / 2) angle += Math.PI;
  if (Math.abs(angle) > Math.PI / 4) {
    [width, height] = [height, width];
    angle = angle > 0 ? angle - Math.PI / 2 : angle + Math.PI / 2;
  }
  return { cx: r.cx, cy: r.cy, width, height, angle };
}

export function rectCorners(r: RotatedRect): Quad {
  const ux = Math.cos(r.angle), uy = Math.sin(r.angle);
  const hw = r.width / 2, hh = r.height / 2;
  const at = (su: number, sv: number): Point => ({ x: r.cx + su * hw * ux - sv * hh * uy, y: r.cy + su * hw * uy + sv * hh * ux });
  return orderQuad([at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)]);
}

/**
 * Orders four corners as top-left, top-right, bottom-right, bottom-left: the two leftmost points
 * (by x) form the left side, each side split by y; ties keep a stable, deterministic order.
 */
export function orderQuad(points: readonly Point[]): Quad {
  if (points.length !== 4) throw new RangeError(`a quad needs 4 points, got ${points.length}`);
  const byX = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const [l0, l1, r0, r1] = byX as [Point, Point, Point, Point];
  const [tl, bl] = l0.y <= l1.y ? [l0, l1] : [l1, l0];
  const [tr, br] = r0.y <= r1.y ? [r0, r1] : [r1, r0];
  return [tl, tr, br, bl];
}

/** Ray-casting point-in-polygon test. */
export function containsPoint(polygon: readonly Point[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i] as Point;
    const b = polygon[j] as Point;
    if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

export function quadToArray(q: Quad): [number, number, number, number, number, number, number, number] {
  return [q[0].x, q[0].y, q[1].x, q[1].y, q[2].x, q[2].y, q[3].x, q[3].y];
}
