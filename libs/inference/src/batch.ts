import type { LoadedModel } from './registry';
import { elementCount, type TensorData } from './tensor';

export interface PlannedBatch {
  /** The bucket key shared by every item of the batch (e.g. a padded width, or "640x480"). */
  readonly bucket: string | number;
  /** Indices into the caller's item list, in input order. */
  readonly indices: readonly number[];
}

/**
 * Groups items by bucket, then cuts each bucket into batches of at most `maxBatch`.
 * Items only share a batch when they share a bucket, so padding stays bounded by the bucket's span.
 */
export function planBatches<T>(items: readonly T[], bucketOf: (item: T, index: number) => string | number, maxBatch: number): PlannedBatch[] {
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError(`maxBatch must be a positive integer, got ${maxBatch}`);
  const buckets = new Map<string | number, number[]>();
  items.forEach((item, i) => {
    const key = bucketOf(item, i);
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  });
  const batches: PlannedBatch[] = [];
  for (const [bucket, indices] of buckets) {
    for (let start = 0; start < indices.length; start += maxBatch) {
      batches.push({ bucket, indices: indices.slice(start, start + maxBatch) });
    }
  }
  return batches;
}

/**
 * The smallest bucket that holds `size`; past the largest bucket, `size` rounded up to a multiple of the
 * largest one, so very long inputs still share shapes with each other.
 */
export function pickBucket(size: number, buckets: readonly number[]): number {
  if (buckets.length === 0) throw new RangeError('no buckets configured');
  const sorted = [...buckets].sort((a, b) => a - b);
  for (const b of sorted) if (size <= b) return b;
  const largest = sorted[sorted.length - 1] as number;
  return Math.ceil(size / largest) * largest;
}

/**
 * Stacks CHW items into one NCHW tensor of `[N, C, height, width]`, each item at the top-left of its
 * slot and the rest filled with `padValue` (0 after normalisation is the mean colour for PP-OCR inputs).
 */
export function stackPadded(items: readonly TensorData[], height: number, width: number, padValue = 0): TensorData {
  const first = items[0];
  if (!first) throw new RangeError('cannot stack an empty batch');
  const channels = first.dims[0] as number;
  const plane = height * width;
  const out = new Float32Array(items.length * channels * plane);
  if (padValue !== 0) out.fill(padValue);
  items.forEach((item, n) => {
    const [c, h, w] = item.dims as [number, number, number];
    if (item.dims.length !== 3 || c !== channels) throw new RangeError(`item ${n} has dims [${item.dims.join(', ')}], expected [${channels}, h, w]`);
    if (h > height || w > width) throw new RangeError(`item ${n} (${h}x${w}) does not fit the ${height}x${width} slot`);
    for (let ch = 0; ch < c; ch++) {
      const src = ch * h * w;
      const dst = (n * channels + ch) * plane;
      if (w === width) {
        out.set(item.data.subarray(src, src + h * w), dst);
      } else {
        for (let y = 0; y < h; y++) out.set(item.data.subarray(src + y * w, src + (y + 1) * w), dst + y * width);
      }
    }
  });
  return { data: out, dims: [items.length, channels, height, width] };
}

/** Splits a batched tensor along axis 0 into views (no copy). */
export function splitBatch(t: TensorData): TensorData[] {
  const [n, ...rest] = t.dims;
  if (n === undefined) throw new RangeError('cannot split a scalar');
  const size = elementCount(rest);
  return Array.from({ length: n }, (_, i) => ({ data: t.data.subarray(i * size, (i + 1) * size), dims: rest }));
}

export interface BatchedRun<T, R> {
  readonly model: LoadedModel;
  readonly items: readonly T[];
  readonly maxBatch: number;
  readonly bucketOf: (item: T, index: number) => string | number;
  /** Builds the feeds for one batch (all items share `bucket`). Called just before the batch runs. */
  readonly toFeeds: (batch: readonly T[], bucket: string | number) => Record<string, TensorData>;
  /** Turns one batch's outputs into one result per item, in the batch's order. */
  readonly fromOutputs: (outputs: Record<string, TensorData>, batch: readonly T[], bucket: string | number) => R[];
  /**
   * Batches prepared or running at once (default 2): while one batch runs inside onnxruntime, the
   * next one's tensors are built on the JS thread. Kept small so only a couple of batches' tensors
   * are alive; the registry's semaphore still bounds the runs themselves.
   */
  readonly pipelineDepth?: number;
}

/** Runs items through a model in bucketed batches and returns results in input order. */
export async function runBatched<T, R>(run: BatchedRun<T, R>): Promise<R[]> {
  const plan = planBatches(run.items, run.bucketOf, run.maxBatch);
  const results = new Array<R>(run.items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < plan.length) {
      const { bucket, indices } = plan[next++] as PlannedBatch;
      const batch = indices.map((i) => run.items[i] as T);
      const outputs = await run.model.run(run.toFeeds(batch, bucket));
      const perItem = run.fromOutputs(outputs, batch, bucket);
      if (perItem.length !== batch.length) throw new Error(`model ${run.model.id} returned ${perItem.length} results for a batch of ${batch.length}`);
      indices.forEach((i, k) => (results[i] = perItem[k] as R));
    }
  };
  const depth = Math.max(1, Math.min(run.pipelineDepth ?? 2, plan.length));
  await Promise.all(Array.from({ length: depth }, worker));
  return results;
}
