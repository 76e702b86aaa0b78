// The preprocessor stage: ImageUploaded → ImagePreprocessed (cache miss) or DescriptionGenerated cached=true
// (cache hit). Errors take the three routes of shared/DESIGN.md:
//   - poison (dead-letter with a reason): the blob does not exist, its URI is invalid, or the bytes are not an
//     acceptable image (ImageRejected: code and message from @vitrine/imaging);
//   - transient (whole batch retried with backoff): the blob store or the near-duplicate index is unavailable;
//   - anything else (an unexpected decoder failure): this record is retried, then dead-lettered by the runner.
// No codec and no Kafka here: the CLI runs this handler in-process.

import { BlobNotFoundError, InvalidBlobUriError } from '@vitrine/blobstore';
import type { ImageUploaded } from '@vitrine/contracts';
import { isImageRejected } from '@vitrine/imaging';
import { PoisonError, UnavailableError, perRecord, type InputRecord, type OutputEvent, type StageDefinition } from '@vitrine/stream';
import { decideCache } from './domain/cache-decision';
import { buildCachedDescriptionGenerated, buildImagePreprocessed, PREPROCESSOR_STAGE, type EmitMeta } from './domain/events';
import { BLOB_NOT_FOUND, BLOB_URI_INVALID, rejectionReason } from './domain/poison';
import type { PreprocessorPorts } from './ports';

export const PREPROCESSOR_VERSION = '0.1.0';

export interface PreprocessorStageOptions {
  /** The describer model version whose cache is consulted; stamped on ImagePreprocessed. */
  modelVersion: string;
  /** Records processed at once (images decode on sharp's thread pool). */
  concurrency?: number;
  producer?: string;
  /** Told about every cache decision and rejection (logging, counting); optional. */
  onDecision?: (d: { imageId: string; outcome: 'hit' | 'miss' | 'rejected'; detail: string }) => void;
}

type Log = { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };

export function createPreprocessorStage(ports: PreprocessorPorts, options: PreprocessorStageOptions): StageDefinition<'ImageUploaded'> {
  if (!options.modelVersion) throw new RangeError('createPreprocessorStage: modelVersion is required');
  const producer = options.producer ?? `preprocessor@${PREPROCESSOR_VERSION}`;

  const handleOne = async (record: InputRecord<'ImageUploaded'>, now: number, log?: Log): Promise<OutputEvent[]> => {
    const upload = record.value as ImageUploaded;
    const meta: EmitMeta = { modelVersion: options.modelVersion, producer, now };
    const t0 = performance.now();

    const bytes = await readUpload(ports, upload);
    const t1 = performance.now();

    let image;
    try {
      image = await ports.preprocess(bytes);
    } catch (e) {
      if (isImageRejected(e)) {
        options.onDecision?.({ imageId: upload.imageId, outcome: 'rejected', detail: e.code });
        throw new PoisonError(`image ${upload.imageId} (${upload.imageUri}) refused: ${e.message}`, rejectionReason(e.code), { cause: e });
      }
      throw e;
    }
    const t2 = performance.now();

    let stored;
    try {
      stored = await ports.storeBlob(image.derivative.bytes);
    } catch (e) {
      throw new UnavailableError(`blob store refused the derivative of image ${upload.imageId}: ${(e as Error).message}`, { cause: e });
    }
    const fingerprint = await ports.fingerprint(image.derivative.bytes);
    const t3 = performance.now();
    const match = await ports.findCached(fingerprint);
    const t4 = performance.now();

    const decision = decideCache(match, options.modelVersion);
    if (decision.kind === 'hit') {
      options.onDecision?.({ imageId: upload.imageId, outcome: 'hit', detail: `source ${decision.sourceImageId}, distance ${decision.distance}` });
      const timings = { read: ms(t1 - t0), decode: ms(t2 - t1), derivative: ms(t3 - t2), cacheLookup: ms(t4 - t3) };
      return [{ event: 'DescriptionGenerated', value: buildCachedDescriptionGenerated(upload, decision.cached, stored.uri, timings, meta) }];
    }
    if (decision.reason !== 'no_match') log?.warn({ imageId: upload.imageId, reason: decision.reason, detail: decision.detail }, 'near-duplicate entry not used');
    options.onDecision?.({ imageId: upload.imageId, outcome: 'miss', detail: decision.reason });
    const derivative = { uri: stored.uri, width: image.derivative.width, height: image.derivative.height };
    return [{ event: 'ImagePreprocessed', value: buildImagePreprocessed(upload, derivative, image.facts, fingerprint.phash, meta) }];
  };

  return {
    stage: PREPROCESSOR_STAGE,
    producer,
    inputs: ['ImageUploaded'],
    outputs: ['ImagePreprocessed', 'DescriptionGenerated'],
    defaultMode: 'batch',
    handler: ({ log }) => perRecord<'ImageUploaded'>((record, ctx) => handleOne(record, ctx.now, log), options.concurrency ?? 2),
    readyChecks: ports.readiness,
  };
}

async function readUpload(ports: PreprocessorPorts, upload: ImageUploaded): Promise<Buffer> {
  try {
    return await ports.readBlob(upload.imageUri);
  } catch (e) {
    if (e instanceof BlobNotFoundError) throw new PoisonError(`image ${upload.imageId}: ${e.message}`, BLOB_NOT_FOUND, { cause: e });
    if (e instanceof InvalidBlobUriError) throw new PoisonError(`image ${upload.imageId}: ${e.message}`, BLOB_URI_INVALID, { cause: e });
    throw new UnavailableError(`blob store unavailable reading ${upload.imageUri}: ${(e as Error).message}`, { cause: e });
  }
}

const ms = (v: number): number => Math.round(v * 100) / 100;
