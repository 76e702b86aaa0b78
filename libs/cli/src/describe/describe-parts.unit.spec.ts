import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, productIdFrom } from './inputs';
import { parseDescribeArgs, UsageError } from './options';
import { formatDuration, progressLine, createProgress } from './progress';

describe('product ids from file names', () => {
  it.each([
    ['red-mug.jpg', 'red-mug'],
    ['Red Mug (2).JPG', 'red-mug-2'],
    ['Café crème.png', 'cafe-creme'],
    ['green_tea.tin.v2.webp', 'green_tea.tin.v2'],
    ['绿茶.jpg', 'product'],
    ['.hidden.png', 'hidden'],
  ])('%s → %s', (name, id) => expect(productIdFrom(name)).toBe(id));
});

describe('expanding the command line', () => {
  it('walks folders for image files in name order, skips other files, reports missing paths, and makes ids unique', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vitrine-in-'));
    await mkdir(join(dir, 'sub'));
    for (const f of ['b.jpg', 'a.PNG', 'notes.txt', 'sub/a.webp']) await writeFile(join(dir, f), 'x');
    const r = await expandInputs([dir, join(dir, 'missing.jpg'), join(dir, 'notes.txt')]);
    expect(r.sources.map((s) => [s.productId, s.location])).toEqual([
      ['a', join(dir, 'a.PNG')],
      ['b', join(dir, 'b.jpg')],
      ['a-2', join(dir, 'sub/a.webp')],
      ['notes', join(dir, 'notes.txt')],
    ]);
    expect(r.skipped).toEqual([join(dir, 'notes.txt')]);
    expect(r.problems).toEqual([{ label: join(dir, 'missing.jpg'), reason: 'no such file or folder' }]);
  });

  it('does not walk into an excluded folder (the output of the run)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vitrine-in-'));
    await mkdir(join(dir, 'out'));
    for (const f of ['a.jpg', 'out/b.jpg']) await writeFile(join(dir, f), 'x');
    const r = await expandInputs([dir], [join(dir, 'out')]);
    expect(r.sources.map((s) => s.productId)).toEqual(['a']);
  });

  it('reports a folder without images', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vitrine-in-'));
    await writeFile(join(dir, 'readme.md'), 'x');
    const r = await expandInputs([dir]);
    expect(r.sources).toEqual([]);
    expect(r.problems[0]!.reason).toMatch(/^folder holds no image files/);
  });

  it('takes URLs with the last path segment as the product id', async () => {
    const r = await expandInputs(['https://example.com/img/Blue%20Vase.jpg?x=1', 'https://example.com/']);
    expect(r.sources.map((s) => [s.kind, s.productId])).toEqual([['url', 'blue-vase'], ['url', 'example-com']]);
  });
});

describe('describe options', () => {
  it('has defaults and canonicalises locales', () => {
    const o = parseDescribeArgs(['x.jpg', '--locales', 'EN,zh-cn']);
    expect(o).toMatchObject({ inputs: ['x.jpg'], locales: ['en', 'zh-CN'], market: 'DE', describer: 'offline', categoryHint: null, batch: 8 });
  });

  it.each([
    [[], /at least one/],
    [['x', '--locales', 'en,xx'], /--locales: unsupported locale "xx"/],
    [['x', '--describer', 'gpu'], /offline or vlm/],
    [['x', '--describer', 'vlm'], /needs --vlm-url/],
    [['x', '--vlm-url', 'http://h/v1'], /need --describer vlm/],
    [['x', '--batch', '0'], /--batch/],
    [['x', '--market', 'Germany'], /--market/],
    [['x', '--bogus'], /Unknown option '--bogus'/],
  ])('refuses %j with a clear message', (argv, msg) => {
    expect(() => parseDescribeArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseDescribeArgs(argv as string[])).toThrow(msg);
  });
});

describe('progress', () => {
  it('formats the bar with images/s and ETA', () => {
    expect(progressLine(5, 10, 2.5, 80)).toBe(`[${'#'.repeat(20)}${'.'.repeat(20)}] 5/10 images  2.00 images/s  ETA 0:03`);
    expect(progressLine(0, 4, 0, 80)).toContain('ETA --:--');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('writes one plain line per image when not on a terminal', () => {
    const lines: string[] = [];
    let t = 0;
    const p = createProgress({ total: 2, stream: { write: (s: string) => lines.push(s), isTTY: false }, now: () => t });
    t = 1000;
    p.done('red-mug', 'approved');
    t = 2000;
    p.done('bad', 'failed in preprocessor: invalid_image');
    p.finish();
    expect(lines).toEqual(['[1/2] red-mug: approved (1.00 images/s)\n', '[2/2] bad: failed in preprocessor: invalid_image (1.00 images/s)\n']);
  });

  it('redraws one line in place on a terminal', () => {
    const out: string[] = [];
    const p = createProgress({ total: 1, stream: { write: (s: string) => out.push(s), isTTY: true, columns: 80 }, now: () => 0 });
    p.done('a', 'approved');
    p.finish();
    expect(out.every((s) => s.startsWith('\r\x1b[2K') || s === '\n')).toBe(true);
    expect(out.at(-2)).toContain('1/1 images');
  });
});
