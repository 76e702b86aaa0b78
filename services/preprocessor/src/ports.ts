// The preprocessor's I/O, as small function types. Adapters live in adapters/; compose.ts wires them.

import type { StoredBlob } from '@vitrine/blobstore';
import type { CacheFingerprint, PreprocessedImage } from '@vitrine/imaging';
import type { NearDupMatch } from '@vitrine/neardup';

/** Bytes behind an ImageUploaded URI. Throws BlobNotFoundError / InvalidBlobUriError (poison), anything else is transient. */
export type ReadBlob = (uri: string) => Promise<Buffer>;

/** Stores the model-ready derivative content-addressed; failures are transient. */
export type StoreBlob = (bytes: Uint8Array) => Promise<StoredBlob>;

/** Decode, validate and normalise one upload. Throws ImageRejected (poison) for input that is not an acceptable photo. */
export type PreprocessImage = (bytes: Uint8Array) => Promise<PreprocessedImage>;

/** The near-duplicate cache fingerprint of the derivative bytes (the describer computes the same on the same bytes). */
export type FingerprintDerivative = (derivative: Uint8Array) => Promise<CacheFingerprint>;

/** Closest cached description for this fingerprint in the configured model version; throws UnavailableError when the index is down. */
export type FindCached = (fingerprint: CacheFingerprint) => Promise<NearDupMatch | null>;

export interface PreprocessorPorts {
  readBlob: ReadBlob;
  storeBlob: StoreBlob;
  preprocess: PreprocessImage;
  fingerprint: FingerprintDerivative;
  findCached: FindCached;
  /** Reasons the service is not ready (e.g. Redis disconnected); empty when ready. */
  readiness?: () => string[];
  close?: () => Promise<void>;
}
