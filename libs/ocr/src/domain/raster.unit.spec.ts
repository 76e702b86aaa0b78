import { describe, expect, it } from 'vitest';
import type { Quad } from './geometry';
import { cropStrip, detectorInputSize, detectorTensor, stripGeometry, stripTensor } from './preprocess';
import { applyHomography, rotate180, squareToQuad, warpQuad, type RgbImage } from './raster';

/** A 6 x 4 image whose pixel (x, y) is (10x, 10y, 7). */
function gradient(): RgbImage {
  const w = 6, h = 4;
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([10 * x, 10 * y, 7], (y * w + x) * 3);
  return { data, width: w, height: h };
}

const px = (im: RgbImage, x: number, y: number) => [...im.data.subarray((y * im.width + x) * 3, (y * im.width + x) * 3 + 3)];

describe('squareToQuad', () => {
  it('maps the unit square corners onto the quad, also for a true perspective quad', () => {
    const q: Quad = [{ x: 10, y: 5 }, { x: 90, y: 12 }, { x: 80, y: 60 }, { x: 5, y: 40 }];
    const m = squareToQuad(q);
    const corners = [[0, 0], [1, 0], [1, 1], [0, 1]] as const;
    corners.forEach(([u, v], i) => {
      const p = applyHomography(m, u, v);
      expect(p.x).toBeCloseTo(q[i]!.x, 9);
      expect(p.y).toBeCloseTo(q[i]!.y, 9);
    });
  });
});

describe('warpQuad', () => {
  it('copies an axis-aligned pixel-exact region unchanged', () => {
    const src = gradient();
    const out = warpQuad(src, [{ x: 2, y: 1 }, { x: 5, y: 1 }, { x: 5, y: 3 }, { x: 2, y: 3 }], 3, 2);
    expect(px(out, 0, 0)).toEqual([20, 10, 7]);
    expect(px(out, 2, 1)).toEqual([40, 20, 7]);
  });

  it('turns a box upside down when its corners are given rotated by two', () => {
    const src = gradient();
    const out = warpQuad(src, [{ x: 6, y: 4 }, { x: 0, y: 4 }, { x: 0, y: 0 }, { x: 6, y: 0 }], 6, 4);
    expect(px(out, 0, 0)).toEqual(px(src, 5, 3));
    expect(rotate180(out).data).toEqual(src.data);
  });
});

describe('strip geometry and tensors', () => {
  it('reads a tall box as vertical text turned counter-clockwise', () => {
    const tall: Quad = [{ x: 0, y: 0 }, { x: 20, y: 0 }, { x: 20, y: 100 }, { x: 0, y: 100 }];
    const g = stripGeometry(tall);
    expect(g.vertical).toBe(true);
    expect(g.quad[0]).toEqual({ x: 20, y: 0 });
    expect(g.aspect).toBeCloseTo(5);
    expect(stripGeometry([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 20 }, { x: 0, y: 20 }]).vertical).toBe(false);
  });

  it('sizes strips to the target height and caps their width', () => {
    const g = stripGeometry([{ x: 0, y: 0 }, { x: 600, y: 0 }, { x: 600, y: 10 }, { x: 0, y: 10 }]);
    const strip = cropStrip(gradient(), g, 48, 1000);
    expect([strip.width, strip.height]).toEqual([1000, 48]);
  });

  it('sizes the detector input to multiples of 32 within the limit', () => {
    expect(detectorInputSize(800, 600, 960)).toEqual({ width: 800, height: 608 });
    expect(detectorInputSize(4000, 3000, 960)).toEqual({ width: 960, height: 736 });
    expect(detectorInputSize(10, 10, 960)).toEqual({ width: 32, height: 32 });
  });

  it('packs BGR planes with the PP-OCR normalisations', () => {
    const im: RgbImage = { data: Uint8Array.from([255, 0, 51]), width: 1, height: 1 };
    expect([...stripTensor(im).data].map((v) => +v.toFixed(3))).toEqual([-0.6, -1, 1]);
    const det = detectorTensor(im, 1, 1).data;
    expect(det[0]).toBeCloseTo((51 / 255 - 0.485) / 0.229, 5); // blue plane first
    expect(det[2]).toBeCloseTo((1 - 0.406) / 0.225, 5); // red plane last
  });
});
