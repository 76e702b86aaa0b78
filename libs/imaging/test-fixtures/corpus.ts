// Deterministic synthetic image corpus: every product (and every "other colour" of a product) rendered on a
// studio or lifestyle background, plus five near-duplicate variants of each: resized, JPEG quality 60,
// 2 % cropped from every side, a small watermark, and the other of PNG/WebP. Generated in memory at test
// time (a few seconds), so no binaries are committed; `npx tsx libs/imaging/test-fixtures/write-corpus.ts`
// writes it to a folder for inspection.

import sharp, { type Sharp } from 'sharp';
import { PRODUCTS, type ProductDesign } from './products';
import { mulberry32 } from '@vitrine/testkit';

export const VARIANTS = ['original', 'resized', 'jpeg60', 'crop2', 'watermark', 'format'] as const;
export type VariantKind = (typeof VARIANTS)[number];

export interface CorpusImage {
  /** `<group>/<variant>.<ext>` */
  name: string;
  /** Images of one group are near-duplicates; different groups are different products. */
  group: string;
  product: string;
  /** True for the "same product, other colour" groups. */
  recoloured: boolean;
  variant: VariantKind;
  format: 'png' | 'webp' | 'jpeg';
  bytes: Buffer;
}

export interface CorpusOptions {
  /** Only the first `limit` products (each with its other colour, if any). */
  limit?: number;
  /** Side of the studio canvas in pixels (lifestyle photos are 1.2 × wide, 0.9 × high). */
  size?: number;
}


function seedOf(id: string): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

function lifestyleBackground(width: number, height: number, random: () => number): string {
  const wall = ['#e8dcc8', '#d6e4e5', '#efe3d3', '#dfe6d8'][Math.floor(random() * 4)]!;
  const table = ['#8d6e63', '#a1887f', '#6d4c41'][Math.floor(random() * 3)]!;
  const tableY = Math.round(height * (0.68 + random() * 0.08));
  const plantX = random() < 0.5 ? Math.round(width * 0.1) : Math.round(width * 0.88);
  return (
    `<defs><linearGradient id="wall" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${wall}"/><stop offset="1" stop-color="#b0a898"/></linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#wall)"/>` +
    `<rect x="${Math.round(width * 0.55)}" y="${Math.round(height * 0.08)}" width="${Math.round(width * 0.3)}" height="${Math.round(height * 0.35)}" fill="#f4f6f7" stroke="#c8c0b0" stroke-width="10"/>` +
    `<rect y="${tableY}" width="${width}" height="${height - tableY}" fill="${table}"/>` +
    `<rect x="${plantX - 30}" y="${tableY - 90}" width="60" height="90" fill="#c0763a"/>` +
    `<ellipse cx="${plantX - 30}" cy="${tableY - 140}" rx="35" ry="60" fill="#2e7d32"/><ellipse cx="${plantX + 25}" cy="${tableY - 150}" rx="30" ry="70" fill="#388e3c"/>`
  );
}

function productSvg(design: ProductDesign, colour: string, size: number): { svg: string; width: number; height: number } {
  const random = mulberry32(seedOf(design.id));
  const lifestyle = design.background === 'lifestyle';
  const width = lifestyle ? Math.round(size * 1.2) : size;
  const height = lifestyle ? Math.round(size * 0.9) : size;
  const scale = ((lifestyle ? 0.62 : 0.8) + random() * 0.25) * (Math.min(width, height) / 400) * 0.9;
  const cx = width / 2 + (random() - 0.5) * width * 0.12;
  const cy = height / 2 + (random() - 0.5) * height * 0.08;
  const background = lifestyle
    ? lifestyleBackground(width, height, random)
    : `<rect width="${width}" height="${height}" fill="#ffffff"/><ellipse cx="${cx}" cy="${cy + 185 * scale}" rx="${170 * scale}" ry="${20 * scale}" fill="#000000" opacity="0.08"/>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    background +
    `<g transform="translate(${cx.toFixed(1)} ${cy.toFixed(1)}) scale(${scale.toFixed(3)})">${design.draw(colour, design.accent)}</g></svg>`;
  return { svg, width, height };
}

/** The SVG source of a product, e.g. to feed an SVG upload to the decoder (which must refuse it). */
export function productSvgSource(index = 0, size = 800): string {
  const design = PRODUCTS[index % PRODUCTS.length]!;
  return productSvg(design, design.colour, size).svg;
}

async function encode(image: Sharp, format: 'png' | 'webp' | 'jpeg', quality = 90): Promise<Buffer> {
  if (format === 'png') return image.png({ compressionLevel: 6 }).toBuffer();
  if (format === 'webp') return image.webp({ quality }).toBuffer();
  return image.jpeg({ quality }).toBuffer();
}

function watermarkSvg(width: number, height: number): Buffer {
  const fontSize = Math.round(Math.min(width, height) * 0.035);
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<text x="${width - fontSize}" y="${height - fontSize}" text-anchor="end" font-family="DejaVu Sans, sans-serif" font-size="${fontSize}" fill="#404040" fill-opacity="0.55">© shop-4711.example</text></svg>`,
  );
}

/** Renders one group (a product in one colour) and its five variants. */
async function renderGroup(design: ProductDesign, colour: string, recoloured: boolean, ordinal: number, size: number): Promise<CorpusImage[]> {
  const group = recoloured ? `${design.id}~${colour.slice(1)}` : design.id;
  const { svg, width, height } = productSvg(design, colour, size);
  const raw = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
  const base = () => sharp(raw, { raw: { width, height, channels: 3 } });
  const originalFormat: 'png' | 'webp' = ordinal % 2 === 0 ? 'png' : 'webp';
  const otherFormat: 'png' | 'webp' = originalFormat === 'png' ? 'webp' : 'png';
  const crop = { left: Math.round(width * 0.02), top: Math.round(height * 0.02), width: Math.round(width * 0.96), height: Math.round(height * 0.96) };
  const made: Array<[VariantKind, 'png' | 'webp' | 'jpeg', Promise<Buffer>]> = [
    ['original', originalFormat, encode(base(), originalFormat)],
    ['resized', originalFormat, encode(base().resize(Math.round(width / 2)), originalFormat)],
    ['jpeg60', 'jpeg', encode(base(), 'jpeg', 60)],
    ['crop2', originalFormat, encode(base().extract(crop), originalFormat)],
    ['watermark', originalFormat, encode(base().composite([{ input: watermarkSvg(width, height) }]), originalFormat)],
    ['format', otherFormat, encode(base(), otherFormat)],
  ];
  const out: CorpusImage[] = [];
  for (const [variant, format, bytes] of made) {
    out.push({ name: `${group}/${variant}.${format === 'jpeg' ? 'jpg' : format}`, group, product: design.id, recoloured, variant, format, bytes: await bytes });
  }
  return out;
}

export async function generateProductCorpus(options: CorpusOptions = {}): Promise<CorpusImage[]> {
  const size = options.size ?? 800;
  const designs = PRODUCTS.slice(0, options.limit ?? PRODUCTS.length);
  const images: CorpusImage[] = [];
  let ordinal = 0;
  for (const design of designs) {
    images.push(...(await renderGroup(design, design.colour, false, ordinal++, size)));
    if (design.otherColour) images.push(...(await renderGroup(design, design.otherColour, true, ordinal++, size)));
  }
  return images;
}
