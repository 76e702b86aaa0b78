import type { DescriptionGenerated, ImagePreprocessed } from '@vitrine/contracts';
import type { AttributeSchema, PromptInput, VlmOutput } from '@vitrine/describe-prompts';
import { explainAssembly, type MergeDecision } from './assemble';
import type { ColorAnalysis } from './colors';
import { buildDescriptionGenerated, type DescribingModel } from './describe-event';
import type { OcrLineInput } from './ocr-line';
import { applyTextRules, type TextRules } from './text-rules';
import { validateDescription } from './validate';
import { hintCategory } from './vocabulary';

/**
 * One image, from its measurements (and the model's answer, when there is one) to its DescriptionGenerated event.
 * Pure: the stage gathers OCR lines, colours and the model output through its ports and calls this.
 */
export interface ImageMeasurements {
  ocrLines: readonly OcrLineInput[];
  colors: ColorAnalysis;
}

/** What the offline path records as its "prompt template": the rule set that produced the description. */
export const OFFLINE_TEMPLATE = Object.freeze({ id: 'offline.ocr-color-rules', version: '1.0.0' });

/** The measured facts, as the VLM prompt's measurement block wants them. */
export function promptInputFor(input: ImagePreprocessed, m: ImageMeasurements, rules: TextRules, locale: string): PromptInput {
  const text = applyTextRules(m.ocrLines, rules);
  return {
    category: hintCategory(input.context.categoryHint)?.code ?? null,
    categoryHint: input.context.categoryHint,
    printedText: text.printedText.map((p) => p.text),
    colors: m.colors.measured.map((c) => ({ code: c.code, share: c.share })),
    backgroundColor: m.colors.background.code,
    attributes: text.attributes.map((a) => ({ name: a.name, value: a.value, unit: a.unit })),
    locale,
  };
}

export interface DescribeImageArgs {
  input: ImagePreprocessed;
  measured: ImageMeasurements;
  /** The model's validated output; null offline. */
  vlm: VlmOutput | null;
  rules: TextRules;
  schema: AttributeSchema;
  /** The model, version and template that produced this description. */
  model: DescribingModel;
  timings: Readonly<Record<string, number>>;
  now: number;
  producer: string;
  freeTextLocale?: string;
}

export type DescribeImageResult =
  | { ok: true; event: DescriptionGenerated; decisions: MergeDecision[] }
  /** The assembled description broke the attribute schema: a bug in rules or merge, never published. */
  | { ok: false; errors: string[] };

export function describeImage(a: DescribeImageArgs): DescribeImageResult {
  const { description, decisions } = explainAssembly({
    ocrLines: a.measured.ocrLines,
    colors: { colors: a.measured.colors.colors, background: { code: a.measured.colors.background.code }, backgroundOnly: a.measured.colors.backgroundOnly },
    hintCategory: hintCategory(a.input.context.categoryHint),
    vlm: a.vlm,
    rules: a.rules,
    ...(a.freeTextLocale ? { policy: { freeTextLocale: a.freeTextLocale } } : {}),
  });
  const validation = validateDescription(description, a.schema);
  if (!validation.ok) return { ok: false, errors: validation.errors };
  return { ok: true, event: buildDescriptionGenerated(a.input, description, a.model, a.timings, a.now, a.producer), decisions };
}
