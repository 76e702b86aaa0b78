import type { Attribute, AttributeSource, NamedAttribute, ProductDescription } from '@vitrine/contracts';
import type { VlmOutput } from '@vitrine/describe-prompts';
import type { OcrLineInput } from './ocr-line';
import { applyTextRules, type TextRules } from './text-rules';

/**
 * Assembles the one ProductDescription from what was measured and, when a model server answered, what the model said.
 *
 * Merge policy (shared/DESIGN.md "The model": every attribute carries its source and confidence; nothing invented):
 * - Measured values win. Printed text (OCR) and measured colours are observations of this image; the model's reading
 *   of the same thing is a second opinion. Where the model agrees, the measured attribute keeps its source and gains
 *   confidence (noisy-OR of both). Where it disagrees, the measured value stays and the model's is dropped.
 * - Colours: the measured colours cover the whole foreground, so a model colour that was not measured contradicts the
 *   measurement, with one exception: the background colour, which measurement cannot see on the product (white
 *   parts of a sneaker on a white sweep). That one is kept as `vlm`, slightly discounted. When no foreground was
 *   found at all, the measurement separated nothing, so model colours are kept as `vlm`.
 * - Named attributes (brand, capacity...): a model value for a name the text also gives must match one of the printed
 *   values (compared without case, spaces or the split between value and unit) or it is dropped.
 * - Category: the supplier's hint stands; the model may only refine it to a descendant code (taxonomy codes are
 *   dotted paths) or confirm it.
 * - Materials, features: the text rules' codes, plus model-only codes (the text seldom lists everything).
 * - Styles, use scenes, free text: only the model gives them; they are kept with source `vlm`.
 * Every decision is recorded (`explainAssembly`) for logs and metrics.
 */
export interface MeasuredColors {
  /** Measured dominant colours (source "color"), largest share first. */
  colors: readonly Attribute[];
  /** The estimated background's vocabulary colour, if any. */
  background?: { code: string | null } | null;
  /** True when no foreground was found (the colours are the background's own). */
  backgroundOnly?: boolean;
}

export interface MergePolicy {
  /** Confidence given to a value only the model states (it gives none of its own). */
  vlmConfidence: number;
  /** Discount on a model colour equal to the background colour (it cannot be checked). */
  backgroundColorFactor: number;
  /** BCP 47 locale the model's free text was asked in. */
  freeTextLocale: string;
  /** True when `child` is a more specific taxonomy code than `parent`. */
  isRefinement(parent: string, child: string): boolean;
}

export const DEFAULT_MERGE_POLICY: Readonly<MergePolicy> = Object.freeze({
  vlmConfidence: 0.6,
  backgroundColorFactor: 0.8,
  freeTextLocale: 'en',
  isRefinement: (parent: string, child: string) => child.startsWith(`${parent}.`),
});

export interface AssembleInput {
  ocrLines: readonly OcrLineInput[];
  /** Measured colours, or null when the pixels were not available. */
  colors: MeasuredColors | null;
  /** The supplier hint resolved to a category (source "hint"), or null. */
  hintCategory: Attribute | null;
  /** The model's validated output, or null/absent offline. */
  vlm?: VlmOutput | null;
  /** Compiled text rules (compileTextRules). */
  rules: TextRules;
  policy?: Partial<MergePolicy>;
}

export type MergeAction = 'agreed' | 'added_vlm' | 'dropped_vlm_conflict' | 'refined_category' | 'free_text_mentions_dropped';

