// Sharpness as the variance of the Laplacian (Pech-Pacheco et al., "Diatom autofocusing in brightfield
// microscopy: a comparative study", ICPR 2000): the 4-neighbour kernel [0 1 0; 1 −4 1; 0 1 0] (OpenCV's
// Laplacian with ksize=1, https://docs.opencv.org/4.x/d4/d86/group__imgproc__filter.html) over the interior
// pixels of a greyscale thumbnail. Blur removes high frequencies, so a blurred photo scores lower. The value
// depends on the thumbnail size, so compare scores computed at the same size.

export function laplacianVariance(grey: ArrayLike<number>, width: number, height: number): number {
  if (grey.length !== width * height) throw new RangeError(`expected ${width}×${height} greyscale values, got ${grey.length}`);
  if (width < 3 || height < 3) return 0;
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y++) {
    const row = y * width;
    for (let x = 1; x < width - 1; x++) {
      const i = row + x;
      const l = grey[i - width]! + grey[i + width]! + grey[i - 1]! + grey[i + 1]! - 4 * grey[i]!;
      sum += l;
      sumSq += l * l;
      n++;
    }
  }
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
