import { describe, expect, it } from 'vitest';
import { decodeDbMap, defaultDbOptions, labelComponents } from './db-postprocess';
import { containsPoint, distance, rectCorners } from './geometry';
import { unclipDistance } from './unclip';

/** A synthetic detector output: background 0.02, text kernels painted with a given probability. */
function canvas(width: number, height: number) {
  const data = new Float32Array(width * height).fill(0.02);
  return {
    data,
    width,
    height,
    paintRect(x0: number, y0: number, x1: number, y1: number, p: number) {
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = p;
    },
    paintRotated(cx: number, cy: number, w: number, h: number, angle: number, p: number) {
      const quad = rectCorners({ cx, cy, width: w, height: h, angle });
      for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (containsPoint(quad, x + 0.5, y + 0.5)) data[y * width + x] = p;
    },
  };
}

describe('decodeDbMap', () => {
  it('turns kernels into unclipped, scored quads in image coordinates', () => {
    const map = canvas(200, 120);
    map.paintRect(20, 20, 120, 30, 0.9); // 100 x 10 kernel
    map.paintRotated(100, 80, 80, 12, (15 * Math.PI) / 180, 0.8);
    map.paintRect(150, 20, 190, 30, 0.45); // above the pixel threshold, below the box threshold
    map.paintRect(5, 100, 7, 102, 0.95); // a 2 x 2 speck: below minSize
    const boxes = decodeDbMap(map, { scaleX: 2, scaleY: 2, imageWidth: 400, imageHeight: 240 });
    expect(boxes).toHaveLength(2);

    const straight = boxes.find((b) => b.quad[0].y < 60)!;
    // Pixel centres of the kernel [20,120) x [20,30) span [20.5, 119.5] x [20.5, 29.5]: a 99 x 9
    // rectangle, grown by d on each side, then scaled by 2.
    const d = unclipDistance(99 * 9, 2 * (99 + 9), defaultDbOptions.unclipRatio);
    expect(straight.quad[0].x).toBeCloseTo((20.5 - d) * 2, 4);
    expect(straight.quad[0].y).toBeCloseTo((20.5 - d) * 2, 4);
    expect(straight.quad[2].x).toBeCloseTo((119.5 + d) * 2, 4);
    expect(straight.quad[2].y).toBeCloseTo((29.5 + d) * 2, 4);
    expect(straight.score).toBeCloseTo(0.9, 5);

    const tilted = boxes.find((b) => b.quad[0].y >= 60)!;
    const angle = Math.atan2(tilted.quad[1].y - tilted.quad[0].y, tilted.quad[1].x - tilted.quad[0].x);
    expect((angle * 180) / Math.PI).toBeCloseTo(15, 0);
    // Long side about (80 + 2d') * 2 with d' from the 80 x 12 kernel; rasterising a 15-degree rectangle
    // into pixel centres shortens or lengthens it by up to a map pixel (2 image px) at each end.
    const d2 = unclipDistance(80 * 12, 2 * 92, 1.5);
    const long = distance(tilted.quad[0], tilted.quad[1]);
    expect(Math.abs(long - (80 + 2 * d2) * 2)).toBeLessThan(4);
    expect(tilted.score).toBeCloseTo(0.8, 2);
  });

  it('clips boxes to the image and ignores the padded part of a batch slot', () => {
    const map = canvas(64, 32);
    map.paintRect(0, 4, 30, 14, 0.9);
    map.paintRect(40, 4, 64, 14, 0.9); // lies in the padding when only 32 columns are valid
    const boxes = decodeDbMap({ ...map, validWidth: 32, validHeight: 32 }, { scaleX: 1, scaleY: 1, imageWidth: 32, imageHeight: 32 });
    expect(boxes).toHaveLength(1);
    for (const p of boxes[0]!.quad) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(32);
    }
  });

  it('labels 8-connected components (diagonal pixels join)', () => {
    const map = canvas(4, 4);
    map.paintRect(0, 0, 1, 1, 0.9);
    map.paintRect(1, 1, 2, 2, 0.9);
    map.paintRect(3, 3, 4, 4, 0.9);
    expect(labelComponents(map, 0.3).components).toHaveLength(2);
  });
});
