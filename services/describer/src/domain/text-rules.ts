import type { Attribute, NamedAttribute, PrintedText } from '@vitrine/contracts';
import type { OcrLineInput } from './ocr-line';
import { compileBrandList, detectBrand, type BrandRules } from './text-brand';
import { DEFAULT_BRAND_STOPWORDS, DEFAULT_FEATURE_KEYWORDS, DEFAULT_MATERIAL_KEYWORDS, type KeywordEntry } from './text-keywords';
import { compileKeyword, detectScript, hasCjk, type CompiledKeyword } from './text-match';
import { measuresInLine } from './text-measures';

/**
 * Offline rules over OCR text: what is printed on the product, turned into attributes without a model.
 *
 * Sources: named attributes read from the text (capacity, weight, brand from the brand list...) are `ocr`; values a
 * rule infers (a material or feature code from a keyword, a brand guessed from a logo-like line) are `rule`. Every
 * confidence is the OCR confidence of the line times how much the rule is trusted; a value printed several times
 * combines its occurrences (noisy-OR, capped at 0.99). Nothing is produced that the text does not state.
 */
export interface TextRuleConfig {
  /** Known brand names (the marketplace's brand registry). */
  brands?: readonly string[];
  /** Material codes and their keywords; default DEFAULT_MATERIAL_KEYWORDS. */
  materials?: readonly KeywordEntry[];
  /** Feature codes and their keywords; default DEFAULT_FEATURE_KEYWORDS. */
  features?: readonly KeywordEntry[];
  /** Words that are never a brand; default DEFAULT_BRAND_STOPWORDS. */
  brandStopWords?: readonly string[];
  /** Height of the image the boxes are in, for "near the top" (else the text block's extent is used). */
  imageHeight?: number;
  /** Lines read with a lower OCR confidence still appear as printed text, but no rule uses them. Default 0.5. */
  minLineConfidence?: number;
  /** At most this many distinct values per attribute name (a size chart lists many). Default 4. */
  maxValuesPerName?: number;
}

export interface TextRules {
  materials: ReadonlyArray<{ code: string; keywords: CompiledKeyword[] }>;
  features: ReadonlyArray<{ code: string; keywords: CompiledKeyword[] }>;
  brand: BrandRules;
  minLineConfidence: number;
  maxValuesPerName: number;
}

export interface TextRuleResult {
  /** brand, capacity, weight, size, dimensions, battery_life, battery_capacity, power, age_range. */
  attributes: NamedAttribute[];
  materials: Attribute[];
  features: Attribute[];
  /** Every OCR line, with its script. */
  printedText: PrintedText[];
}

/** Single CJK characters (棉, 竹, 铝) are short and occur inside other words: trusted less than a phrase. */
const keywordFactor = (k: CompiledKeyword): number => (k.cjk && [...k.keyword].length === 1 ? 0.75 : 0.9);
const clamp01 = (x: number) => Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const combine = (ps: number[]): number => round3(Math.min(0.99, 1 - ps.reduce((acc, p) => acc * (1 - p), 1)));

/** Compiles the rules once (the describer does it at start-up); `applyTextRules` is then cheap per image. */
export function compileTextRules(config: TextRuleConfig = {}): TextRules {
  const compile = (entries: readonly KeywordEntry[]) => entries.map((e) => ({ code: e.code, keywords: e.keywords.map(compileKeyword) }));
  const materials = compile(config.materials ?? DEFAULT_MATERIAL_KEYWORDS);
  const features = compile(config.features ?? DEFAULT_FEATURE_KEYWORDS);
  const keywordHit = (text: string) => [...materials, ...features].some((e) => e.keywords.some((k) => k.find(text) >= 0));
  return {
    materials,
    features,
    brand: {
      brands: compileBrandList(config.brands ?? []),
      stopWords: new Set((config.brandStopWords ?? DEFAULT_BRAND_STOPWORDS).map((w) => w.toLowerCase())),
      isInformational: (text) => measuresInLine(text).length > 0 || keywordHit(text),
      ...(config.imageHeight !== undefined ? { imageHeight: config.imageHeight } : {}),
    },
    minLineConfidence: config.minLineConfidence ?? 0.5,
    maxValuesPerName: config.maxValuesPerName ?? 4,
  };
}

