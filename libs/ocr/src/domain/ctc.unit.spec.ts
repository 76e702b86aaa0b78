import { describe, expect, it } from 'vitest';
import { ctcGreedyDecode, parseDictionary } from './ctc';

/** One-hot-ish rows: the chosen class gets `p`, the rest share the remainder. */
function probs(classes: number, path: Array<[number, number]>): Float32Array {
  const out = new Float32Array(path.length * classes);
  path.forEach(([c, p], t) => {
    out.fill((1 - p) / (classes - 1), t * classes, (t + 1) * classes);
    out[t * classes + c] = p;
  });
  return out;
}

describe('ctcGreedyDecode', () => {
  const charset = ['a', 'b', '绿', ' '];

  it('merges repeats, drops blanks, and keeps a repeat separated by a blank', () => {
    const p = probs(5, [[0, 0.9], [1, 0.8], [1, 0.9], [0, 0.7], [1, 0.6], [2, 0.95], [2, 0.5], [4, 0.9], [3, 0.99], [0, 0.9]]);
    const r = ctcGreedyDecode(p, 10, 5, charset);
    expect(r.text).toBe('aab 绿');
    // The first step of each run is reported (0.8 not 0.9 for the first "a").
    expect(r.charConfidences.map((c) => +c.toFixed(2))).toEqual([0.8, 0.6, 0.95, 0.9, 0.99]);
    expect(r.confidence).toBeCloseTo((0.8 + 0.6 + 0.95 + 0.9 + 0.99) / 5, 5);
  });

  it('decodes a batch row at an offset and returns confidence 0 for all-blank', () => {
    const two = new Float32Array([...probs(5, [[0, 0.9], [0, 0.9]]), ...probs(5, [[3, 0.9], [0, 0.9]])]);
    expect(ctcGreedyDecode(two, 2, 5, charset, 0)).toEqual({ text: '', confidence: 0, charConfidences: [] });
    expect(ctcGreedyDecode(two, 2, 5, charset, 10).text).toBe('绿');
  });

  it('refuses a charset that does not match the class count', () => {
    expect(() => ctcGreedyDecode(new Float32Array(6), 1, 6, charset)).toThrow(/charset has 4/);
  });
});

describe('parseDictionary', () => {
  it('reads one character per line and appends the space class', () => {
    expect(parseDictionary("'\n疗\r\n绚\n")).toEqual(["'", '疗', '绚', ' ']);
    expect(parseDictionary('a\nb', false)).toEqual(['a', 'b']);
  });
});
