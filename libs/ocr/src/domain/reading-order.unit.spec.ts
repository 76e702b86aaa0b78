import { describe, expect, it } from 'vitest';
import type { Quad } from './geometry';
import { readingOrder } from './reading-order';

const box = (name: string, x: number, y: number, w: number, h: number, tilt = 0) => ({
  name,
  quad: [{ x, y }, { x: x + w, y: y + tilt }, { x: x + w, y: y + h + tilt }, { x, y: y + h }] as Quad,
});

describe('readingOrder', () => {
  it('reads lines top to bottom and boxes left to right, tolerating tilt and mixed heights', () => {
    const boxes = [
      box('price', 400, 212, 80, 30), // same line as "Green Tea" though its top is lower
      box('title', 40, 60, 300, 50),
      box('green', 40, 200, 160, 50, 6),
      box('tea', 220, 205, 150, 48),
      box('footer', 40, 400, 200, 30),
      box('badge', 500, 62, 60, 40),
    ];
    const shuffled = [boxes[3], boxes[5], boxes[0], boxes[4], boxes[1], boxes[2]].filter((b) => b !== undefined);
    expect(readingOrder(shuffled, (b) => b.quad).map((b) => b.name)).toEqual(['title', 'badge', 'green', 'tea', 'price', 'footer']);
  });

  it('keeps stacked lines apart even when they touch', () => {
    const lines = [box('second', 0, 50, 100, 50), box('first', 20, 0, 100, 52)];
    expect(readingOrder(lines, (b) => b.quad).map((b) => b.name)).toEqual(['first', 'second']);
  });
});
