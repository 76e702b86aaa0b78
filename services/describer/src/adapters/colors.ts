import { extractColors, type ColorExtractionOptions, type ColorVocabularyEntry } from '../domain/colors';
import type { MeasureColors } from '../ports';

/** Colour measurement on the CPU with the domain's extractor (a GPU implementation would sit behind the same port). */
export function createColorMeter(vocabulary: readonly ColorVocabularyEntry[], options: Partial<ColorExtractionOptions> = {}): MeasureColors {
  if (vocabulary.length === 0) throw new RangeError('the colour vocabulary is empty');
  return (image) => extractColors(image, vocabulary, options);
}
