// The stage handler with in-process ports: memory blob store, memory near-duplicate index, and a stand-in for
// sharp (canned decode results) so these tests stay pure; the real sharp runs in preprocessor.int.spec.ts.

import { describe, expect, it } from 'vitest';
import { createMemoryBlobStore, BlobNotFoundError } from '@vitrine/blobstore';
import type { DescriptionGenerated, ImagePreprocessed, ImageUploaded } from '@vitrine/contracts';
import { ImageRejected, type ImageFacts, type PreprocessedImage } from '@vitrine/imaging';
import { createMemoryNearDupIndex, encodeCachedDescription } from '@vitrine/neardup';
import { UnavailableError, type InputRecord } from '@vitrine/stream';
import { sampleUpload } from '@vitrine/testkit';
import type { PreprocessorPorts } from './ports';
import { createPreprocessorStage } from './stage';
import { sampleDescription } from './testing';

const facts: ImageFacts = {
  format: 'png', mime: 'image/png', bytes: 100, width: 800, height: 600, aspect: 800 / 600, orientation: 1, colourSpace: 'srgb', bitDepth: 8,
  frames: 1, hasAlpha: false, transparencyShare: 0, sharpness: 120.5, backgroundWhiteness: 0.97,
};
const colour = new Uint8Array(48).fill(128);

function setup(over: Partial<PreprocessorPorts> = {}) {
  const blobs = createMemoryBlobStore();
  const index = createMemoryNearDupIndex({ modelVersion: 'offline-1' });
  // The stand-in decoder: "decodes" text bytes of the form "img:<phash>", refuses "bad:<code>".
  const preprocess = async (bytes: Uint8Array): Promise<PreprocessedImage> => {
    const text = Buffer.from(bytes).toString();
    if (text.startsWith('bad:')) throw new ImageRejected(text.slice(4) as never, `refused: ${text.slice(4)}`);
    return { facts, derivative: { bytes: Buffer.from(`derivative-of-${text}`), contentType: 'image/jpeg', format: 'jpeg', width: 640, height: 480 } };
  };
  const ports: PreprocessorPorts = {
    readBlob: (uri) => blobs.get(uri),
    storeBlob: (b) => blobs.put(b),
    preprocess,
    fingerprint: async (derivative) => ({ phash: Buffer.from(derivative).toString().slice('derivative-of-img:'.length), colour }),
    findCached: (fp) => index.lookup(fp),
    ...over,
  };
  const stage = createPreprocessorStage(ports, { modelVersion: 'offline-1', producer: 'preprocessor@test' });
  const handler = stage.handler({ codec: undefined as never, log: { warn: () => {}, info: () => {} } as never });
  const upload = async (text: string, i = 0): Promise<ImageUploaded> => {
    const { uri, sha256 } = await blobs.put(Buffer.from(text));
    return sampleUpload(i, { imageId: sha256, imageUri: uri });
  };
  const record = (value: ImageUploaded): InputRecord<'ImageUploaded'> => ({ event: 'ImageUploaded', value, topic: 'ImageUploaded', partition: 0, offset: '0', key: value.productId, headers: {}, timestamp: '0' });
  const run = (values: ImageUploaded[]) => handler(values.map(record), { now: 1_700_000_000_000, stage: 'preprocessor', attempt: 1 });
  return { blobs, index, upload, run, stage };
}

