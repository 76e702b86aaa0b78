// Test helpers shared by the preprocessor's unit and int tests (not used by the service itself).

import type { ProductDescription } from '@vitrine/contracts';

export const sampleDescription = (colour = 'red'): ProductDescription => ({
  category: { code: 'home.kitchen.mug', confidence: 0.9, source: 'hint' },
  colors: [{ code: colour, confidence: 0.8, source: 'color' }],
  materials: [],
  styles: [],
  useScenes: [],
  features: [],
  attributes: [],
  printedText: [],
  freeText: null,
});
