import { ciede2000 } from './ciede2000';
import type { Lab } from './color-space';

/**
 * Weighted k-means in CIELAB with deterministic seeding, then merging of clusters that are perceptually the same.
 *
 * Pixels are first pooled into small Lab cells (`binSize` units per axis) so the cost grows with the number of
 * distinct colours, not pixels. Seeding is a deterministic k-means++ (Arthur & Vassilvitskii 2007) variant: the
 * heaviest cell first, then each next seed is the cell that maximises weight × squared distance to the nearest seed
 * (ties to the lower index) — the same input always gives the same clusters, which keeps replays reproducible.
 * Assignment uses Euclidean Lab distance (what the k-means objective minimises); merging uses ΔE00, which is how the
 * colours are compared to the vocabulary afterwards.
 */
export interface LabPoint {
  lab: Lab;
  weight: number;
}

export interface KMeansOptions {
  k: number;
  maxIterations: number;
  /** Clusters closer than this ΔE00 are merged into one. */
  mergeDeltaE: number;
  /** Lab cell size for pooling. */
  binSize: number;
}

export interface LabCluster {
  lab: Lab;
  weight: number;
}

/** Pools Lab triples (flat array L,a,b,L,a,b,...) into weighted cells. */
export function poolLab(flat: Float64Array | number[], binSize: number): LabPoint[] {
  const cells = new Map<number, { L: number; a: number; b: number; n: number }>();
  for (let i = 0; i + 2 < flat.length; i += 3) {
    const L = flat[i]!, a = flat[i + 1]!, b = flat[i + 2]!;
    // Numeric cell key: L* ∈ [0,100], a*, b* within ±500 for any real colour.
    const key = (Math.floor(L / binSize) * 1024 + Math.floor(a / binSize) + 512) * 1024 + Math.floor(b / binSize) + 512;
    const c = cells.get(key);
    if (c) { c.L += L; c.a += a; c.b += b; c.n++; }
    else cells.set(key, { L, a, b, n: 1 });
  }
  return [...cells.values()].map((c) => ({ lab: [c.L / c.n, c.a / c.n, c.b / c.n] as const, weight: c.n }));
}

const d2 = (p: Lab, q: Lab): number => (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2;

export function kmeansLab(points: readonly LabPoint[], o: KMeansOptions): LabCluster[] {
  if (points.length === 0) return [];
  const k = Math.max(1, Math.min(o.k, points.length));
  // Deterministic seeding.
  let first = 0;
  points.forEach((p, i) => { if (p.weight > points[first]!.weight) first = i; });
  const centers: Lab[] = [points[first]!.lab];
  const nearest = points.map((p) => d2(p.lab, centers[0]!));
  while (centers.length < k) {
    let best = -1, bestScore = 0;
    points.forEach((p, i) => {
      const s = p.weight * nearest[i]!;
      if (s > bestScore) { bestScore = s; best = i; }
    });
    if (best < 0) break; // every remaining point coincides with a seed
    const c = points[best]!.lab;
    centers.push(c);
    points.forEach((p, i) => { nearest[i] = Math.min(nearest[i]!, d2(p.lab, c)); });
  }
  // Lloyd iterations.
  const assign = new Int32Array(points.length).fill(-1);
  let weights: number[] = [];
  for (let it = 0; it < o.maxIterations; it++) {
    let changed = false;
    points.forEach((p, i) => {
      let bi = 0, bd = Infinity;
      centers.forEach((c, j) => { const dd = d2(p.lab, c); if (dd < bd) { bd = dd; bi = j; } });
      if (assign[i] !== bi) { assign[i] = bi; changed = true; }
    });
    const sums = centers.map(() => [0, 0, 0, 0]);
    points.forEach((p, i) => {
      const s = sums[assign[i]!]!;
      s[0]! += p.lab[0] * p.weight; s[1]! += p.lab[1] * p.weight; s[2]! += p.lab[2] * p.weight; s[3]! += p.weight;
    });
    sums.forEach((s, j) => { if (s[3]! > 0) centers[j] = [s[0]! / s[3]!, s[1]! / s[3]!, s[2]! / s[3]!]; });
    weights = sums.map((s) => s[3]!);
    if (!changed) break;
  }
  const clusters = centers.map((lab, j) => ({ lab, weight: weights[j] ?? 0 })).filter((c) => c.weight > 0);
  return mergeClose(clusters, o.mergeDeltaE).sort((x, y) => y.weight - x.weight);
}

/** Repeatedly merges the closest pair (by ΔE00) while it is closer than `threshold`; weighted Lab means. */
export function mergeClose(clusters: LabCluster[], threshold: number): LabCluster[] {
  const cs = clusters.map((c) => ({ ...c }));
  for (;;) {
    let bi = -1, bj = -1, bd = Infinity;
    for (let i = 0; i < cs.length; i++) {
      for (let j = i + 1; j < cs.length; j++) {
        const d = ciede2000(cs[i]!.lab, cs[j]!.lab);
        if (d < bd) { bd = d; bi = i; bj = j; }
      }
    }
    if (bi < 0 || bd >= threshold) return cs;
    const a = cs[bi]!, b = cs[bj]!, w = a.weight + b.weight;
    cs[bi] = {
      lab: [(a.lab[0] * a.weight + b.lab[0] * b.weight) / w, (a.lab[1] * a.weight + b.lab[1] * b.weight) / w, (a.lab[2] * a.weight + b.lab[2] * b.weight) / w],
      weight: w,
    };
    cs.splice(bj, 1);
  }
}
