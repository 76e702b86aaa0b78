import { describe, expect, it } from 'vitest';
import { ciede2000 } from './ciede2000';
import { hexToLab } from './color-space';
import { extractColors, type ColorVocabularyEntry } from './colors';
import type { RgbImage } from './image';
import { mulberry32 } from '@vitrine/testkit';

const HEX: Record<string, string> = {
  black: '#000000', white: '#FFFFFF', grey: '#808080', red: '#C62828', navy: '#1F2A44', blue: '#1565C0',
  yellow: '#F2C200', green: '#2E7D32', beige: '#D8C3A5', brown: '#6D4C41', pink: '#F48FB1',
};
const VOCAB: ColorVocabularyEntry[] = Object.entries(HEX).map(([code, hex]) => ({ code, lab: hexToLab(hex) }));

const rgbOf = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];


/** Paints an image: background, then every pixel for which `paint` returns a colour; optional ±noise per channel. */
function synth(
  w: number,
  h: number,
  bg: [number, number, number],
  paint: (x: number, y: number) => [number, number, number] | null,
  noise = 0,
  seed = 1,
): RgbImage {
  const r = mulberry32(seed);
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const c = paint(x, y) ?? bg;
      for (let k = 0; k < 3; k++) data[(y * w + x) * 3 + k] = Math.max(0, Math.min(255, Math.round(c[k]! + (r() * 2 - 1) * noise)));
    }
  }
  return { data, width: w, height: h };
}

const codes = (a: { colors: Array<{ code: string }> }) => a.colors.map((c) => c.code);

describe('measured dominant colours', () => {
  it('finds red for a red square on white, and white as the background only', () => {
    const img = synth(96, 96, [255, 255, 255], (x, y) => (x >= 28 && x < 68 && y >= 28 && y < 68 ? rgbOf(HEX.red!) : null), 2);
    const a = extractColors(img, VOCAB);
    expect(codes(a)).toEqual(['red']);
    expect(a.colors[0]).toMatchObject({ source: 'color' });
    expect(a.colors[0]!.confidence).toBeGreaterThan(0.8);
    expect(a.measured[0]!.share).toBeCloseTo(1, 2);
    expect(a.background.code).toBe('white');
    expect(a.background.whiteness).toBeGreaterThan(0.99);
    expect(a.foregroundShare).toBeCloseTo((40 * 40) / (96 * 96), 2);
    expect(a.backgroundOnly).toBe(false);
  });

  it('calls a shaded navy shirt on white navy, without drifting to black or blue', () => {
    const [nr, ng, nb] = rgbOf(HEX.navy!);
    // T-shirt silhouette: body, two sleeves, a neck cut-out; shading of ±20% like fabric folds.
    const shirt = (x: number, y: number) => {
      const body = x >= 40 && x < 88 && y >= 30 && y < 110;
      const sleeve = y >= 30 && y < 55 && ((x >= 18 && x < 40 && y - 30 < (x - 18) * 1.2 + 5) || (x >= 88 && x < 110 && y - 30 < (110 - x) * 1.2 + 5));
      const neck = (x - 64) ** 2 + (y - 30) ** 2 < 81;
      if (!(body || sleeve) || neck) return null;
      const shade = 1 + 0.2 * Math.sin(x / 7) * Math.cos(y / 11);
      return [nr * shade, ng * shade, nb * shade] as [number, number, number];
    };
    const a = extractColors(synth(128, 128, [250, 250, 250], shirt, 3), VOCAB);
    expect(codes(a)).toEqual(['navy']);
    expect(ciede2000(a.measured[0]!.lab, hexToLab(HEX.navy!))).toBeLessThan(4);
    expect(a.background.code).toBe('white');
  });

  it('reports the product colour, not the coloured background it stands on', () => {
    const mug = (x: number, y: number) => ((x - 60) ** 2 / 900 + (y - 60) ** 2 / 1400 < 1 || (x >= 88 && x < 100 && y >= 45 && y < 75) ? rgbOf(HEX.yellow!) : null);
    const a = extractColors(synth(120, 120, rgbOf(HEX.blue!), mug, 4, 7), VOCAB);
    expect(codes(a)).toEqual(['yellow']);
    expect(a.background.code).toBe('blue');
    expect(a.background.whiteness).toBe(0);
  });

  it('reports two colours with their shares and drops a small logo under 8% of the foreground', () => {
    // 60x60 body: top 2/3 red, bottom 1/3 black, and a 6x6 green logo (1% of the foreground).
    const paint = (x: number, y: number) => {
      if (x < 20 || x >= 80 || y < 20 || y >= 80) return null;
      if (x >= 40 && x < 46 && y >= 30 && y < 36) return rgbOf(HEX.green!);
      return y < 60 ? rgbOf(HEX.red!) : rgbOf(HEX.black!);
    };
    const a = extractColors(synth(100, 100, [255, 255, 255], paint, 2), VOCAB);
    expect(codes(a)).toEqual(['red', 'black']);
    expect(a.measured[0]!.share).toBeCloseTo(0.66, 1);
    expect(a.measured[1]!.share).toBeCloseTo(0.33, 1);
    expect(a.colors[0]!.confidence).toBeGreaterThan(a.colors[1]!.confidence - 0.2);
  });

  it('falls back to the background colour, with low confidence, only when nothing stands out from it', () => {
    const a = extractColors(synth(64, 64, [252, 252, 252], () => null, 2), VOCAB);
    expect(a.backgroundOnly).toBe(true);
    expect(codes(a)).toEqual(['white']);
    expect(a.colors[0]!.confidence).toBeLessThanOrEqual(0.5);
  });

  it('trusts a busy border less', () => {
    const plain = extractColors(synth(80, 80, [255, 255, 255], (x, y) => (x > 20 && x < 60 && y > 20 && y < 60 ? rgbOf(HEX.red!) : null)), VOCAB);
    // Same product, but the border is striped with two unrelated colours (a scene, not a sweep).
    const busy = extractColors(
      synth(80, 80, [255, 255, 255], (x, y) => (x > 20 && x < 60 && y > 20 && y < 60 ? rgbOf(HEX.red!) : (x + y) % 8 < 3 ? rgbOf(HEX.green!) : null)),
      VOCAB,
    );
    expect(busy.background.uniformity).toBeLessThan(0.8);
    expect(codes(busy)).toContain('red');
    expect(busy.colors.find((c) => c.code === 'red')!.confidence).toBeLessThan(plain.colors[0]!.confidence);
  });

  it('is deterministic and validates its input', () => {
    const img = synth(50, 50, [255, 255, 255], (x, y) => (x > 10 && x < 40 && y > 10 && y < 40 ? [200, 120, 40] : null), 5, 3);
    expect(extractColors(img, VOCAB)).toEqual(extractColors(img, VOCAB));
    expect(() => extractColors({ data: new Uint8Array(10), width: 2, height: 2 }, VOCAB)).toThrow(/expected 12/);
  });
});
