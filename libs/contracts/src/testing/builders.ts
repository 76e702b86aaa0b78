// Test-side builders for the payload shapes many tests need; each test overrides only what it is about.
import type { LocalizedContent, ProductDescription } from '../generated/events';

/** A description with nothing measured (what the describer emits for a blank image), plus the test's overrides. */
export const emptyDescription = (over: Partial<ProductDescription> = {}): ProductDescription => ({
  category: null,
  colors: [],
  materials: [],
  styles: [],
  useScenes: [],
  features: [],
  attributes: [],
  printedText: [],
  freeText: null,
  ...over,
});

/** A LocalizedContent with only a title, plus the test's overrides. */
export const localizedContent = (locale: string, title: string, over: Partial<LocalizedContent> = {}): LocalizedContent => ({
  locale,
  title,
  bullets: [],
  longDescription: '',
  seoKeywords: [],
  attributeLabels: {},
  freeTextStatus: 'none',
  ...over,
});
