// Public API of @vitrine/moderation: rule packs, the evasion-robust rule engine, the routing policy and verdicts,
// and the corpus evaluation. Pure: no I/O, no infrastructure packages.
export { FAMILIES } from './types';
export type { Family, RuleSpec, RulePack, RuleException, BrandSpec } from './types';
export { createRuleEngine, languageOf } from './engine';
export type { RuleEngine, RuleEngineOptions, CheckOptions } from './engine';
export { normalizeText } from './normalize';
export type { NormalizedText } from './normalize';
export { DEFAULT_PACKS, crossPack, enPack, dePack, frPack, esPack, jaPack, zhCNPack } from './packs/index';
export { DEFAULT_BRANDS, brandRules } from './packs/brands';
export { parseModerationPolicy, authorisedBrandsFor, PolicyError } from './policy';
export type { ModerationPolicy, ModerationPolicyInput } from './policy';
export { scanContent, contentFields } from './scan';
export type { ScanInput, ContentField } from './scan';
export { decideVerdict, REASON_CODES } from './verdict';
export type { VerdictInput, ReasonCode } from './verdict';
export { engineFor, moderateContent } from './moderate';
export type { ModerateContentInput } from './moderate';
export { evaluateCorpus, parseCorpusLine, formatReport, formatMismatches } from './evaluate';
export type { CorpusItem, EvaluationReport, FamilyRow, ItemOutcome, Metrics } from './evaluate';
