/**
 * Plain tensors crossing the library boundary: callers never touch onnxruntime types, so the OCR
 * pipeline and the describer stay testable without a session and the runtime can be swapped.
 */
export interface TensorData {
  readonly data: Float32Array;
  readonly dims: readonly number[];
}

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((n, d) => n * d, 1);
}

export function tensor(data: Float32Array, dims: readonly number[]): TensorData {
  if (data.length !== elementCount(dims)) {
    throw new RangeError(`tensor data has ${data.length} elements, dims [${dims.join(', ')}] need ${elementCount(dims)}`);
  }
  return { data, dims };
}

/** Resolves a spec shape to concrete dims, taking dynamic dims from `sizes` (axis 0 defaults to 1, others to 32). */
export function concreteDims(shape: readonly (number | string)[], sizes: Readonly<Record<string, number>> = {}): number[] {
  return shape.map((d, axis) => (typeof d === 'number' ? d : (sizes[d] ?? (axis === 0 ? 1 : 32))));
}
