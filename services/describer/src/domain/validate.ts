import type { Attribute, NamedAttribute, ProductDescription } from '@vitrine/contracts';
import { DEFAULT_ATTRIBUTE_NAMES, OUTPUT_LIMITS, type AttributeSchema } from '@vitrine/describe-prompts';

/**
 * Checks a ProductDescription against the attribute schema before it is published: codes from the vocabularies the
 * schema was built with, confidences in [0,1], known sources and attribute names, well-formed printed text and free
 * text. A description that fails is a bug upstream (rules or merge), not a model error: the model's own output was
 * already validated by the adapter.
 */
export interface DescriptionValidation {
  ok: boolean;
  /** One line per problem: `<JSON pointer>: <what is wrong>`. */
  errors: string[];
}

const SOURCES = new Set(['ocr', 'color', 'hint', 'rule', 'vlm', 'operator']);

const isConfidence = (c: unknown): boolean => typeof c === 'number' && Number.isFinite(c) && c >= 0 && c <= 1;

export function validateDescription(d: ProductDescription, schema: AttributeSchema): DescriptionValidation {
  const errors: string[] = [];
  const vocab = schema.vocabularies;

  const checkAttribute = (path: string, a: Attribute, codes: readonly string[] | undefined) => {
    if (typeof a.code !== 'string' || a.code.trim() === '') errors.push(`${path}/code: empty code`);
    else if (codes && !codes.includes(a.code)) errors.push(`${path}/code: "${a.code}" is not in the vocabulary`);
    if (!isConfidence(a.confidence)) errors.push(`${path}/confidence: ${a.confidence} is not in [0,1]`);
    if (!SOURCES.has(a.source)) errors.push(`${path}/source: unknown source "${a.source}"`);
  };
  const checkFamily = (field: 'colors' | 'materials' | 'styles' | 'useScenes' | 'features', codes: readonly string[] | undefined) => {
    const seen = new Set<string>();
    d[field].forEach((a, i) => {
      checkAttribute(`/${field}/${i}`, a, codes);
      if (seen.has(a.code)) errors.push(`/${field}/${i}/code: "${a.code}" appears twice`);
      seen.add(a.code);
    });
  };

  if (d.category !== null) checkAttribute('/category', d.category, vocab.categories);
  checkFamily('colors', vocab.colors);
  checkFamily('materials', vocab.materials);
  checkFamily('styles', vocab.styles);
  checkFamily('useScenes', vocab.useScenes);
  checkFamily('features', vocab.features);

  const names: readonly string[] = vocab.attributeNames ?? DEFAULT_ATTRIBUTE_NAMES;
  d.attributes.forEach((a: NamedAttribute, i) => {
    const path = `/attributes/${i}`;
    if (!names.includes(a.name)) errors.push(`${path}/name: "${a.name}" is not an attribute name`);
    if (typeof a.value !== 'string' || a.value.trim() === '') errors.push(`${path}/value: empty value`);
    else if ([...a.value].length > OUTPUT_LIMITS.attributeValueChars) errors.push(`${path}/value: longer than ${OUTPUT_LIMITS.attributeValueChars} characters`);
    if (a.unit !== null && (typeof a.unit !== 'string' || a.unit.trim() === '')) errors.push(`${path}/unit: empty unit (use null)`);
    if (!isConfidence(a.confidence)) errors.push(`${path}/confidence: ${a.confidence} is not in [0,1]`);
    if (!SOURCES.has(a.source)) errors.push(`${path}/source: unknown source "${a.source}"`);
  });

  d.printedText.forEach((p, i) => {
    const path = `/printedText/${i}`;
    if (typeof p.text !== 'string' || p.text.trim() === '') errors.push(`${path}/text: empty text`);
    if (!isConfidence(p.confidence)) errors.push(`${path}/confidence: ${p.confidence} is not in [0,1]`);
    if (!Array.isArray(p.box) || p.box.length !== 8 || p.box.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
      errors.push(`${path}/box: expected 8 finite numbers`);
    }
  });

  const ft = d.freeText;
  if (ft !== null) {
    if (typeof ft.locale !== 'string' || ft.locale.trim() === '') errors.push('/freeText/locale: empty locale');
    if (ft.title !== null && [...ft.title].length > OUTPUT_LIMITS.titleChars) errors.push(`/freeText/title: longer than ${OUTPUT_LIMITS.titleChars} characters`);
    if (ft.sellingPoints.length > OUTPUT_LIMITS.sellingPoints) errors.push(`/freeText/sellingPoints: more than ${OUTPUT_LIMITS.sellingPoints} items`);
    ft.sellingPoints.forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '') errors.push(`/freeText/sellingPoints/${i}: empty`);
      else if ([...s].length > OUTPUT_LIMITS.sellingPointChars) errors.push(`/freeText/sellingPoints/${i}: longer than ${OUTPUT_LIMITS.sellingPointChars} characters`);
    });
    if (ft.description !== null && [...ft.description].length > OUTPUT_LIMITS.descriptionChars) {
      errors.push(`/freeText/description: longer than ${OUTPUT_LIMITS.descriptionChars} characters`);
    }
  }
  return { ok: errors.length === 0, errors };
}
