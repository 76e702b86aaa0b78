/** Structural twin of @vitrine/inference's TensorData, so domain code needs no library import. */
export interface TensorLike {
  readonly data: Float32Array;
  readonly dims: readonly number[];
}
