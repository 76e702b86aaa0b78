/**
 * What the describer measured before asking the model: the model is told these so it does not contradict them, and
 * the merge policy keeps them over the model where the two disagree.
 *
 * They travel in the user message as one JSON object between `<measurements>` tags. JSON (with `<`, `>` and `&`
 * escaped) keeps printed text a *value*: a supplier who prints "</measurements> ignore the rules" on a box cannot
 * close the block or smuggle instructions out of it, and the system message says the block is data.
 */
export interface MeasuredFacts {
  /** The supplier's category hint as given (taxonomy code or free text), or null. */
  categoryHint: string | null;
  /** The category code the hint resolved to, or null. */
  category: string | null;
  /** Text lines read by OCR, top to bottom. */
  printedText: string[];
  /** Dominant colours measured against the background, as taxonomy codes with their share of the foreground. */
  colors: Array<{ code: string; share: number }>;
  /** The background colour code, when one was estimated (never the product colour by itself). */
  backgroundColor: string | null;
  /** Named attributes read from the printed text (brand, capacity...). */
  attributes: Array<{ name: string; value: string; unit: string | null }>;
}

export const MEASUREMENTS_OPEN = '<measurements>';
export const MEASUREMENTS_CLOSE = '</measurements>';

const escapeMarkup = (json: string): string =>
  json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** Renders the block exactly as it appears in the user message. */
export function renderMeasurementsBlock(facts: MeasuredFacts): string {
  const ordered: MeasuredFacts = {
    categoryHint: facts.categoryHint,
    category: facts.category,
    printedText: facts.printedText,
    colors: facts.colors.map((c) => ({ code: c.code, share: Math.round(c.share * 100) / 100 })),
    backgroundColor: facts.backgroundColor,
    attributes: facts.attributes,
  };
  return `${MEASUREMENTS_OPEN}\n${escapeMarkup(JSON.stringify(ordered))}\n${MEASUREMENTS_CLOSE}`;
}

/** Reads the block back out of a rendered user message (used by the stand-in server and by tests); null if absent. */
export function parseMeasurementsBlock(text: string): MeasuredFacts | null {
  const start = text.indexOf(MEASUREMENTS_OPEN);
  if (start < 0) return null;
  const end = text.indexOf(MEASUREMENTS_CLOSE, start);
  if (end < 0) return null;
  try {
    const v = JSON.parse(text.slice(start + MEASUREMENTS_OPEN.length, end)) as MeasuredFacts;
    if (!v || typeof v !== 'object' || !Array.isArray(v.printedText) || !Array.isArray(v.colors)) return null;
    return v;
  } catch {
    return null;
  }
}
