// Generated from schemas/*.avsc by `npm run codegen`. Do not edit: change the schema and regenerate.

/** An operator corrected attributes; feeds the fine-tuning dataset export. */
export interface DescriptionCorrected {
  /** Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id. */
  eventId: string;
  /** eventId of the event that caused this one (null for events that enter the system). */
  causationId: null | string;
  /** Id shared by every event descended from one upload; carried into logs. */
  correlationId: string;
  /** Product id; also the Kafka message key, so a product's events stay ordered on one partition. */
  productId: string;
  /** When the event happened (UTC). */
  occurredAt: number;
  /** Emitting service and its version, e.g. "preprocessor@0.1.0". */
  producer: string;
  moderatedEventId: string;
  reviewer: string;
  imageId: string;
  /** Describer model id, e.g. "offline-ocr-color" or "glm-4.6v-flash". */
  modelId: string;
  /** Model (and LoRA) version; replays pin a new one. */
  modelVersion: string;
  promptTemplateId: string;
  promptTemplateVersion: string;
  corrections: Array<Correction>;
  /** The description after the corrections. */
  description: ProductDescription;
}

export interface Correction {
  /** JSON pointer into the description, e.g. "/colors/0/code". */
  path: string;
  before: null | string;
  after: null | string;
}

/** The single semantic source every locale is rendered from. */
export interface ProductDescription {
  category: null | Attribute;
  colors: Array<Attribute>;
  materials: Array<Attribute>;
  styles: Array<Attribute>;
  useScenes: Array<Attribute>;
  features: Array<Attribute>;
  attributes: Array<NamedAttribute>;
  printedText: Array<PrintedText>;
  freeText: null | FreeText;
}

/** A controlled-vocabulary value (taxonomy code) with its confidence and source. */
export interface Attribute {
  code: string;
  confidence: number;
  source: AttributeSource;
}

/** Where a value came from. */
export type AttributeSource = 'ocr' | 'color' | 'hint' | 'rule' | 'vlm' | 'operator';

/** A measured or read attribute such as brand, capacity, size, weight or model number. */
export interface NamedAttribute {
  name: string;
  value: string;
  /** Unit of value, e.g. "ml", "g", "h". */
  unit: null | string;
  confidence: number;
  source: AttributeSource;
}

/** A line of text printed on the product, as read by OCR. */
export interface PrintedText {
  text: string;
  /** Detected script/language, e.g. "en", "zh". */
  language: null | string;
  confidence: number;
  /** Quadrilateral x1,y1,...,x4,y4 in model-derivative pixels. */
  box: Array<number>;
}

/** Free text from a vision-language model, in its source locale. */
export interface FreeText {
  locale: string;
  title: null | string;
  sellingPoints: Array<string>;
  description: null | string;
}

/** A structured description was generated (or reused from the near-duplicate cache). */
export interface DescriptionGenerated {
  /** Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id. */
  eventId: string;
  /** eventId of the event that caused this one (null for events that enter the system). */
  causationId: null | string;
  /** Id shared by every event descended from one upload; carried into logs. */
  correlationId: string;
  /** Product id; also the Kafka message key, so a product's events stay ordered on one partition. */
  productId: string;
  /** When the event happened (UTC). */
  occurredAt: number;
  /** Emitting service and its version, e.g. "preprocessor@0.1.0". */
  producer: string;
  imageId: string;
  derivativeUri: null | string;
  /** Describer model id, e.g. "offline-ocr-color" or "glm-4.6v-flash". */
  modelId: string;
  /** Model (and LoRA) version; replays pin a new one. */
  modelVersion: string;
  promptTemplateId: string;
  promptTemplateVersion: string;
  cached: boolean;
  /** Image whose description was reused, when cached. */
  cacheSourceImageId: null | string;
  description: ProductDescription;
  context: UploadContext;
  timingsMs: Record<string, number>;
}

/** What the supplier told us at upload; carried along so every stage is self-contained. */
export interface UploadContext {
  supplierId: string;
  /** Marketplace/market code, e.g. "DE", "FR", "JP". */
  market: string;
  /** Supplier category hint (taxonomy code or free text). */
  categoryHint: null | string;
  /** BCP 47 locales to render, e.g. ["en","de","zh-CN"]. */
  targetLocales: Array<string>;
  /** Price in minor units of currency (cents). */
  priceMinor: null | number;
  /** ISO 4217 currency code. */
  currency: null | string;
}

