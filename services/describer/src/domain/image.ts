/**
 * A decoded, downsampled RGB derivative: 3 bytes per pixel, row-major, no padding. The imaging adapter produces it
 * (e.g. sharp `.removeAlpha().raw()`); domain code only reads it.
 */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export function assertRgbImage(img: RgbImage): void {
  if (!Number.isInteger(img.width) || !Number.isInteger(img.height) || img.width < 1 || img.height < 1) {
    throw new RangeError(`image size must be positive integers, got ${img.width}x${img.height}`);
  }
  if (img.data.length !== img.width * img.height * 3) {
    throw new RangeError(`image data holds ${img.data.length} bytes, expected ${img.width * img.height * 3} (RGB, ${img.width}x${img.height})`);
  }
}
