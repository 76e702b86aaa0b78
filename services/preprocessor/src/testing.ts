// Test helpers shared by the preprocessor's unit and int tests (not used by the service itself).

import type { ProductDescription } from '@vitrine/contracts';
import { emptyDescription } from '@vitrine/contracts/testing';

export const sampleDescription = (colour = 'red'): ProductDescription =>
  emptyDescription({ category: { code: 'home.kitchen.mug', confidence: 0.9, source: 'hint' }, colors: [{ code: colour, confidence: 0.8, source: 'color' }] });
