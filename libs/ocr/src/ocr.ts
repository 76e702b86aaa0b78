import { readFile } from 'node:fs/promises';
import {
  createModelRegistry,
  ModelLoadError,
  pickBucket,
  runBatched,
  splitBatch,
  stackPadded,
  type InferenceLogger,
  type LoadedModel,
  type ModelRegistry,
  type ModelSpec,
  type RegistryStatus,
} from '@vitrine/inference';
import { parseOcrConfig, STRIP_HEIGHT, type OcrConfig, type OcrModelFiles } from './config';
import { ctcGreedyDecode, parseDictionary } from './domain/ctc';
import { decodeDbMap } from './domain/db-postprocess';
import { quadToArray, type Quad } from './domain/geometry';
import { cropStrip, detectorInputSize, detectorTensor, stripGeometry, stripTensor, type StripGeometry } from './domain/preprocess';
import { rotate180, type RgbImage } from './domain/raster';
import { readingOrder } from './domain/reading-order';
import { resolveModelFiles } from './model-files';

/** Decoded pixels: interleaved 8-bit RGB, `width * height * 3` bytes (sharp's `.raw()` output for 3 channels). */
export interface RawImage {
  readonly data: Buffer | Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface OcrLine {
  readonly text: string;
  /** Mean per-character probability of the recogniser. */
  readonly confidence: number;
  /** Corners in image pixels: top-left, top-right, bottom-right, bottom-left. */
  readonly box: readonly [number, number, number, number, number, number, number, number];
  readonly charConfidences: readonly number[];
  /** Mean text probability of the detector inside the box. */
  readonly detectionScore: number;
  /** The box was read as vertical text (turned 90 degrees). */
  readonly vertical: boolean;
  /** The direction classifier found the strip upside down and it was turned before reading. */
  readonly rotated180: boolean;
}

export interface OcrModelInfo {
  readonly role: 'detection' | 'classification' | 'recognition';
  readonly id: string;
  readonly version: string;
  readonly file: string;
  readonly provider: string;
}

/** Wall time per stage of one read, milliseconds (stages include their pre/post-processing). */
export interface OcrTimings {
  readonly detectionMs: number;
  readonly cropMs: number;
  readonly classificationMs: number;
  readonly recognitionMs: number;
  readonly totalMs: number;
  readonly regions: number;
}

export interface Ocr {
  /** Reads every image; one list of lines per image, each in reading order. Batches across images. */
  read(images: readonly RawImage[]): Promise<OcrLine[][]>;
  /** `read` plus per-stage timings (for metrics and benchmarks). */
  readDetailed(images: readonly RawImage[]): Promise<{ lines: OcrLine[][]; timings: OcrTimings }>;
  readonly models: readonly OcrModelInfo[];
  readonly files: OcrModelFiles;
  status(): RegistryStatus;
  /** Releases the sessions when the OCR created its own registry; a shared registry is left to its owner. */
  close(): Promise<void>;
}

export interface OcrOptions {
  /** Raw or parsed OCR config (parseOcrConfig); defaults throughout. */
  readonly config?: unknown;
  /** Share the describer's registry (and its run semaphore) instead of creating one. */
  readonly registry?: ModelRegistry;
  readonly logger?: InferenceLogger;
}

const STRIP_SHAPE = ['batch', 3, STRIP_HEIGHT, 'width'];

function specs(config: OcrConfig, files: OcrModelFiles): { det: ModelSpec; cls: ModelSpec; rec: ModelSpec } {
  const p = config.modelIdPrefix;
  return {
    det: { id: `${p}det`, file: files.detection, version: config.versions.detection, inputs: [{ name: 'x', shape: ['batch', 3, 'height', 'width'] }], warmup: { height: 64, width: 64 } },
    cls: { id: `${p}cls`, file: files.classification, version: config.versions.classification, inputs: [{ name: 'x', shape: STRIP_SHAPE }], warmup: { width: config.classification.width } },
    rec: { id: `${p}rec`, file: files.recognition, version: config.versions.recognition, inputs: [{ name: 'x', shape: STRIP_SHAPE }], warmup: { width: 160 } },
  };
}

function checkImage(image: RawImage, index: number): void {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`image ${index}: width and height must be positive integers, got ${width}x${height}`);
  }
  if (data.length !== width * height * 3) {
    throw new RangeError(`image ${index}: expected ${width * height * 3} bytes of RGB for ${width}x${height}, got ${data.length}`);
  }
}

