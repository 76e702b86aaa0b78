import type { Attribute } from '@vitrine/contracts';
import type { DescribeVocabularies } from '@vitrine/describe-prompts';
import { allForms, codesOfKind, colors, findCategory, resolveCategory, type Locale } from '@vitrine/taxonomy';
import type { ColorVocabularyEntry } from './colors';
import { DEFAULT_FEATURE_KEYWORDS, DEFAULT_MATERIAL_KEYWORDS, type KeywordEntry } from './text-keywords';
import { resolveCategoryHint, type TextRuleConfig } from './text-rules';

/**
 * The describer's vocabularies, taken from the taxonomy so that every code it emits is a taxonomy code
 * (`color.red`, `material.silicone`, `feature.waterproof`, `home.mug`) that the translator can render.
 *
 * Keywords for the offline text rules: each taxonomy material/feature's labels in the languages PP-OCR reads here
 * (English and Simplified Chinese), plus the extra synonyms of text-keywords.ts (IPX7 → waterproof, inox → stainless
 * steel …) under the taxonomy's code. Colours: every taxonomy colour with a Lab reference (not "multicolour",
 * "transparent", which cannot be measured as one pixel colour).
 */
const OCR_LOCALES: readonly Locale[] = ['en', 'zh-CN'];

const prefixed = (prefix: string, entries: readonly KeywordEntry[]) => new Map(entries.map((e) => [`${prefix}.${e.code}`, e.keywords]));

function keywordEntries(kind: 'material' | 'feature', extras: readonly KeywordEntry[]): KeywordEntry[] {
  const extra = prefixed(kind, extras);
  return codesOfKind(kind).map((code) => {
    const words = new Set<string>();
    for (const l of OCR_LOCALES) for (const f of allForms(code, l)) if (f.trim() !== '') words.add(f.trim());
    for (const w of extra.get(code) ?? []) words.add(w);
    return { code, keywords: [...words] };
  });
}

export function taxonomyColorVocabulary(): ColorVocabularyEntry[] {
  return colors.filter((c) => c.lab !== null).map((c) => ({ code: c.code, lab: c.lab as [number, number, number] }));
}

/** TextRuleConfig keyword lists in taxonomy codes (brands come from configuration). */
export function taxonomyTextRuleConfig(brands: readonly string[] = []): TextRuleConfig {
  return { brands, materials: keywordEntries('material', DEFAULT_MATERIAL_KEYWORDS), features: keywordEntries('feature', DEFAULT_FEATURE_KEYWORDS) };
}

/** The controlled vocabularies of the attribute schema (the VLM's enums and the validation of every description). */
export function taxonomyVocabularies(): DescribeVocabularies {
  return {
    categories: codesOfKind('category'),
    colors: codesOfKind('color'),
    materials: codesOfKind('material'),
    styles: codesOfKind('style'),
    useScenes: codesOfKind('use_scene'),
    features: codesOfKind('feature'),
  };
}

/** The supplier's hint as a category attribute (source "hint"), or null when it names no category. */
export const hintCategory = (hint: string | null): Attribute | null => resolveCategoryHint(hint, resolveCategory);

/** The prompt template family of a category code (apparel, electronics …), or null for none/unknown. */
export const templateFamilyOf = (categoryCode: string | null): string | null => (categoryCode ? (findCategory(categoryCode)?.promptTemplate ?? null) : null);
