import type { Quad } from './geometry';

/**
 * Reading order for horizontal text: group boxes into lines by vertical overlap, lines top to bottom,
 * boxes in a line left to right. A box joins a line when its vertical extent overlaps the line's by at
 * least half of the smaller height, which tolerates slight tilt and mixed font sizes on one baseline.
 */
export function readingOrder<T>(items: readonly T[], quadOf: (item: T) => Quad, minOverlap = 0.5): T[] {
  const spans = items.map((item, index) => {
    const q = quadOf(item);
    const ys = q.map((p) => p.y);
    const xs = q.map((p) => p.x);
    return { item, index, top: Math.min(...ys), bottom: Math.max(...ys), left: Math.min(...xs) };
  });
  spans.sort((a, b) => a.top - b.top || a.left - b.left || a.index - b.index);
  const lines: Array<{ top: number; bottom: number; members: typeof spans }> = [];
  for (const s of spans) {
    let home: (typeof lines)[number] | undefined;
    let bestOverlap = 0;
    for (const line of lines) {
      const overlap = Math.min(line.bottom, s.bottom) - Math.max(line.top, s.top);
      const smaller = Math.min(line.bottom - line.top, s.bottom - s.top);
      const ratio = smaller > 0 ? overlap / smaller : 0;
      if (ratio >= minOverlap && ratio > bestOverlap) {
        bestOverlap = ratio;
        home = line;
      }
    }
    if (home) {
      home.members.push(s);
      home.top = Math.min(home.top, s.top);
      home.bottom = Math.max(home.bottom, s.bottom);
    } else {
      lines.push({ top: s.top, bottom: s.bottom, members: [s] });
    }
  }
  const centre = (l: (typeof lines)[number]) => l.members.reduce((sum, m) => sum + (m.top + m.bottom) / 2, 0) / l.members.length;
  lines.sort((a, b) => centre(a) - centre(b));
  return lines.flatMap((l) => [...l.members].sort((a, b) => a.left - b.left || a.index - b.index).map((m) => m.item));
}
