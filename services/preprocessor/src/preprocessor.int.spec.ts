// The preprocessor against the real broker, registry, Redis and sharp, on the generated corpus and the
// generated bad inputs (libs/imaging/test-fixtures). The describer does not run here (its models are another
// suite's business): descriptions are put into the near-duplicate cache the way the describer stores them,
// with the same shared functions (cacheFingerprint on the derivative bytes, encodeCachedDescription).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { KafkaMessage } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore, type BlobStore } from '@vitrine/blobstore';
import { dlqTopic, type DescriptionGenerated, type ImagePreprocessed, type ImageUploaded } from '@vitrine/contracts';
import { cacheFingerprint } from '@vitrine/imaging';
import { encodeCachedDescription, type NearDupIndex } from '@vitrine/neardup';
import { parseStreamConfig, readDeadLetterHeaders, startStageService, UnavailableError, type RunningStage } from '@vitrine/stream';
import { createTestBus, sampleUpload, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';
import { generateProductCorpus, type CorpusImage } from '@vitrine/imaging/test-fixtures';
import { generateSpecialInputs, type SpecialInputs } from '@vitrine/imaging/test-fixtures';
import { composePreprocessor, type ComposedPreprocessor } from './compose';
import { parsePreprocessorConfig } from './config';
import { sampleDescription } from './testing';

const MODEL = { modelId: 'offline-ocr-color', modelVersion: 'offline-it-1', promptTemplateId: 'describe.generic', promptTemplateVersion: '1.0.0' };

let bus: TestBus;
let running: RunningStage;
let composed: ComposedPreprocessor;
let blobs: BlobStore;
let blobDir: string;
let redis: Redis;
let namespace: string;
let special: SpecialInputs;
let corpus: CorpusImage[];

// Everything the stage emits, collected by one consumer and keyed by image id.
const preprocessed = new Map<string, ImagePreprocessed>();
const generated = new Map<string, DescriptionGenerated>();
const deadLetters: KafkaMessage[] = [];
/** Every output, by the event id of the upload that caused it (redeliveries add more). */
const byCause = new Map<string, Array<{ eventId: string }>>();
const noteCause = (e: { causationId: string | null; eventId: string }) => byCause.set(e.causationId!, [...(byCause.get(e.causationId!) ?? []), e]);
let stopCollector: () => Promise<void>;

async function waitFor(what: string, done: () => boolean, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function upload(bytes: Buffer, productId: string, over: Partial<ImageUploaded> = {}): Promise<ImageUploaded> {
  const { uri, sha256, size } = await blobs.put(bytes);
  return sampleUpload(0, { productId, imageId: sha256, imageUri: uri, byteSize: size, contentType: 'application/octet-stream', ...over });
}

/** What the describer does after describing an image: cache its description under the derivative's fingerprint. */
async function storeAsDescriber(index: NearDupIndex, event: ImagePreprocessed, group: string): Promise<void> {
  const fingerprint = await cacheFingerprint(await blobs.get(event.derivativeUri));
  expect(fingerprint.phash).toBe(event.phash);
  const payload = encodeCachedDescription({ description: sampleDescription(group), model: MODEL, sourceImageId: event.imageId, sourceEventId: `described-${event.eventId}`, generatedAt: event.occurredAt });
  await index.add(fingerprint, event.imageId, payload);
}

beforeAll(async () => {
  const infra = testInfra();
  [special, corpus] = await Promise.all([generateSpecialInputs(), generateProductCorpus()]);
  blobDir = await mkdtemp(join(tmpdir(), 'vitrine-pre-'));
  blobs = createFsBlobStore(blobDir, { fsync: false });
  redis = new Redis(infra.redisUrl);
  namespace = uniqueName('nd-pre');
  bus = await createTestBus('preprocessor');
  const config = parsePreprocessorConfig({ BLOB_STORE_DIR: blobDir, REDIS_URL: infra.redisUrl, NEARDUP_NAMESPACE: namespace, MODEL_VERSION: MODEL.modelVersion });
  composed = composePreprocessor(config, { blobStore: blobs, redis });
  const streamConfig = parseStreamConfig({
    KAFKA_BROKERS: infra.brokers.join(','), SCHEMA_REGISTRY_URL: infra.registryUrl, TOPIC_PREFIX: bus.prefix, TOPIC_PARTITIONS: '3',
    GROUP_ID: uniqueName('preprocessor'), HTTP_PORT: '0', LOG_LEVEL: 'silent', MAX_WAIT_MS: '20', MAX_RECORD_ATTEMPTS: '1',
  });
  running = await startStageService(composed.stage, streamConfig, { handleSignals: false });

  const consumer = bus.kafka.consumer({ groupId: uniqueName('collector') });
  await consumer.connect();
  const ipTopic = bus.topics.topic('ImagePreprocessed');
  const dgTopic = bus.topics.topic('DescriptionGenerated');
  const dlq = dlqTopic(bus.topics.topic('ImageUploaded'));
  await consumer.subscribe({ topics: [ipTopic, dgTopic, dlq], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      if (topic === dlq) deadLetters.push(message);
      else if (topic === ipTopic) {
        const e = await bus.codec.decode('ImagePreprocessed', message.value!);
        preprocessed.set(e.imageId, e);
        noteCause(e);
      } else {
        const e = await bus.codec.decode('DescriptionGenerated', message.value!);
        generated.set(e.imageId, e);
        noteCause(e);
      }
    },
  });
  stopCollector = () => consumer.disconnect();
}, 180_000);

afterAll(async () => {
  await running?.stop();
  await stopCollector?.();
  await bus?.close();
  await composed?.close();
  if (redis) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${namespace}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
    await redis.quit();
  }
  if (blobDir) await rm(blobDir, { recursive: true, force: true });
});

