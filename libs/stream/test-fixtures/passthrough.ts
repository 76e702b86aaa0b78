import { deriveEnvelope, type ImagePreprocessed, type ImageUploaded } from '@vitrine/contracts';
import { PoisonError } from '../src/errors';
import type { InputRecord, OutputEvent, RecordOutcome, StageHandler } from '../src/types';

/**
 * A pass-through stage for runtime tests and the benchmark: every ImageUploaded becomes one ImagePreprocessed with
 * a deterministic id, so duplicates are visible. An upload whose sourceUrl is "poison" is a poison message.
 */
export function passthroughOutput(v: ImageUploaded, now: number): OutputEvent {
  const out: ImagePreprocessed = {
    ...deriveEnvelope(v, { stage: 'passthrough', producer: `passthrough@${process.pid}`, now }),
    imageId: v.imageId, imageUri: v.imageUri, derivativeUri: v.imageUri, derivativeWidth: 1, derivativeHeight: 1, phash: '0000000000000000',
    facts: { format: 'png', width: 1, height: 1, aspect: 1, sharpness: 0, backgroundWhiteness: 0, transparency: 0 },
    modelVersion: 'test', context: v.context,
  };
  return { event: 'ImagePreprocessed', value: out };
}

export const passthroughHandler: StageHandler<'ImageUploaded'> = async (records: Array<InputRecord<'ImageUploaded'>>, ctx): Promise<RecordOutcome[]> =>
  records.map((r) => (r.value.sourceUrl === 'poison' ? { poison: new PoisonError('poison requested by the test', 'test_poison') } : { outputs: [passthroughOutput(r.value, ctx.now)] }));
