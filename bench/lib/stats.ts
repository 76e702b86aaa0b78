// Order statistics shared by the benchmarks. Two rules are in use and give different values for the same data, so
// each keeps its name: results stay comparable with the runs already recorded in bench/results/.

/** The value at rank floor(q·n) of an ascending list, q in [0, 1] (undefined, typed as a number, when it is empty). */
export const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** The upper median (the element at floor(n/2) once sorted); `xs` need not be sorted. */
export const median = (xs: readonly number[]): number => quantile([...xs].sort((a, b) => a - b), 0.5);

/** Nearest-rank percentile of an ascending list, p in (0, 100]: the ceil(p/100·n)-th value; NaN when it is empty. */
export const nearestRank = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : NaN;
