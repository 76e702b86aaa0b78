import type { LocalizedContent } from '@vitrine/contracts';
import type { ModerationPolicy } from '@vitrine/moderation';

/** One text a model classifier is asked about: a field of one locale ("title", "bullets[1]" …). */
export interface ClassifierText {
  readonly locale: string;
  readonly field: string;
  readonly text: string;
}

/**
 * A model's opinion about one text: a risk family (the rule families, or anything the model reports) and a score in
 * [0, 1]. `matched` is the offending phrase when the model names one; the moderator locates it for the span.
 */
export interface ClassifierFinding {
  readonly locale: string;
  readonly field: string;
  readonly family: string;
  readonly score: number;
  readonly matched?: string | null;
}

export interface ClassifierRequest {
  readonly productId: string;
  readonly texts: readonly ClassifierText[];
  readonly locales: readonly LocalizedContent[];
}

/**
 * The optional model-based check. Resolves to findings; rejects with an error when the model cannot answer
 * (the stage then retries, or routes to review, per `onClassifierError`).
 */
export type Classifier = (request: ClassifierRequest) => Promise<readonly ClassifierFinding[]>;

export interface ModeratorPorts {
  /** The routing policy, brands and supplier authorisations (parsed and frozen). */
  readonly policy: ModerationPolicy;
  /** Absent or the no-op classifier: rules only. */
  readonly classify?: Classifier;
  /** A short id of the classifier for logs and reasons, e.g. "http:qwen3-guard". */
  readonly classifierId?: string;
}