export interface MergeDecision {
  /** JSON pointer-like field name: "category", "colors", "attributes/brand"... */
  field: string;
  action: MergeAction;
  /** The model's value the decision is about. */
  value: string;
  /** The measured value it was compared with, when there was one. */
  measured?: string;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const agree = (a: number, b: number): number => round3(Math.min(0.99, 1 - (1 - a) * (1 - b)));
const norm = (s: string): string => s.toLowerCase().replace(/[\s._-]+/g, '');

/** Merges model codes into measured ones for one attribute family (see the policy above). */
function mergeCodes(
  field: string,
  measured: readonly Attribute[],
  vlmCodes: readonly string[],
  p: MergePolicy,
  decisions: MergeDecision[],
  conflictIfUnmeasured: { background: string | null } | null,
): Attribute[] {
  const out = measured.map((a) => ({ ...a }));
  const seen = new Set<string>();
  for (const code of vlmCodes) {
    if (seen.has(code)) continue;
    seen.add(code);
    const hit = out.find((a) => a.code === code);
    if (hit) {
      hit.confidence = agree(hit.confidence, p.vlmConfidence);
      decisions.push({ field, action: 'agreed', value: code, measured: code });
      continue;
    }
    if (conflictIfUnmeasured && measured.length > 0) {
      if (code === conflictIfUnmeasured.background) {
        out.push({ code, confidence: round3(p.vlmConfidence * p.backgroundColorFactor), source: 'vlm' });
        decisions.push({ field, action: 'added_vlm', value: code, measured: 'background' });
      } else {
        decisions.push({ field, action: 'dropped_vlm_conflict', value: code, measured: measured.map((m) => m.code).join(',') });
      }
      continue;
    }
    out.push({ code, confidence: round3(p.vlmConfidence), source: 'vlm' });
    decisions.push({ field, action: 'added_vlm', value: code });
  }
  return out;
}

function mergeCategory(hint: Attribute | null, vlm: string | null | undefined, p: MergePolicy, decisions: MergeDecision[]): Attribute | null {
  if (!vlm) return hint ? { ...hint } : null;
  if (!hint) {
    decisions.push({ field: 'category', action: 'added_vlm', value: vlm });
    return { code: vlm, confidence: round3(p.vlmConfidence), source: 'vlm' };
  }
  if (vlm === hint.code) {
    decisions.push({ field: 'category', action: 'agreed', value: vlm, measured: hint.code });
    return { ...hint, confidence: agree(hint.confidence, p.vlmConfidence) };
  }
  if (p.isRefinement(hint.code, vlm)) {
    decisions.push({ field: 'category', action: 'refined_category', value: vlm, measured: hint.code });
    return { code: vlm, confidence: round3(Math.min(hint.confidence, p.vlmConfidence)), source: 'vlm' };
  }
  decisions.push({ field: 'category', action: 'dropped_vlm_conflict', value: vlm, measured: hint.code });
  return { ...hint };
}

function mergeNamed(measured: readonly NamedAttribute[], vlm: VlmOutput['attributes'], p: MergePolicy, decisions: MergeDecision[]): NamedAttribute[] {
  const out = measured.map((a) => ({ ...a }));
  const key = (value: string, unit: string | null) => norm(`${value}${unit ?? ''}`);
  const seen = new Set<string>();
  for (const v of vlm) {
    const k = `${v.name}\u0000${key(v.value, v.unit)}`;
    if (seen.has(k) || v.value.trim() === '') continue;
    seen.add(k);
    const field = `attributes/${v.name}`;
    const sameName = out.filter((a) => a.name === v.name && a.source !== 'vlm');
    if (sameName.length === 0) {
      out.push({ name: v.name, value: v.value.trim(), unit: v.unit?.trim() || null, confidence: round3(p.vlmConfidence), source: 'vlm' });
      decisions.push({ field, action: 'added_vlm', value: v.value });
      continue;
    }
    const hit = sameName.find((a) => key(a.value, a.unit) === key(v.value, v.unit));
    if (hit) {
      hit.confidence = agree(hit.confidence, p.vlmConfidence);
      decisions.push({ field, action: 'agreed', value: v.value, measured: hit.value });
    } else {
      decisions.push({ field, action: 'dropped_vlm_conflict', value: `${v.value}${v.unit ? ` ${v.unit}` : ''}`, measured: sameName.map((a) => `${a.value}${a.unit ? ` ${a.unit}` : ''}`).join(',') });
    }
  }
  return out;
}

const vlmOnly = (codes: readonly string[], p: MergePolicy, source: AttributeSource = 'vlm'): Attribute[] =>
  [...new Set(codes)].map((code) => ({ code, confidence: round3(p.vlmConfidence), source }));

export function explainAssembly(input: AssembleInput): { description: ProductDescription; decisions: MergeDecision[] } {
  const p: MergePolicy = { ...DEFAULT_MERGE_POLICY, ...input.policy };
  const decisions: MergeDecision[] = [];
  const text = applyTextRules(input.ocrLines, input.rules);
  const vlm = input.vlm ?? null;
  const measuredColors = input.colors?.colors ?? [];
  const background = input.colors?.background?.code ?? null;

  // With no foreground found, the "measured" colour is the background's own and cannot contradict anything.
  const colorCheck = input.colors?.backgroundOnly ? null : { background };
  const colors = mergeCodes('colors', measuredColors, vlm?.colors ?? [], p, decisions, colorCheck);
  const description: ProductDescription = {
    category: mergeCategory(input.hintCategory, vlm?.category, p, decisions),
    colors,
    materials: mergeCodes('materials', text.materials, vlm?.materials ?? [], p, decisions, null),
    styles: vlmOnly(vlm?.styles ?? [], p),
    useScenes: vlmOnly(vlm?.useScenes ?? [], p),
    features: mergeCodes('features', text.features, vlm?.features ?? [], p, decisions, null),
    attributes: mergeNamed(text.attributes, vlm?.attributes ?? [], p, decisions),
    printedText: text.printedText,
    freeText: vlm
      ? {
          locale: p.freeTextLocale,
          title: vlm.title.trim() || null,
          sellingPoints: vlm.sellingPoints.map((s) => s.trim()).filter((s) => s !== ''),
          description: vlm.description.trim() || null,
        }
      : null,
  };
  // The model was told the measured colours; if its prose still names a colour we dropped, say so (the moderator or
  // a reviewer can act on it; the structured attributes are already right).
  if (description.freeText) {
    const prose = [description.freeText.title ?? '', ...description.freeText.sellingPoints, description.freeText.description ?? ''].join(' ');
    for (const d of decisions.filter((x) => x.field === 'colors' && x.action === 'dropped_vlm_conflict')) {
      const word = d.value.replace(/[_-]+/g, ' ');
      if (new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(prose)) {
        decisions.push({ field: 'freeText', action: 'free_text_mentions_dropped', value: d.value });
      }
    }
  }
  return { description, decisions };
}

/** The description alone (see explainAssembly for the decisions behind it). */
export const assembleDescription = (input: AssembleInput): ProductDescription => explainAssembly(input).description;