describe('preprocessor stage', () => {
  it('declares its topics and defaults', () => {
    const { stage } = setup();
    expect(stage).toMatchObject({ stage: 'preprocessor', inputs: ['ImageUploaded'], outputs: ['ImagePreprocessed', 'DescriptionGenerated'], producer: 'preprocessor@test' });
  });

  it('miss: ImagePreprocessed with the stored derivative, facts, fingerprint pHash and model version; same id on redelivery', async () => {
    const { upload, run, blobs } = setup();
    const u = await upload('img:0123456789abcdef');
    const [outcome] = await run([u]);
    expect(outcome).toHaveProperty('outputs');
    const out = (outcome as { outputs: Array<{ event: string; value: ImagePreprocessed }> }).outputs;
    expect(out).toHaveLength(1);
    expect(out[0]!.event).toBe('ImagePreprocessed');
    const e = out[0]!.value;
    expect(e).toMatchObject({
      imageId: u.imageId, imageUri: u.imageUri, derivativeWidth: 640, derivativeHeight: 480, phash: '0123456789abcdef', modelVersion: 'offline-1',
      causationId: u.eventId, correlationId: u.correlationId, productId: u.productId, occurredAt: 1_700_000_000_000, producer: 'preprocessor@test', context: u.context,
      facts: { format: 'png', width: 800, height: 600, aspect: 800 / 600, sharpness: 120.5, backgroundWhiteness: 0.97, transparency: 0 },
    });
    expect((await blobs.get(e.derivativeUri)).toString()).toBe('derivative-of-img:0123456789abcdef');
    const [again] = await run([u]);
    expect((again as { outputs: Array<{ value: ImagePreprocessed }> }).outputs[0]!.value.eventId).toBe(e.eventId);
  });

  it('hit: DescriptionGenerated cached=true with the stored description, model and source image', async () => {
    const { upload, run, index } = setup();
    const model = { modelId: 'offline-ocr-color', modelVersion: 'offline-1', promptTemplateId: 'describe.home', promptTemplateVersion: '1.0.0' };
    await index.add({ phash: '0123456789abcdee', colour }, 'source-image', encodeCachedDescription({ description: sampleDescription('blue'), model, sourceImageId: 'source-image', sourceEventId: 'e1', generatedAt: 1 }));
    const u = await upload('img:0123456789abcdef');
    const [outcome] = await run([u]);
    const out = (outcome as { outputs: Array<{ event: string; value: DescriptionGenerated }> }).outputs;
    expect(out.map((o) => o.event)).toEqual(['DescriptionGenerated']);
    expect(out[0]!.value).toMatchObject({ ...model, cached: true, cacheSourceImageId: 'source-image', imageId: u.imageId, description: sampleDescription('blue'), causationId: u.eventId, context: u.context });
    expect(out[0]!.value.derivativeUri).toMatch(/^blob:\/\/sha256\//);
    expect(Object.keys(out[0]!.value.timingsMs).sort()).toEqual(['cacheLookup', 'decode', 'derivative', 'read']);
  });

  it('an unreadable cache entry is a miss, not a poison', async () => {
    const { upload, run, index } = setup();
    await index.add({ phash: '0123456789abcdef', colour }, 'source-image', '{"v":1,"description":{}}');
    const [outcome] = await run([await upload('img:0123456789abcdef')]);
    expect((outcome as { outputs: Array<{ event: string }> }).outputs[0]!.event).toBe('ImagePreprocessed');
  });

  it('rejected image → poison with image_<code>; missing blob → poison blob_not_found; the records around them come out', async () => {
    const { upload, run } = setup();
    const good1 = await upload('img:1111111111111111', 1);
    const bad = await upload('bad:truncated', 2);
    const missing = { ...(await upload('img:2222222222222222', 3)), imageUri: `blob://sha256/${'0'.repeat(64)}` };
    const good2 = await upload('img:3333333333333333', 4);
    const outcomes = await run([good1, bad, missing, good2]);
    expect(outcomes[0]).toHaveProperty('outputs');
    expect(outcomes[1]).toMatchObject({ reason: 'image_truncated' });
    expect((outcomes[1] as { poison: Error }).poison.message).toMatch(/refused: truncated/);
    expect(outcomes[2]).toMatchObject({ reason: 'blob_not_found' });
    expect(outcomes[3]).toHaveProperty('outputs');
  });

  it('an invalid URI → poison blob_uri_invalid', async () => {
    const { upload, run } = setup();
    const u = { ...(await upload('img:1111111111111111')), imageUri: 'ftp://nowhere/x' };
    expect((await run([u]))[0]).toMatchObject({ reason: 'blob_uri_invalid' });
  });

  it('index or blob store down → the whole batch fails as UnavailableError (transient)', async () => {
    const down = setup({ findCached: async () => { throw new UnavailableError('redis down'); } });
    await expect(down.run([await down.upload('img:1111111111111111')])).rejects.toBeInstanceOf(UnavailableError);
    const noStore = setup({ storeBlob: async () => { throw new Error('EIO'); } });
    await expect(noStore.run([await noStore.upload('img:1111111111111111')])).rejects.toThrow(/blob store refused the derivative/);
    const noRead = setup({ readBlob: async () => { throw new Error('EACCES'); } });
    await expect(noRead.run([await noRead.upload('img:1111111111111111')])).rejects.toBeInstanceOf(UnavailableError);
    const notFound = setup({ readBlob: async (uri) => { throw new BlobNotFoundError(uri); } });
    expect((await notFound.run([await notFound.upload('img:1111111111111111')]))[0]).toMatchObject({ reason: 'blob_not_found' });
  });

  it('an unexpected decoder error is retried for this record only', async () => {
    const { upload, run } = setup({ preprocess: async () => { throw new Error('vips internal error'); } });
    expect((await run([await upload('img:1111111111111111')]))[0]).toHaveProperty('retry');
  });
});
