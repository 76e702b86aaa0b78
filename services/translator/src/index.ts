export { createTranslatorStage, POISON_REASONS, TRANSLATOR_VERSION, type TranslatorStageOptions } from './stage';
export { composeTranslator } from './compose';
export { parseTranslatorConfig, type TranslatorConfig } from './config';
export type { TranslatorPorts } from './ports';
export { translateDescription, TRANSLATOR_STAGE, NO_SOURCE_LOCALE, type TranslationResult } from './domain/translate-description';
export { targetLocalesFor, MARKET_DEFAULT_LOCALES, FALLBACK_LOCALES } from './domain/target-locales';
export { descriptionProblems, InvalidDescriptionError } from './domain/validate-description';
export { createLlmTranslator, type LlmTranslatorConfig } from './adapters/llm-translator';
export { createLibreTranslator, type LibreTranslateConfig } from './adapters/libretranslate';
