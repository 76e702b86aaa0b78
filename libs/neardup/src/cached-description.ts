// The payload the near-duplicate cache stores per image: the description a model produced for it, which
// model produced it, and where it came from. The describer writes it (encodeCachedDescription) after a
// fresh description; the preprocessor reads it (decodeCachedDescription) on a cache hit and re-emits the
// description as DescriptionGenerated with cached=true. The payload crosses a process boundary and lives in
// Redis for a long time, so it is versioned JSON and checked field by field when read back: a stale or
// damaged entry must fail with an error that names the field, never flow on as a half-valid description.

import type { Attribute, AttributeSource, NamedAttribute, PrintedText, ProductDescription } from '@vitrine/contracts';

/** Which model and prompt produced a description (the fields DescriptionGenerated records). */
export interface ModelRef {
  modelId: string;
  modelVersion: string;
  promptTemplateId: string;
  promptTemplateVersion: string;
}

export interface CachedDescription {
  description: ProductDescription;
  model: ModelRef;
  /** imageId of the image the description was generated for (becomes cacheSourceImageId on a hit). */
  sourceImageId: string;
  /** eventId of the DescriptionGenerated that produced it. */
  sourceEventId: string;
  /** Epoch millis of that event. */
  generatedAt: number;
}

/** Bumped when the payload shape changes; older payloads are then refused (a cache miss, not a crash). */
export const CACHED_DESCRIPTION_FORMAT = 1;

export class CachedDescriptionError extends Error {
  override readonly name = 'CachedDescriptionError';
}

export function encodeCachedDescription(entry: CachedDescription): string {
  // Validate on the way in too: a bad entry is the writer's bug and should fail where it is made.
  const checked = validateCachedDescription({ v: CACHED_DESCRIPTION_FORMAT, ...entry });
  return JSON.stringify({ v: CACHED_DESCRIPTION_FORMAT, ...checked });
}

/** Parses and validates a stored payload; throws CachedDescriptionError naming the bad field. */
export function decodeCachedDescription(payload: Buffer | Uint8Array | string): CachedDescription {
  const text = typeof payload === 'string' ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CachedDescriptionError(`cached description is not JSON (${(e as Error).message}); first bytes: ${JSON.stringify(text.slice(0, 40))}`);
  }
  return validateCachedDescription(raw);
}

const SOURCES: readonly AttributeSource[] = ['ocr', 'color', 'hint', 'rule', 'vlm', 'operator'];

function fail(path: string, expected: string, got: unknown): never {
  const shown = got === undefined ? 'undefined' : JSON.stringify(got)?.slice(0, 60);
  throw new CachedDescriptionError(`cached description field ${path} must be ${expected}, got ${shown}`);
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'an object', v);
  return v as Record<string, unknown>;
}
function str(v: unknown, path: string, nonEmpty = false): string {
  if (typeof v !== 'string' || (nonEmpty && v.length === 0)) fail(path, nonEmpty ? 'a non-empty string' : 'a string', v);
  return v;
}
function strOrNull(v: unknown, path: string): string | null {
  return v === null ? null : str(v, path);
}
function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'a finite number', v);
  return v;
}
function confidence(v: unknown, path: string): number {
  const n = num(v, path);
  if (n < 0 || n > 1) fail(path, 'a confidence in 0..1', v);
  return n;
}
function arr<T>(v: unknown, path: string, item: (x: unknown, p: string) => T): T[] {
  if (!Array.isArray(v)) fail(path, 'an array', v);
  return v.map((x, i) => item(x, `${path}[${i}]`));
}
function source(v: unknown, path: string): AttributeSource {
  if (!SOURCES.includes(v as AttributeSource)) fail(path, `one of ${SOURCES.join(', ')}`, v);
  return v as AttributeSource;
}

function attribute(v: unknown, p: string): Attribute {
  const o = obj(v, p);
  return { code: str(o.code, `${p}.code`, true), confidence: confidence(o.confidence, `${p}.confidence`), source: source(o.source, `${p}.source`) };
}
function namedAttribute(v: unknown, p: string): NamedAttribute {
  const o = obj(v, p);
  return {
    name: str(o.name, `${p}.name`, true),
    value: str(o.value, `${p}.value`),
    unit: strOrNull(o.unit ?? null, `${p}.unit`),
    confidence: confidence(o.confidence, `${p}.confidence`),
    source: source(o.source, `${p}.source`),
  };
}
function printedText(v: unknown, p: string): PrintedText {
  const o = obj(v, p);
  return {
    text: str(o.text, `${p}.text`),
    language: strOrNull(o.language ?? null, `${p}.language`),
    confidence: confidence(o.confidence, `${p}.confidence`),
    box: arr(o.box, `${p}.box`, num),
  };
}

export function validateProductDescription(v: unknown, p = 'description'): ProductDescription {
  const o = obj(v, p);
  let freeText: ProductDescription['freeText'] = null;
  if (o.freeText !== null && o.freeText !== undefined) {
    const f = obj(o.freeText, `${p}.freeText`);
    freeText = {
      locale: str(f.locale, `${p}.freeText.locale`, true),
      title: strOrNull(f.title ?? null, `${p}.freeText.title`),
      sellingPoints: arr(f.sellingPoints, `${p}.freeText.sellingPoints`, (x, q) => str(x, q)),
      description: strOrNull(f.description ?? null, `${p}.freeText.description`),
    };
  }
  return {
    category: o.category === null || o.category === undefined ? null : attribute(o.category, `${p}.category`),
    colors: arr(o.colors, `${p}.colors`, attribute),
    materials: arr(o.materials, `${p}.materials`, attribute),
    styles: arr(o.styles, `${p}.styles`, attribute),
    useScenes: arr(o.useScenes, `${p}.useScenes`, attribute),
    features: arr(o.features, `${p}.features`, attribute),
    attributes: arr(o.attributes, `${p}.attributes`, namedAttribute),
    printedText: arr(o.printedText, `${p}.printedText`, printedText),
    freeText,
  };
}

function validateCachedDescription(raw: unknown): CachedDescription {
  const o = obj(raw, '(root)');
  if (o.v !== CACHED_DESCRIPTION_FORMAT) fail('v', `format version ${CACHED_DESCRIPTION_FORMAT}`, o.v);
  const m = obj(o.model, 'model');
  const generatedAt = num(o.generatedAt, 'generatedAt');
  if (!Number.isInteger(generatedAt) || generatedAt < 0) fail('generatedAt', 'epoch milliseconds (a non-negative integer)', o.generatedAt);
  return {
    description: validateProductDescription(o.description),
    model: {
      modelId: str(m.modelId, 'model.modelId', true),
      modelVersion: str(m.modelVersion, 'model.modelVersion', true),
      promptTemplateId: str(m.promptTemplateId, 'model.promptTemplateId', true),
      promptTemplateVersion: str(m.promptTemplateVersion, 'model.promptTemplateVersion', true),
    },
    sourceImageId: str(o.sourceImageId, 'sourceImageId', true),
    sourceEventId: str(o.sourceEventId, 'sourceEventId', true),
    generatedAt,
  };
}
