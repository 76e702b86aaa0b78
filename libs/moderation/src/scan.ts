import type { LocalizedContent, ProductDescription, RuleHit } from '@vitrine/contracts';
import type { RuleEngine } from './engine';

/** What a description shows a buyer, in every locale, plus the source text it was rendered from. */
export interface ScanInput {
  readonly locales: readonly LocalizedContent[];
  /** When given, printed text (OCR), the free text and named attribute values are checked too. */
  readonly description?: ProductDescription | null;
  /** Locale for description fields that carry none (attribute values, printed text without a language). */
  readonly sourceLocale?: string;
  /** Brand ids this supplier is authorised for (see `authorisedBrandsFor`). */
  readonly authorisedBrands?: ReadonlySet<string>;
}

/** One buyer-visible text of a locale's content, named as rule hits name their field. */
export interface ContentField {
  readonly field: string;
  readonly text: string;
}

/**
 * Every text field of one locale's content, in order: "title", "bullets[i]", "longDescription", "seoKeywords[i]".
 * The one place these names are spelled: a model classifier's findings are matched back to the texts by them.
 */
export function* contentFields(c: LocalizedContent): Generator<ContentField> {
  yield { field: 'title', text: c.title };
  for (const [i, b] of c.bullets.entries()) yield { field: `bullets[${i}]`, text: b };
  yield { field: 'longDescription', text: c.longDescription };
  for (const [i, k] of c.seoKeywords.entries()) yield { field: `seoKeywords[${i}]`, text: k };
}

/** OCR reports bare languages ("zh"); the packs are keyed by language, so this only needs a usable tag. */
const printedLocale = (language: string | null, fallback: string): string => (language && language.trim() !== '' ? language : fallback);

/**
 * Every rule hit in every text field. Field names: "title", "bullets[i]", "longDescription", "seoKeywords[i]" for a
 * locale's content; "description.printedText[i]", "description.freeText.title", "description.freeText.sellingPoints[i]",
 * "description.freeText.description", "description.attributes[i].value" for the source. Spans index the field's
 * string. Taxonomy labels (`attributeLabels`) are controlled vocabulary and are not scanned.
 */
export function scanContent(engine: RuleEngine, input: ScanInput): RuleHit[] {
  const hits: RuleHit[] = [];
  const authorisedBrands = input.authorisedBrands;
  const run = (text: string | null | undefined, locale: string, field: string): void => {
    if (!text) return;
    for (const h of engine.check(text, { locale, field, authorisedBrands })) hits.push(h);
  };
  for (const c of input.locales) for (const { field, text } of contentFields(c)) run(text, c.locale, field);
  const d = input.description;
  if (d) {
    const src = input.sourceLocale ?? input.locales[0]?.locale ?? 'en';
    d.printedText.forEach((p, i) => run(p.text, printedLocale(p.language, src), `description.printedText[${i}]`));
    if (d.freeText) {
      const ft = d.freeText;
      run(ft.title, ft.locale, 'description.freeText.title');
      ft.sellingPoints.forEach((s, i) => run(s, ft.locale, `description.freeText.sellingPoints[${i}]`));
      run(ft.description, ft.locale, 'description.freeText.description');
    }
    d.attributes.forEach((a, i) => run(a.value, src, `description.attributes[${i}].value`));
  }
  return hits;
}
