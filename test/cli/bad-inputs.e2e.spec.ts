// `vitrine describe` given a mix of good and bad inputs: the good ones are written, each bad one is reported with its
// path and a reason a user can act on, and the exit status says that some failed.
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, runCli, type CliResult } from './run-cli';

let dir: string;
let out: string;
let result: CliResult;
const bad = {
  text: '',
  truncated: '',
  empty: '',
  missing: '',
  heic: '',
  url404: '',
};
let server: Server;
let goodUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vitrine-bad-'));
  out = path.join(dir, 'out');
  await copyFile(path.join(examplesDir, 'black-shoe.jpg'), path.join(dir, 'black-shoe.jpg'));
  bad.text = path.join(dir, 'notes.jpg');
  await writeFile(bad.text, 'this is a text file with an image name\n');
  bad.truncated = path.join(dir, 'cut-off-mug.jpg');
  // The first 3000 bytes: headers and tables, and the upload stops before the image data.
  await writeFile(bad.truncated, (await readFile(path.join(examplesDir, 'red-mug.jpg'))).subarray(0, 3000));
  bad.empty = path.join(dir, 'empty.png');
  await writeFile(bad.empty, Buffer.alloc(0));
  bad.heic = path.join(dir, 'phone-shot.heic');
  // An ISO BMFF header with the HEIC brand: recognised as HEIC, which the preprocessor does not accept.
  await writeFile(bad.heic, Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1heic'), Buffer.alloc(64)]));
  bad.missing = path.join(dir, 'no-such-photo.jpg');
  // A local web server: one photo by URL, and a URL that answers 404.
  const photo = await readFile(path.join(examplesDir, 'green-backpack.jpg'));
  server = createServer((req, res) => {
    if (req.url === '/photos/Green%20Backpack.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  goodUrl = `${base}/photos/Green%20Backpack.jpg`;
  bad.url404 = `${base}/photos/gone.jpg`;
  result = await runCli(['describe', path.join(dir, 'black-shoe.jpg'), goodUrl, bad.text, bad.truncated, bad.empty, bad.heic, bad.missing, bad.url404, '--out', out, '--locales', 'en']);
}, 300_000);
afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

describe('vitrine describe with bad inputs', () => {
  it('exits non-zero', () => {
    expect(result.code).toBe(1);
  });

  it('still writes the good images, from a file and from a URL', async () => {
    const p = JSON.parse(await readFile(path.join(out, 'products', 'black-shoe.json'), 'utf8'));
    expect(p.productId).toBe('black-shoe');
    expect(p.description.colors.map((c: { code: string }) => c.code)).toContain('color.black');
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    const byUrl = JSON.parse(await readFile(path.join(out, 'products', 'green-backpack.json'), 'utf8'));
    expect(byUrl.productId).toBe('green-backpack');
    expect(byUrl.description.colors.map((c: { code: string }) => c.code)).toContain('color.green');
    expect(result.stdout).toContain('described 2 of 8 input(s)');
  });

  it('reports each bad input with its path and a clear reason', () => {
    const lineFor = (p: string) => result.stderr.split('\n').find((l) => l.includes(p)) ?? `(no line names ${p})`;
    expect(lineFor(bad.missing)).toMatch(/no such file or folder/);
    expect(lineFor(bad.text)).toMatch(/not an image/);
    expect(lineFor(bad.empty)).toMatch(/empty file/);
    expect(lineFor(bad.truncated)).toMatch(/preprocessor: image_truncated: .*incomplete/);
    expect(lineFor(bad.heic)).toMatch(/preprocessor: image_unsupported_format: .*HEIC/);
    expect(lineFor(bad.url404)).toMatch(/intake: download failed: HTTP 404/);
    for (const p of Object.values(bad)) expect(existsSync(path.join(out, 'products', `${path.basename(p).replace(/\.\w+$/, '')}.json`))).toBe(false);
  });

  it('lists the failures in failures.json and on the preview page', async () => {
    const failures = JSON.parse(await readFile(path.join(out, 'failures.json'), 'utf8')) as Array<{ source: string; stage: string; reason: string }>;
    expect(failures.map((f) => f.source).sort()).toEqual(Object.values(bad).sort());
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    for (const p of Object.values(bad)) expect(html).toContain(p);
  });
});
