// Renders per second of libs/localization, per locale and for all ten locales of one product, in one run.
// npx tsx bench/localization/render.ts [secondsPerMeasurement=0.25] [rounds=9]
// A fixed set of products (seeded, so every run renders the same text) is rendered round-robin; the free-text MT
// port is not involved (it is network-bound, not rendering).
import type { Attribute, NamedAttribute, ProductDescription, UploadContext } from '@vitrine/contracts';
import { renderLocale } from '@vitrine/localization';
import { codesOfKind, supportedLocales, type Locale } from '@vitrine/taxonomy';
import { loadavg } from 'node:os';
import { machine, peakRssMiB, writeResults } from '../lib/report';
import { median } from '../lib/stats';
import { mulberry32 } from '@vitrine/testkit';

const SECONDS = Number(process.argv[2] ?? 0.25);
const ROUNDS = Number(process.argv[3] ?? 9);
const PRODUCTS = 200;
const LOAD = loadavg()[0]!.toFixed(1);


const rnd = mulberry32(20251201);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const some = (kind: Parameters<typeof codesOfKind>[0], max: number): Attribute[] =>
  [...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(codesOfKind(kind))))].map((code) => ({ code, confidence: 0.9, source: 'vlm' }));
const named = (name: string, value: string, unit: string | null = null): NamedAttribute => ({ name, value, unit, confidence: 0.9, source: 'ocr' });

function product(): ProductDescription {
  const attributes = [named('brand', pick(['Kiln&Co', 'Nordlys', 'Sakura Works', 'BoltGear', 'Verde'])), named('capacity', String(100 + Math.floor(rnd() * 900)), 'ml')];
  if (rnd() < 0.5) attributes.push(named('weight', (rnd() * 900).toFixed(1), 'g'));
  if (rnd() < 0.3) attributes.push(named('model_number', `KC-${100 + Math.floor(rnd() * 900)}`));
  return {
    category: { code: pick(codesOfKind('category')), confidence: 0.9, source: 'vlm' },
    colors: some('color', 2),
    materials: some('material', 2),
    styles: some('style', 1),
    useScenes: some('use_scene', 2),
    features: some('feature', 3),
    attributes,
    printedText: rnd() < 0.3 ? [{ text: 'MADE FOR MORNINGS', language: 'en', confidence: 0.9, box: [] }] : [],
    freeText: null,
  };
}

const products = Array.from({ length: PRODUCTS }, product);
const context: UploadContext = { supplierId: 'bench', market: 'DE', categoryHint: null, targetLocales: [...supportedLocales], priceMinor: 1290, currency: 'EUR' };

/** Renders per second of `fn` over the product set during one measurement window. */
function measure(fn: (d: ProductDescription) => void): number {
  let n = 0;
  const t0 = performance.now();
  const end = t0 + SECONDS * 1000;
  while (performance.now() < end) for (let i = 0; i < 25; i++) fn(products[n++ % PRODUCTS]!);
  return n / ((performance.now() - t0) / 1000);
}

// Warm-up: every product in every locale once (JIT, Intl formatters, label caches), so no locale pays for it.
for (const d of products) for (const l of supportedLocales) renderLocale(d, context, l);

// Interleaved rounds, median per series: on a shared machine the load changes during a run, and interleaving spreads
// that over all locales instead of penalising whichever ran during a busy spell.
const samples = Object.fromEntries([...supportedLocales, 'all'].map((k) => [k, [] as number[]])) as Record<Locale | 'all', number[]>;
const renderAllTen = (d: ProductDescription) => {
  for (const l of supportedLocales) renderLocale(d, context, l);
};
for (let round = 0; round < ROUNDS; round++) {
  for (const locale of supportedLocales) samples[locale].push(measure((d) => void renderLocale(d, context, locale)));
  samples.all.push(measure(renderAllTen));
}
const perLocale = Object.fromEntries(supportedLocales.map((l) => [l, median(samples[l])])) as Record<Locale, number>;
for (const l of supportedLocales) console.log(`${l.padEnd(6)} ${perLocale[l].toFixed(0).padStart(8)} renders/s  (rounds: ${samples[l].map((x) => x.toFixed(0)).join(', ')})`);
// All ten locales of one product (what the translator does per event, without MT): products/s and renders/s.
const allTenProducts = median(samples.all);
const allTenRenders = allTenProducts * supportedLocales.length;
console.log(`all ten ${allTenProducts.toFixed(0).padStart(7)} products/s (${allTenRenders.toFixed(0)} renders/s)`);

const rss = peakRssMiB();
// Ratios are taken within each round (locale and en measured seconds apart, under the same load), then the median.
const ratioOf = (series: number[], scale = 1) => +median(series.map((x, r) => (x * scale) / samples.en[r]!)).toFixed(2);
const ratios: Record<string, number> = Object.fromEntries(supportedLocales.map((l) => [`${l}_vs_en`, ratioOf(samples[l])]));
ratios.allTen_renders_vs_en = ratioOf(samples.all, supportedLocales.length);
const best = Object.fromEntries(supportedLocales.map((l) => [l, Math.round(Math.max(...samples[l]))]));
console.log('ratios (renders/s, locale vs en, median of per-round ratios):', ratios);
console.log(`peak RSS ${rss} MiB`);

const round = (x: number) => Math.round(x);
const rows = supportedLocales.map((l) => `| ${l} | ${round(perLocale[l])} | ${best[l]} | ${ratios[`${l}_vs_en`]!.toFixed(2)} |`).join('\n');
writeResults(
  'localization',
  'Localization',
  {
    name: 'localization render',
    command: `npx tsx bench/localization/render.ts ${SECONDS} ${ROUNDS}`,
    metrics: {
      products: PRODUCTS,
      secondsPerMeasurement: SECONDS,
      rounds: ROUNDS,
      samples,
      rendersPerSecond: Object.fromEntries(supportedLocales.map((l) => [l, round(perLocale[l])])),
      bestRoundRendersPerSecond: best,
      allTenLocales: { productsPerSecond: round(allTenProducts), rendersPerSecond: round(allTenRenders) },
      peakRssMiB: rss,
    },
    ratios,
  },
  `\`npx tsx bench/localization/render.ts ${SECONDS} ${ROUNDS}\` — ${machine()}, one thread, ${PRODUCTS} seeded products rendered round-robin ` +
    `(title, bullets, long description, SEO keywords, labels; no machine translation), median of ${ROUNDS} interleaved ${SECONDS} s measurements after a warm-up pass (load average at start: ${LOAD}).\n\n` +
    `| locale | renders/s (median) | best round | vs en (median of per-round ratios) |\n|---|---:|---:|---:|\n${rows}\n| all ten of one product | ${round(allTenProducts)} products/s = ${round(allTenRenders)} renders/s | ${round(Math.max(...samples.all) * supportedLocales.length)} renders/s | ${ratios.allTen_renders_vs_en!.toFixed(2)} |\n\n` +
    `Peak RSS ${rss} MiB (stage budget: 256 MiB). The machine is shared (2 cores, several processes): absolute numbers move ` +
    `with its load (see the per-round samples in the JSON); the ratios, taken within each round, are the steadier figure.`,
);
