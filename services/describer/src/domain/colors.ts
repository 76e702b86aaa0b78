import type { Attribute } from '@vitrine/contracts';
import { estimateBackground, type BackgroundEstimate } from './background';
import { ciede2000 } from './ciede2000';
import { rgbToLab, type Lab } from './color-space';
import { assertRgbImage, type RgbImage } from './image';
import { kmeansLab, poolLab } from './lab-kmeans';

/**
 * Dominant product colours, measured: estimate the background from the border band, keep the pixels that differ from
 * it by more than a tolerance (ΔE00), cluster them in Lab, and name each cluster by its nearest vocabulary colour
 * (ΔE00). What this measures is the colour of the pixels, so lighting and white balance shift it; the confidence says
 * how far the nearest vocabulary colour is, how plain the background was, and how large the share is.
 */

/** One colour of the taxonomy's colour vocabulary: its code and its reference CIELAB (D65) value. */
export interface ColorVocabularyEntry {
  code: string;
  lab: readonly [number, number, number];
}

export interface ColorExtractionOptions {
  /** Border band width as a fraction of the shorter side. */
  borderFraction: number;
  /** ΔE00 from the background colour above which a pixel is foreground. */
  backgroundTolerance: number;
  /** Clusters before merging (1..5). */
  k: number;
  /** Clusters closer than this ΔE00 are one colour. */
  mergeDeltaE: number;
  /** A colour covering less than this share of the foreground is not reported. */
  minShare: number;
  /** Below this share of the image the foreground is taken as absent (the product blends into the background). */
  minForegroundShare: number;
  /** ΔE00 at which the match to the vocabulary counts as half-certain (confidence factor 0.5). */
  matchHalfDeltaE: number;
  /** Pixels sampled at most (a regular grid, deterministic) for clustering. */
  maxPixels: number;
  maxIterations: number;
  /** Lab cell size for pooling before k-means. */
  binSize: number;
}

export const DEFAULT_COLOR_OPTIONS: Readonly<ColorExtractionOptions> = Object.freeze({
  borderFraction: 0.05,
  backgroundTolerance: 12,
  k: 5,
  mergeDeltaE: 8,
  minShare: 0.08,
  minForegroundShare: 0.02,
  matchHalfDeltaE: 15,
  maxPixels: 65_536,
  maxIterations: 25,
  binSize: 2,
});

export interface MeasuredColor {
  code: string;
  /** Share (0..1) of the foreground pixels. */
  share: number;
  confidence: number;
  /** Mean Lab of the pixels named by this code. */
  lab: Lab;
  /** ΔE00 from `lab` to the vocabulary colour. */
  deltaE: number;
}

export interface ColorAnalysis {
  /** The dominant colours as contract attributes (source "color"), largest share first. */
  colors: Attribute[];
  /** The same colours with their shares and Lab values (for the prompt and the merge policy). */
  measured: MeasuredColor[];
  background: BackgroundEstimate & { code: string | null; deltaE: number };
  /** Share (0..1) of the image classified as foreground. */
  foregroundShare: number;
  /** True when no foreground was found and the colour reported is the background's own. */
  backgroundOnly: boolean;
}

export function nearestColor(lab: Lab, vocabulary: readonly ColorVocabularyEntry[]): { code: string; deltaE: number } | null {
  let best: { code: string; deltaE: number } | null = null;
  for (const v of vocabulary) {
    const d = ciede2000(lab, v.lab);
    if (!best || d < best.deltaE) best = { code: v.code, deltaE: d };
  }
  return best;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function extractColors(
  img: RgbImage,
  vocabulary: readonly ColorVocabularyEntry[],
  options: Partial<ColorExtractionOptions> = {},
): ColorAnalysis {
  assertRgbImage(img);
  const o = { ...DEFAULT_COLOR_OPTIONS, ...options };
  if (o.k < 1 || o.k > 5) throw new RangeError(`k must be 1..5, got ${o.k}`);
  const bg = estimateBackground(img, { borderFraction: o.borderFraction, tolerance: o.backgroundTolerance });
  const bgName = nearestColor(bg.lab, vocabulary);
  const background = { ...bg, code: bgName?.code ?? null, deltaE: bgName?.deltaE ?? Infinity };

  // A regular sampling grid bounds the work on large inputs while staying deterministic.
  const total = img.width * img.height;
  const step = Math.max(1, Math.ceil(Math.sqrt(total / o.maxPixels)));
  const fg: number[] = [];
  let sampled = 0;
  const d = img.data;
  for (let y = 0; y < img.height; y += step) {
    for (let x = 0; x < img.width; x += step) {
      const p = (y * img.width + x) * 3;
      const lab = rgbToLab(d[p]!, d[p + 1]!, d[p + 2]!);
      sampled++;
      if (ciede2000(lab, bg.lab) > o.backgroundTolerance) fg.push(lab[0], lab[1], lab[2]);
    }
  }
  const foregroundShare = fg.length / 3 / sampled;
  // Reliability of the whole measurement: a busy border means the "background" may be scenery or the product.
  const reliability = 0.5 + 0.5 * bg.uniformity;
  const matchScore = (dE: number) => 1 / (1 + (dE / o.matchHalfDeltaE) ** 2);

  if (foregroundShare < o.minForegroundShare || fg.length === 0) {
    // Nothing stands out from the background: the product is the background's colour (or fills the frame).
    if (!bgName) return { colors: [], measured: [], background, foregroundShare, backgroundOnly: true };
    const confidence = round3(0.5 * matchScore(bgName.deltaE) * reliability);
    const measured = [{ code: bgName.code, share: 1, confidence, lab: bg.lab, deltaE: bgName.deltaE }];
    return { colors: [{ code: bgName.code, confidence, source: 'color' }], measured, background, foregroundShare, backgroundOnly: true };
  }

  const clusters = kmeansLab(poolLab(fg, o.binSize), { k: o.k, maxIterations: o.maxIterations, mergeDeltaE: o.mergeDeltaE, binSize: o.binSize });
  const fgCount = fg.length / 3;
  // Several clusters may land on one vocabulary colour (shading of one fabric): pool them by code.
  const byCode = new Map<string, { weight: number; L: number; a: number; b: number }>();
  for (const c of clusters) {
    const name = nearestColor(c.lab, vocabulary);
    if (!name) continue;
    const acc = byCode.get(name.code) ?? { weight: 0, L: 0, a: 0, b: 0 };
    acc.weight += c.weight; acc.L += c.lab[0] * c.weight; acc.a += c.lab[1] * c.weight; acc.b += c.lab[2] * c.weight;
    byCode.set(name.code, acc);
  }
  const measured: MeasuredColor[] = [];
  for (const [code, acc] of byCode) {
    const share = acc.weight / fgCount;
    if (share < o.minShare) continue;
    const lab: Lab = [acc.L / acc.weight, acc.a / acc.weight, acc.b / acc.weight];
    const ref = vocabulary.find((v) => v.code === code)!;
    const deltaE = ciede2000(lab, ref.lab);
    const confidence = round3(matchScore(deltaE) * reliability * (0.7 + 0.3 * Math.min(1, share / 0.5)));
    measured.push({ code, share: round3(share), confidence, lab, deltaE });
  }
  measured.sort((x, y) => y.share - x.share || (x.code < y.code ? -1 : 1));
  return {
    colors: measured.map((m) => ({ code: m.code, confidence: m.confidence, source: 'color' as const })),
    measured,
    background,
    foregroundShare,
    backgroundOnly: false,
  };
}
