import type { Attribute, ProductDescription } from '@vitrine/contracts';
import { descriptionCodeFields, findCategory, normalizeCode } from '@vitrine/taxonomy';

/** A description the translator cannot render faithfully. Poison: redelivering it will never help. */
export class InvalidDescriptionError extends Error {
  override readonly name = 'InvalidDescriptionError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid description: ${problems.join('; ')}`);
  }
}

const confidenceProblem = (path: string, a: { confidence: number }): string | null =>
  Number.isFinite(a.confidence) && a.confidence >= 0 && a.confidence <= 1 ? null : `${path}.confidence must be within [0, 1], got ${a.confidence}`;

function isWellFormedTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * Every problem of a description, each with its JSON path, before any machine-translation call is spent on it:
 * codes the taxonomy does not hold (rendering would fail), confidences outside [0, 1], named attributes without a
 * name or value, and a free-text locale that is not a BCP 47 tag. Empty when the description is valid.
 */
export function descriptionProblems(d: ProductDescription): string[] {
  const problems: string[] = [];
  const check = (path: string, a: Attribute) => {
    const c = confidenceProblem(path, a);
    if (c) problems.push(c);
  };
  if (d.category) {
    if (!findCategory(d.category.code.trim())) problems.push(`/category: unknown category code "${d.category.code}"`);
    check('/category', d.category);
  }
  for (const [field, kind] of Object.entries(descriptionCodeFields) as Array<[keyof typeof descriptionCodeFields, (typeof descriptionCodeFields)[keyof typeof descriptionCodeFields]]>) {
    d[field].forEach((a, i) => {
      if (!normalizeCode(kind, a.code)) problems.push(`/${field}/${i}: unknown ${kind} code "${a.code}"`);
      check(`/${field}/${i}`, a);
    });
  }
  d.attributes.forEach((a, i) => {
    if (a.name.trim() === '') problems.push(`/attributes/${i}: empty name`);
    if (a.value.trim() === '') problems.push(`/attributes/${i} (${a.name}): empty value`);
    const c = confidenceProblem(`/attributes/${i}`, a);
    if (c) problems.push(c);
  });
  if (d.freeText && !isWellFormedTag(d.freeText.locale.trim())) problems.push(`/freeText/locale: "${d.freeText.locale}" is not a BCP 47 language tag`);
  return problems;
}

export function assertValidDescription(d: ProductDescription): void {
  const problems = descriptionProblems(d);
  if (problems.length > 0) throw new InvalidDescriptionError(problems);
}