function matchCodes(
  lines: readonly OcrLineInput[],
  entries: TextRules['materials'],
): Attribute[] {
  const hits = new Map<string, number[]>();
  const record = (code: string, p: number) => hits.set(code, [...(hits.get(code) ?? []), p]);
  for (const e of entries) {
    for (const l of lines) {
      const k = e.keywords.find((kw) => kw.find(l.text) >= 0);
      if (k) record(e.code, clamp01(l.confidence) * keywordFactor(k));
    }
    if (hits.has(e.code)) continue;
    // A phrase broken over two lines ("Noise" / "Cancelling"): adjacent Latin lines joined, weaker confidence.
    for (let i = 0; i + 1 < lines.length; i++) {
      const a = lines[i]!, b = lines[i + 1]!;
      if (hasCjk(a.text) || hasCjk(b.text)) continue;
      const k = e.keywords.find((kw) => !kw.cjk && kw.find(`${a.text} ${b.text}`) >= 0);
      if (k) record(e.code, Math.min(clamp01(a.confidence), clamp01(b.confidence)) * keywordFactor(k) * 0.8);
    }
  }
  return [...hits.entries()]
    .map(([code, ps]) => ({ code, confidence: combine(ps), source: 'rule' as const }))
    .sort((x, y) => y.confidence - x.confidence || (x.code < y.code ? -1 : 1));
}

export function applyTextRules(lines: readonly OcrLineInput[], rules: TextRules): TextRuleResult {
  const printedText: PrintedText[] = lines
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ text: l.text.trim(), language: detectScript(l.text), confidence: round3(clamp01(l.confidence)), box: [...l.box] }));
  const usable = lines.filter((l) => l.text.trim() !== '' && clamp01(l.confidence) >= rules.minLineConfidence);

  const named = new Map<string, { name: string; value: string; unit: string | null; ps: number[] }>();
  for (const l of usable) {
    for (const m of measuresInLine(l.text)) {
      const key = `${m.name}\u0000${m.value}\u0000${m.unit ?? ''}`;
      const entry = named.get(key) ?? { name: m.name, value: m.value, unit: m.unit, ps: [] };
      entry.ps.push(clamp01(l.confidence) * m.factor);
      named.set(key, entry);
    }
  }
  const perName = new Map<string, NamedAttribute[]>();
  for (const e of named.values()) {
    const list = perName.get(e.name) ?? [];
    list.push({ name: e.name, value: e.value, unit: e.unit, confidence: combine(e.ps), source: 'ocr' });
    perName.set(e.name, list);
  }
  const attributes: NamedAttribute[] = [];
  const brand = detectBrand(usable, rules.brand);
  if (brand) attributes.push(brand);
  for (const name of [...perName.keys()].sort()) {
    const list = perName.get(name)!.sort((x, y) => y.confidence - x.confidence || (x.value < y.value ? -1 : 1));
    attributes.push(...list.slice(0, rules.maxValuesPerName));
  }
  return {
    attributes,
    materials: matchCodes(usable, rules.materials),
    features: matchCodes(usable, rules.features),
    printedText,
  };
}

/** Convenience: compile and apply in one call (tests, one-off use). */
export const extractTextAttributes = (lines: readonly OcrLineInput[], config: TextRuleConfig = {}): TextRuleResult =>
  applyTextRules(lines, compileTextRules(config));

/**
 * Resolves the supplier's category hint to a taxonomy code through an injected resolver (the taxonomy's matcher).
 * The hint is what the supplier said, so the attribute's source is `hint`.
 */
export type CategoryResolver = (hint: string) => { code: string; confidence: number } | null;

export function resolveCategoryHint(hint: string | null | undefined, resolve: CategoryResolver): Attribute | null {
  const h = hint?.trim();
  if (!h) return null;
  const r = resolve(h);
  if (!r || !r.code) return null;
  return { code: r.code, confidence: round3(clamp01(r.confidence)), source: 'hint' };
}