/** Every locale was checked against the rule packs and the routing policy. */
export interface DescriptionModerated {
  /** Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id. */
  eventId: string;
  /** eventId of the event that caused this one (null for events that enter the system). */
  causationId: null | string;
  /** Id shared by every event descended from one upload; carried into logs. */
  correlationId: string;
  /** Product id; also the Kafka message key, so a product's events stay ordered on one partition. */
  productId: string;
  /** When the event happened (UTC). */
  occurredAt: number;
  /** Emitting service and its version, e.g. "preprocessor@0.1.0". */
  producer: string;
  imageId: string;
  /** Describer model id, e.g. "offline-ocr-color" or "glm-4.6v-flash". */
  modelId: string;
  /** Model (and LoRA) version; replays pin a new one. */
  modelVersion: string;
  promptTemplateId: string;
  promptTemplateVersion: string;
  description: ProductDescription;
  context: UploadContext;
  taxonomyVersion: string;
  locales: Array<LocalizedContent>;
  verdict: ModerationVerdict;
}

/** One locale rendered from the structured description. */
export interface LocalizedContent {
  locale: string;
  title: string;
  bullets: Array<string>;
  longDescription: string;
  seoKeywords: Array<string>;
  /** Taxonomy code -> localized label, for every code in the description. */
  attributeLabels: Record<string, string>;
  /** none: no free text; source_only: kept in its source locale (no translator); translated. */
  freeTextStatus: FreeTextStatus;
}

export type FreeTextStatus = 'none' | 'source_only' | 'translated';

export interface ModerationVerdict {
  status: VerdictStatus;
  reasons: Array<VerdictReason>;
  hits: Array<RuleHit>;
  policyVersion: string;
}

export type VerdictStatus = 'approved' | 'needs_review' | 'rejected';

export interface VerdictReason {
  /** e.g. "hard_violation", "soft_violation", "price_above_threshold", "regulated_category", "low_confidence". */
  code: string;
  message: string;
}

export interface RuleHit {
  ruleId: string;
  family: string;
  severity: Severity;
  locale: string;
  field: string;
  start: number;
  end: number;
  matched: string;
}

export type Severity = 'hard' | 'soft';

/** The catalog-ready description of a product in every target locale. Downstream indexers consume this. */
export interface DescriptionPublished {
  /** Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id. */
  eventId: string;
  /** eventId of the event that caused this one (null for events that enter the system). */
  causationId: null | string;
  /** Id shared by every event descended from one upload; carried into logs. */
  correlationId: string;
  /** Product id; also the Kafka message key, so a product's events stay ordered on one partition. */
  productId: string;
  /** When the event happened (UTC). */
  occurredAt: number;
  /** Emitting service and its version, e.g. "preprocessor@0.1.0". */
  producer: string;
  imageId: string;
  /** Describer model id, e.g. "offline-ocr-color" or "glm-4.6v-flash". */
  modelId: string;
  /** Model (and LoRA) version; replays pin a new one. */
  modelVersion: string;
  promptTemplateId: string;
  promptTemplateVersion: string;
  description: ProductDescription;
  context: UploadContext;
  taxonomyVersion: string;
  locales: Array<LocalizedContent>;
  moderation: ModerationProvenance;
  review: null | ReviewProvenance;
}

export interface ModerationProvenance {
  status: string;
  policyVersion: string;
  moderatedEventId: string;
  reasons: Array<string>;
}

export interface ReviewProvenance {
  reviewer: string;
  decision: string;
  reviewedEventId: string;
  reviewedAt: number;
}

/** An operator decided on a description that needed review. */
export interface DescriptionReviewed {
  /** Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id. */
  eventId: string;
  /** eventId of the event that caused this one (null for events that enter the system). */
  causationId: null | string;
  /** Id shared by every event descended from one upload; carried into logs. */
  correlationId: string;
  /** Product id; also the Kafka message key, so a product's events stay ordered on one partition. */
  productId: string;
  /** When the event happened (UTC). */
  occurredAt: number;
  /** Emitting service and its version, e.g. "preprocessor@0.1.0". */
  producer: string;
  moderatedEventId: string;
  reviewer: string;
  decision: ReviewDecision;
  note: null | string;
  imageId: string;
  /** Describer model id, e.g. "offline-ocr-color" or "glm-4.6v-flash". */
  modelId: string;
  /** Model (and LoRA) version; replays pin a new one. */
  modelVersion: string;
  promptTemplateId: string;
  promptTemplateVersion: string;
  description: ProductDescription;
  context: UploadContext;
  taxonomyVersion: string;
  locales: Array<LocalizedContent>;
}