describe('preprocessor against the real broker, registry, Redis and sharp', () => {
  it('dead-letters each bad input once with its reason; every good image around them comes out', async () => {
    const bad: Array<[string, Buffer, string]> = [
      ['not-an-image', special.text, 'image_not_an_image'],
      ['zero-bytes', special.empty, 'image_empty'],
      ['truncated-jpeg', special.truncatedJpeg, 'image_truncated'],
      ['png-bomb-20000', special.pngBomb, 'image_too_many_pixels'],
      ['svg', special.svg, 'image_unsupported_format'],
      ['corrupt-png', special.corruptPng, 'image_corrupt'],
      ['heic', special.heic, 'image_unsupported_format'],
    ];
    // Unusual but valid photos: converted to 8-bit sRGB, first frame of the animation (the issue's allowlist).
    const good: Array<[string, Buffer]> = [
      ['jpeg', special.jpeg],
      ['cmyk-jpeg', special.cmykJpeg],
      ['png-16-bit', special.png16],
      ['animated-gif', special.animatedGif],
      ['exif-oriented', special.orientedJpeg],
      ['transparent-png', special.transparentPng],
      ['tiff', special.tiff],
      ['avif', special.avif],
    ];
    const events: ImageUploaded[] = [];
    const goodIds: string[] = [];
    for (let i = 0; i < Math.max(bad.length, good.length); i++) {
      if (good[i]) {
        const e = await upload(good[i]![1], `p-good-${good[i]![0]}`);
        goodIds.push(e.imageId);
        events.push(e);
      }
      if (bad[i]) events.push(await upload(bad[i]![1], `p-bad-${bad[i]![0]}`));
    }
    const missing = sampleUpload(0, { productId: 'p-bad-missing-blob', imageUri: `blob://sha256/${'e'.repeat(64)}` });
    events.splice(3, 0, missing);
    await bus.publish('ImageUploaded', events);

    await waitFor('good images and dead letters', () => goodIds.every((id) => preprocessed.has(id)) && deadLetters.length >= bad.length + 1);
    await new Promise((r) => setTimeout(r, 1000)); // nothing more may arrive
    expect(deadLetters).toHaveLength(bad.length + 1);
    const reasons = Object.fromEntries(deadLetters.map((m) => [m.key!.toString(), readDeadLetterHeaders(m.headers)]));
    for (const [name, , reason] of bad) {
      expect(reasons[`p-bad-${name}`]?.reason, name).toBe(reason);
      expect(reasons[`p-bad-${name}`]?.stage).toBe('preprocessor');
      expect(reasons[`p-bad-${name}`]?.error?.length).toBeGreaterThan(20);
    }
    expect(reasons['p-bad-png-bomb-20000']!.error).toMatch(/20000×20000/);
    expect(reasons['p-bad-missing-blob']!.reason).toBe('blob_not_found');

    for (const id of goodIds) {
      const e = preprocessed.get(id)!;
      expect(e.modelVersion).toBe(MODEL.modelVersion);
      expect(e.phash).toMatch(/^[0-9a-f]{16}$/);
      const derivative = await blobs.get(e.derivativeUri);
      expect(derivative.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    }
    const byProduct = Object.fromEntries([...preprocessed.values()].map((e) => [e.productId, e]));
    expect(byProduct['p-good-exif-oriented']!.facts).toMatchObject({ width: 100, height: 200 });
    expect(byProduct['p-good-animated-gif']!.facts).toMatchObject({ format: 'gif', width: 320, height: 320 });
    expect(byProduct['p-good-transparent-png']!.facts.transparency).toBeGreaterThan(0.3);
    expect(byProduct['p-good-png-16-bit']!.facts.format).toBe('png');
  });

  it('variants of one photo hit the cache; distinct products, including the same product in another colour, do not', async () => {
    const index = composed.nearDupIndex;
    const originals = corpus.filter((c) => c.variant === 'original');
    const baseOriginals = originals.filter((c) => !c.recoloured);
    const recolouredOriginals = originals.filter((c) => c.recoloured);
    const variants = corpus.filter((c) => c.variant !== 'original');
    const originalIdOfGroup = new Map<string, string>();

    // 1. The first colour of every product: nothing cached yet, all are described (stored as the describer would).
    const first = await Promise.all(baseOriginals.map((c) => upload(c.bytes, `p-${c.group}`)));
    first.forEach((e, i) => originalIdOfGroup.set(baseOriginals[i]!.group, e.imageId));
    await bus.publish('ImageUploaded', first);
    await waitFor('originals', () => first.every((e) => preprocessed.has(e.imageId)));
    for (const [i, e] of first.entries()) await storeAsDescriber(index, preprocessed.get(e.imageId)!, baseOriginals[i]!.group);

    // 2. The same products in another colour: must miss although their pHash is the first colour's.
    const second = await Promise.all(recolouredOriginals.map((c) => upload(c.bytes, `p-${c.group}`)));
    second.forEach((e, i) => originalIdOfGroup.set(recolouredOriginals[i]!.group, e.imageId));
    await bus.publish('ImageUploaded', second);
    await waitFor('recoloured originals', () => second.every((e) => preprocessed.has(e.imageId) || generated.has(e.imageId)));
    const recolourHits = second.filter((e) => generated.has(e.imageId)).map((e) => `${e.productId} → ${generated.get(e.imageId)!.cacheSourceImageId}`);
    expect(recolourHits).toEqual([]);
    for (const [i, e] of second.entries()) await storeAsDescriber(index, preprocessed.get(e.imageId)!, recolouredOriginals[i]!.group);

    // 3. Every variant of every group.
    const third = await Promise.all(variants.map((c) => upload(c.bytes, `p-${c.group}`)));
    await bus.publish('ImageUploaded', third);
    await waitFor('variants', () => third.every((e) => preprocessed.has(e.imageId) || generated.has(e.imageId)));

    const perKind = new Map<string, { hit: number; wrong: number; miss: number }>();
    const wrong: string[] = [];
    for (const [i, e] of third.entries()) {
      const c = variants[i]!;
      const k = perKind.get(c.variant) ?? { hit: 0, wrong: 0, miss: 0 };
      perKind.set(c.variant, k);
      const d = generated.get(e.imageId);
      if (!d) k.miss++;
      else if (d.cacheSourceImageId === originalIdOfGroup.get(c.group)) {
        k.hit++;
        expect(d).toMatchObject({ cached: true, modelId: MODEL.modelId, modelVersion: MODEL.modelVersion, causationId: e.eventId, productId: e.productId, description: sampleDescription(c.group) });
        expect(await blobs.has(d.derivativeUri!)).toBe(true);
      } else {
        k.wrong++;
        wrong.push(`${c.name} → ${d.cacheSourceImageId}`);
      }
    }
    const hits = [...perKind.values()].reduce((s, k) => s + k.hit, 0);
    const wrongHits = [...perKind.values()].reduce((s, k) => s + k.wrong, 0);
    const precision = hits + wrongHits + recolourHits.length === 0 ? 1 : hits / (hits + wrongHits + recolourHits.length);
    const recall = hits / variants.length;
    console.log(`near-duplicate cache on the corpus (${originals.length} originals cached, ${variants.length} variants looked up): precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}`);
    console.log(`per variant: ${[...perKind].map(([kind, k]) => `${kind} ${k.hit}/${k.hit + k.wrong + k.miss}`).join(', ')}`);
    // Documented thresholds (services/preprocessor/README.md): no wrong and no recoloured hit at all; resizes,
    // JPEG quality 60 and format changes always hit; watermarks at least 90 %, 2 % crops at least 70 %, all
    // variants together at least 93 % (measured with the default probe radius 1: crops 19/25, watermarks 24/25).
    expect(wrong).toEqual([]);
    expect(precision).toBe(1);
    for (const kind of ['resized', 'jpeg60', 'format']) expect(perKind.get(kind), kind).toMatchObject({ miss: 0, wrong: 0 });
    const share = (kind: string) => perKind.get(kind)!.hit / variants.filter((v) => v.variant === kind).length;
    expect(share('watermark')).toBeGreaterThanOrEqual(0.9);
    expect(share('crop2')).toBeGreaterThanOrEqual(0.7);
    expect(recall).toBeGreaterThanOrEqual(0.93);
  });

  it('a redelivered upload gets the same event id', async () => {
    const e = await upload(special.tiff, 'p-redelivered', { eventId: `redelivered-${uniqueName('x')}` });
    await bus.publish('ImageUploaded', [e]);
    await bus.publish('ImageUploaded', [e]);
    await waitFor('both deliveries', () => (byCause.get(e.eventId)?.length ?? 0) >= 2);
    const [a, b] = byCause.get(e.eventId)!;
    expect(b!.eventId).toBe(a!.eventId);
  });

  it('Redis unreachable: the handler fails the batch as UnavailableError (transient), nothing is dead-lettered', async () => {
    const down = composePreprocessor(parsePreprocessorConfig({ BLOB_STORE_DIR: blobDir, REDIS_URL: 'redis://127.0.0.1:1', NEARDUP_NAMESPACE: namespace, MODEL_VERSION: MODEL.modelVersion }), { blobStore: blobs });
    try {
      const e = await upload(special.jpeg, 'p-redis-down');
      const handler = down.stage.handler({ codec: undefined as never, log: { warn: () => {}, info: () => {} } as never });
      const record = { event: 'ImageUploaded' as const, value: e, topic: 't', partition: 0, offset: '0', key: e.productId, headers: {}, timestamp: '0' };
      await expect(handler([record], { now: Date.now(), stage: 'preprocessor', attempt: 1 })).rejects.toBeInstanceOf(UnavailableError);
      expect(down.ports.readiness!()).toEqual([expect.stringMatching(/redis \(near-duplicate index\) is/)]);
    } finally {
      await down.close();
    }
  });
});
