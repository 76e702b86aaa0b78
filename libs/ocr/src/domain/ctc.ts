/**
 * Greedy CTC decoding (Graves et al. 2006, "Connectionist Temporal Classification"): take the most
 * likely class per time step, merge repeats, drop blanks. PP-OCR recognisers put the blank at class 0
 * and the dictionary characters at 1..n (plus a trailing space when use_space_char is on).
 */
export interface DecodedText {
  readonly text: string;
  /** Mean of the per-character probabilities; 0 for an empty result. */
  readonly confidence: number;
  /** Probability of each emitted character (one per code point of `text`). */
  readonly charConfidences: readonly number[];
}

/**
 * @param probs  softmax output, `steps x classes`, row-major, starting at `offset`
 * @param charset characters for classes 1..classes-1 (class 0 is the blank)
 */
export function ctcGreedyDecode(probs: Float32Array, steps: number, classes: number, charset: readonly string[], offset = 0): DecodedText {
  if (charset.length !== classes - 1) throw new RangeError(`charset has ${charset.length} characters, the model has ${classes - 1} non-blank classes`);
  const chars: string[] = [];
  const confidences: number[] = [];
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    const row = offset + t * classes;
    let best = 0;
    let bestP = probs[row] as number;
    for (let c = 1; c < classes; c++) {
      const p = probs[row + c] as number;
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== 0 && best !== previous) {
      chars.push(charset[best - 1] as string);
      confidences.push(bestP);
    }
    previous = best;
  }
  const confidence = confidences.length === 0 ? 0 : confidences.reduce((a, b) => a + b, 0) / confidences.length;
  return { text: chars.join(''), confidence, charConfidences: confidences };
}

/**
 * PaddleOCR dictionary files list one character per line; PP-OCRv4 Chinese/English models append a
 * space as the last class (use_space_char=True), so the class count is lines + 2 (blank + space).
 */
export function parseDictionary(text: string, appendSpace = true): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return appendSpace ? [...lines, ' '] : lines;
}
