import type { DescriptionGenerated } from '@vitrine/contracts';
import type { VlmDescriber } from './adapters/vlm/types';
import type { ColorAnalysis } from './domain/colors';
import type { RgbImage } from './domain/image';
import type { OcrLineInput } from './domain/ocr-line';

/**
 * The describer's ports: small function types, one per kind of I/O (shared/DESIGN.md "Conventions"). The stage
 * (stage.ts) only sees these, so the CLI can run it embedded with in-process adapters and tests can run it without
 * Kafka.
 *
 * Error contract, which the stage maps to the runner's routes:
 * - DerivativeNotFound: the URI names no blob (yet): the record is retried, then dead-lettered.
 * - InvalidDerivative: the URI or the bytes can never be read as an image: dead-lettered at once.
 * - UnavailableError (from @vitrine/stream): a dependency is down (blob store, models not loaded, model server):
 *   the whole batch is retried with backoff and the partitions pause; nothing is lost.
 * - anything else from one image's work: that record is retried, then dead-lettered.
 */

/** The bytes of a derivative (blob://sha256/<hex> or file:// URI). */
export type LoadDerivative = (uri: string) => Promise<Uint8Array>;

/** Decodes derivative bytes into 8-bit sRGB pixels (alpha flattened on white). */
export type DecodeImage = (bytes: Uint8Array) => Promise<RgbImage>;

/** Reads printed text on every image in one batched call; one list of lines per image, in reading order. */
export type ReadText = (images: readonly RgbImage[]) => Promise<OcrLineInput[][]>;

/** Dominant colours against the estimated background, named in the taxonomy's colour vocabulary. */
export type MeasureColors = (image: RgbImage) => ColorAnalysis;

/** One description to remember in the near-duplicate cache of its model version. */
export interface CacheEntry {
  imageId: string;
  /** The derivative the description was made from (the cache fingerprints it the way the preprocessor does). */
  derivativeBytes: Uint8Array;
  event: DescriptionGenerated;
}

/** Stores descriptions in the near-duplicate cache, keyed by their model version. */
export type StoreCached = (entries: readonly CacheEntry[]) => Promise<void>;

export interface DescriberPorts {
  loadDerivative: LoadDerivative;
  decodeImage: DecodeImage;
  readText: ReadText;
  measureColors: MeasureColors;
  /** The vision-language model server; null for the offline describer. */
  vlm: VlmDescriber | null;
  /** Null when no cache is configured (the CLI's embedded mode can run without one). */
  storeCached: StoreCached | null;
  /** Why the models cannot serve now (e.g. a model failed to load); empty when they can. Shown in /readyz. */
  modelReadiness(): string[];
  close(): Promise<void>;
}

/** The derivative URI names no stored blob. Retried (the store may lag), then dead-lettered. */
export class DerivativeNotFound extends Error {
  constructor(readonly uri: string, options?: { cause?: unknown }) {
    super(`derivative not found: ${uri}`, options);
    this.name = 'DerivativeNotFound';
  }
}

/** The URI or the bytes can never become an image (bad URI, not an image, truncated). Dead-lettered. */
export class InvalidDerivative extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidDerivative';
  }
}
