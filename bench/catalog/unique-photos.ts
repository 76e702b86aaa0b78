import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const examples = fileURLToPath(new URL('../../test/fixtures/examples/', import.meta.url));

/**
 * `n` distinct product photos for benchmarks: the example photos, each with a patch of its own colour and place
 * composited on it, so that neither the perceptual hash nor the colour layout matches another one and the
 * near-duplicate cache misses every time (a replay of distinct products, the worst case).
 */
export async function uniquePhotos(n: number): Promise<Array<{ bytes: Buffer; hint: string | null }>> {
  const files = readdirSync(examples).filter((f) => /\.(jpe?g|png)$/.test(f)).sort();
  const out: Array<{ bytes: Buffer; hint: string | null }> = [];
  for (let i = 0; i < n; i++) {
    const f = files[i % files.length]!;
    const hint = (JSON.parse(readFileSync(join(examples, f.replace(/\.[^.]+$/, '.expected.json')), 'utf8')) as { categoryHint?: string }).categoryHint ?? null;
    const img = sharp(readFileSync(join(examples, f)));
    const { width = 512, height = 512 } = await img.metadata();
    const w = Math.round(width * (0.3 + ((i * 7) % 10) / 50));
    const h = Math.round(height * (0.3 + ((i * 3) % 10) / 50));
    const x = Math.round(((i * 97) % 100) / 100 * (width - w));
    const y = Math.round(((i * 61) % 100) / 100 * (height - h));
    const hue = (i * 137.508) % 360;
    const svg = Buffer.from(`<svg width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="hsl(${hue.toFixed(1)},80%,${30 + ((i * 13) % 40)}%)"/></svg>`);
    out.push({ bytes: await img.composite([{ input: svg, left: x, top: y }]).jpeg({ quality: 88 }).toBuffer(), hint });
  }
  return out;
}