export type ReviewDecision = 'approved' | 'rejected' | 'corrected';

/** Every target locale was rendered from the structured description. */
export interface DescriptionTranslated {
  /** Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id. */
  eventId: string;
  /** eventId of the event that caused this one (null for events that enter the system). */
  causationId: null | string;
  /** Id shared by every event descended from one upload; carried into logs. */
  correlationId: string;
  /** Product id; also the Kafka message key, so a product's events stay ordered on one partition. */
  productId: string;
  /** When the event happened (UTC). */
  occurredAt: number;
  /** Emitting service and its version, e.g. "preprocessor@0.1.0". */
  producer: string;
  imageId: string;
  /** Describer model id, e.g. "offline-ocr-color" or "glm-4.6v-flash". */
  modelId: string;
  /** Model (and LoRA) version; replays pin a new one. */
  modelVersion: string;
  promptTemplateId: string;
  promptTemplateVersion: string;
  description: ProductDescription;
  context: UploadContext;
  taxonomyVersion: string;
  sourceLocale: string;
  locales: Array<LocalizedContent>;
}

/** An image was decoded, validated and normalized; a model-ready derivative exists. */
export interface ImagePreprocessed {
  /** Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id. */
  eventId: string;
  /** eventId of the event that caused this one (null for events that enter the system). */
  causationId: null | string;
  /** Id shared by every event descended from one upload; carried into logs. */
  correlationId: string;
  /** Product id; also the Kafka message key, so a product's events stay ordered on one partition. */
  productId: string;
  /** When the event happened (UTC). */
  occurredAt: number;
  /** Emitting service and its version, e.g. "preprocessor@0.1.0". */
  producer: string;
  imageId: string;
  imageUri: string;
  derivativeUri: string;
  derivativeWidth: number;
  derivativeHeight: number;
  /** 64-bit DCT perceptual hash, 16 hex characters. */
  phash: string;
  facts: ImageFacts;
  /** Model version the near-duplicate cache was checked for (replays pin a new one). */
  modelVersion: string;
  context: UploadContext;
}

export interface ImageFacts {
  format: string;
  width: number;
  height: number;
  aspect: number;
  /** Variance of the Laplacian on a greyscale thumbnail. */
  sharpness: number;
  /** Share (0..1) of near-white pixels on the border band. */
  backgroundWhiteness: number;
  /** Share (0..1) of pixels that are not fully opaque. */
  transparency: number;
}

/** A supplier image entered the system. Carries a blob URI, never the bytes. */
export interface ImageUploaded {
  /** Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id. */
  eventId: string;
  /** eventId of the event that caused this one (null for events that enter the system). */
  causationId: null | string;
  /** Id shared by every event descended from one upload; carried into logs. */
  correlationId: string;
  /** Product id; also the Kafka message key, so a product's events stay ordered on one partition. */
  productId: string;
  /** When the event happened (UTC). */
  occurredAt: number;
  /** Emitting service and its version, e.g. "preprocessor@0.1.0". */
  producer: string;
  /** sha256 of the bytes (hex). */
  imageId: string;
  imageUri: string;
  /** Sniffed from the bytes, not trusted from headers. */
  contentType: string;
  byteSize: number;
  /** The URL it was fetched from, when uploaded by URL. */
  sourceUrl: null | string;
  context: UploadContext;
}

/** Every event type, by schema name. */
export interface EventTypes {
  DescriptionCorrected: DescriptionCorrected;
  DescriptionGenerated: DescriptionGenerated;
  DescriptionModerated: DescriptionModerated;
  DescriptionPublished: DescriptionPublished;
  DescriptionReviewed: DescriptionReviewed;
  DescriptionTranslated: DescriptionTranslated;
  ImagePreprocessed: ImagePreprocessed;
  ImageUploaded: ImageUploaded;
}

export type EventName = keyof EventTypes;
