import type { TensorLike } from './tensor-like';
import { distance, type Quad } from './geometry';
import { resizeRgb, warpQuad, type RgbImage } from './raster';

/**
 * Detector input size: scale so the longer side is at most `limitSideLen` (never upscale), then round
 * each side to a multiple of 32 (the DB backbone downsamples by 32). This is PaddleOCR's
 * DetResizeForTest with limit_type "max", its PP-OCRv4 default.
 */
export function detectorInputSize(width: number, height: number, limitSideLen: number): { width: number; height: number } {
  const ratio = Math.max(width, height) > limitSideLen ? limitSideLen / Math.max(width, height) : 1;
  const round32 = (v: number) => Math.max(32, Math.round((v * ratio) / 32) * 32);
  return { width: round32(width), height: round32(height) };
}

// PP-OCR models are trained on OpenCV-decoded images, i.e. BGR channel order; the detector normalises
// with ImageNet mean/std applied to the channels in that (BGR) order, exactly as PaddleOCR's
// NormalizeImage does on cv2 images. https://github.com/PaddlePaddle/PaddleOCR/blob/main/ppocr/data/imaug/operators.py
const DET_MEAN = [0.485, 0.456, 0.406] as const;
const DET_STD = [0.229, 0.224, 0.225] as const;

/** RGB image -> detector tensor [3, H, W] (BGR planes, mean/std normalised). */
export function detectorTensor(image: RgbImage, width: number, height: number): TensorLike {
  const resized = image.width === width && image.height === height ? image : resizeRgb(image, width, height);
  const plane = width * height;
  const out = new Float32Array(3 * plane);
  const px = resized.data;
  // Plane 0 is blue (source channel 2), plane 2 is red (source channel 0).
  const [m0, m1, m2] = DET_MEAN;
  const [s0, s1, s2] = DET_STD;
  for (let i = 0, j = 0; i < plane; i++, j += 3) {
    out[i] = ((px[j + 2] as number) / 255 - m0) / s0;
    out[plane + i] = ((px[j + 1] as number) / 255 - m1) / s1;
    out[2 * plane + i] = ((px[j] as number) / 255 - m2) / s2;
  }
  return { data: out, dims: [3, height, width] };
}

/** RGB strip -> recogniser/classifier tensor [3, H, W] (BGR planes, scaled to [-1, 1]). */
export function stripTensor(strip: RgbImage): TensorLike {
  const plane = strip.width * strip.height;
  const out = new Float32Array(3 * plane);
  const px = strip.data;
  for (let i = 0, j = 0; i < plane; i++, j += 3) {
    out[i] = (px[j + 2] as number) / 127.5 - 1;
    out[plane + i] = (px[j + 1] as number) / 127.5 - 1;
    out[2 * plane + i] = (px[j] as number) / 127.5 - 1;
  }
  return { data: out, dims: [3, strip.height, strip.width] };
}

export interface StripGeometry {
  /** Source quad re-ordered so its first edge runs along the text. */
  readonly quad: Quad;
  /** Whether the box was taller than wide enough to be read as rotated (vertical) text. */
  readonly vertical: boolean;
  /** Width / height of the text strip. */
  readonly aspect: number;
}

/**
 * Text strip geometry. Like PaddleOCR's get_rotate_crop_image, a box at least 1.5 times taller than
 * wide is turned 90 degrees counter-clockwise: its top-right corner becomes the strip's top-left.
 */
export function stripGeometry(quad: Quad): StripGeometry {
  const w = Math.max(distance(quad[0], quad[1]), distance(quad[3], quad[2]));
  const h = Math.max(distance(quad[0], quad[3]), distance(quad[1], quad[2]));
  if (h >= 1.5 * w) return { quad: [quad[1], quad[2], quad[3], quad[0]], vertical: true, aspect: h / Math.max(w, 1e-6) };
  return { quad, vertical: false, aspect: w / Math.max(h, 1e-6) };
}

/** Samples a text strip of fixed height, width from the aspect ratio, capped at `maxWidth`. */
export function cropStrip(image: RgbImage, g: StripGeometry, height: number, maxWidth: number): RgbImage {
  const width = Math.max(1, Math.min(maxWidth, Math.ceil(height * g.aspect)));
  return warpQuad(image, g.quad, width, height);
}