function onlyOutput(model: LoadedModel, outputs: Record<string, { data: Float32Array; dims: readonly number[] }>) {
  const name = model.outputNames[0] as string;
  const t = outputs[name];
  if (!t) throw new Error(`model ${model.id} produced no "${name}" output`);
  return t;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

interface Region {
  readonly image: number;
  readonly quad: Quad;
  readonly score: number;
  readonly geometry: StripGeometry;
  strip: RgbImage;
  rotated180: boolean;
}

/**
 * PP-OCR (https://arxiv.org/abs/2009.09941) in three ONNX stages: DB text detection, a 0/180 degree
 * direction classifier on each text strip, and CTC recognition over the dictionary.
 */
export async function createOcr(options: OcrOptions = {}): Promise<Ocr> {
  const config = parseOcrConfig(options.config ?? {});
  const files = await resolveModelFiles(config.models);
  const ownsRegistry = !options.registry;
  const registry =
    options.registry ??
    createModelRegistry({ session: config.session, maxConcurrentRuns: config.maxConcurrentRuns, ...(options.logger ? { logger: options.logger } : {}) });
  const s = specs(config, files);

  let charset: string[];
  try {
    charset = parseDictionary(await readFile(files.dictionary, 'utf8'));
  } catch (err) {
    throw new ModelLoadError(s.rec.id, files.dictionary, `cannot read the dictionary: ${(err as Error).message}`, { cause: err });
  }

  let det: LoadedModel, cls: LoadedModel | undefined, rec: LoadedModel;
  try {
    det = await registry.load(s.det);
    cls = config.classification.enabled ? await registry.load(s.cls) : undefined;
    rec = await registry.load(s.rec);
    // The dictionary must match the recogniser's classes (blank + characters), or every read is garbage.
    const probe = onlyOutput(rec, await rec.run({ x: { data: new Float32Array(3 * STRIP_HEIGHT * 160), dims: [1, 3, STRIP_HEIGHT, 160] } }));
    const classes = probe.dims[2];
    if (classes !== charset.length + 1) {
      throw new ModelLoadError(s.rec.id, files.dictionary, `the dictionary gives ${charset.length} characters (+1 blank) but the model has ${classes} classes`);
    }
  } catch (err) {
    if (ownsRegistry) await registry.close();
    throw err;
  }

  const recBuckets = [...config.recognition.widthBuckets.filter((b) => b < config.recognition.maxWidth), config.recognition.maxWidth];

  async function detect(images: readonly RgbImage[]): Promise<Array<Array<{ quad: Quad; score: number }>>> {
    const items = images.map((image) => ({ image, size: detectorInputSize(image.width, image.height, config.detection.limitSideLen) }));
    return runBatched({
      model: det,
      items,
      maxBatch: config.detection.batchSize,
      // Only images resized to the same shape share a batch, so a batched result equals a single one.
      bucketOf: (it) => `${it.size.height}x${it.size.width}`,
      toFeeds: (batch) => {
        const { width, height } = (batch[0] as (typeof items)[number]).size;
        return { x: stackPadded(batch.map((it) => detectorTensor(it.image, width, height)), height, width) };
      },
      fromOutputs: (outputs, batch) => {
        const maps = splitBatch(onlyOutput(det, outputs));
        return batch.map((it, k) => {
          const map = maps[k] as { data: Float32Array; dims: readonly number[] };
          const [, mh, mw] = map.dims as [number, number, number];
          return decodeDbMap(
            { data: map.data, width: mw, height: mh },
            { scaleX: it.image.width / mw, scaleY: it.image.height / mh, imageWidth: it.image.width, imageHeight: it.image.height },
            config.detection,
          );
        });
      },
    });
  }

  async function classify(regions: Region[], images: readonly RgbImage[]): Promise<void> {
    if (!cls || regions.length === 0) return;
    const width = config.classification.width;
    const verdicts = await runBatched({
      model: cls,
      items: regions,
      maxBatch: config.classification.batchSize,
      bucketOf: () => width,
      toFeeds: (batch) => ({ x: stackPadded(batch.map((r) => stripTensor(cropStrip(images[r.image] as RgbImage, r.geometry, STRIP_HEIGHT, width))), STRIP_HEIGHT, width) }),
      // Classes are ["0", "180"] (PaddleOCR label_list).
      fromOutputs: (outputs, batch) => {
        const probs = onlyOutput(cls as LoadedModel, outputs).data;
        return batch.map((_, k) => (probs[k * 2 + 1] as number) > (probs[k * 2] as number) && (probs[k * 2 + 1] as number) >= config.classification.threshold);
      },
    });
    regions.forEach((r, i) => {
      if (verdicts[i]) {
        r.strip = rotate180(r.strip);
        r.rotated180 = true;
      }
    });
  }

  async function recognize(regions: readonly Region[]) {
    return runBatched({
      model: rec,
      items: regions,
      maxBatch: config.recognition.batchSize,
      bucketOf: (r) => pickBucket(r.strip.width, recBuckets),
      toFeeds: (batch, bucket) => ({ x: stackPadded(batch.map((r) => stripTensor(r.strip)), STRIP_HEIGHT, bucket as number) }),
      fromOutputs: (outputs, batch) => {
        const out = onlyOutput(rec, outputs);
        const [, steps, classes] = out.dims as [number, number, number];
        return batch.map((_, k) => ctcGreedyDecode(out.data, steps, classes, charset, k * steps * classes));
      },
    });
  }

  return {
    models: Object.freeze(
      [
        { role: 'detection' as const, model: det },
        ...(cls ? [{ role: 'classification' as const, model: cls }] : []),
        { role: 'recognition' as const, model: rec },
      ].map(({ role, model }) => Object.freeze({ role, id: model.id, version: model.version, file: model.file, provider: model.provider })),
    ),
    files: Object.freeze(files),
    status: () => registry.status(),
    close: async () => {
      if (ownsRegistry) await registry.close();
    },
    read: async (images) => (await readDetailed(images)).lines,
    readDetailed,
  };

  async function readDetailed(images: readonly RawImage[]): Promise<{ lines: OcrLine[][]; timings: OcrTimings }> {
    const t0 = performance.now();
    images.forEach(checkImage);
    const rgb: RgbImage[] = images.map((im) => ({ data: im.data, width: im.width, height: im.height }));
    const boxes = await detect(rgb);
    const t1 = performance.now();
    const regions: Region[] = boxes.flatMap((list, image) =>
      list.map((b) => {
        const geometry = stripGeometry(b.quad);
        return {
          image,
          quad: b.quad,
          score: b.score,
          geometry,
          strip: cropStrip(rgb[image] as RgbImage, geometry, STRIP_HEIGHT, config.recognition.maxWidth),
          rotated180: false,
        };
      }),
    );
    const t2 = performance.now();
    await classify(regions, rgb);
    const t3 = performance.now();
    const texts = regions.length > 0 ? await recognize(regions) : [];
    const t4 = performance.now();
    const perImage: Array<Array<OcrLine & { quad: Quad }>> = images.map(() => []);
    regions.forEach((r, i) => {
      const t = texts[i];
      if (!t || t.text.trim() === '' || t.confidence < config.recognition.minConfidence) return;
      perImage[r.image]?.push({
        text: t.text,
        confidence: t.confidence,
        charConfidences: t.charConfidences,
        box: quadToArray(r.quad).map(round1) as unknown as OcrLine['box'],
        detectionScore: r.score,
        vertical: r.geometry.vertical,
        rotated180: r.rotated180,
        quad: r.quad,
      });
    });
    const lines = perImage.map((list, i) => {
      // When most strips of an image were upside down, the photo is: read it in its own frame
      // (rotated by 180 degrees), or its lines would come out last-to-first and right-to-left.
      const upsideDown = list.filter((l) => l.rotated180).length * 2 > list.length;
      const { width, height } = rgb[i] as RgbImage;
      const frame = upsideDown ? (q: Quad): Quad => q.map((p) => ({ x: width - p.x, y: height - p.y })) as unknown as Quad : (q: Quad) => q;
      return readingOrder(list, (l) => frame(l.quad)).map(({ quad: _quad, ...line }) => line);
    });
    const timings = { detectionMs: t1 - t0, cropMs: t2 - t1, classificationMs: t3 - t2, recognitionMs: t4 - t3, totalMs: performance.now() - t0, regions: regions.length };
    return { lines, timings };
  }
}
