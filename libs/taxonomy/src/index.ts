export { taxonomyVersion } from './version';
export { supportedLocales, genderedLocales, isSupportedLocale, canonicalLocale, matchLocale, type Locale } from './locales';
export { parseNoun, agreeGerman, agreeDutch, agreeRomance, type Gender, type GrammaticalNumber, type Noun, type Forms } from './grammar';
export { categories, type CategoryDef, type PromptTemplateFamily, type RegulatedReason, type AttributeKey } from './data/categories';
export { colors, type ColorDef } from './data/colors';
export { materials, type MaterialDef } from './data/materials';
export { features, type FeatureDef } from './data/features';
export { styles, useScenes, groups, attributeNames, patterns, fits, targetUsers, type SimpleEntry } from './data/simple-vocabularies';
export {
  UnknownCodeError,
  allCodes,
  codesOfKind,
  kindOf,
  normalizeCode,
  label,
  displayLabel,
  capitalizeFirst,
  category,
  findCategory,
  categoryNoun,
  colorDef,
  colorAdjective,
  materialAttributive,
  featureApposition,
  allForms,
  descriptionCodeFields,
  type CodeKind,
} from './vocabulary';
export { resolveCategory, foldForMatch, type CategoryResolution, type CategoryMatch } from './resolve-category';
export { srgbToLab, hexToLab, parseHex, deltaE2000, type Lab } from './color-science';
export { nearestColors, type ColorMatch } from './color-match';
