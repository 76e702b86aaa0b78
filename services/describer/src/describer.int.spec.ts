// The describer against the real broker, registry and Redis, with the real PP-OCR ONNX models on the project's
// example photos (test/fixtures/examples). Only the vision-language model server is replaced, by the local stand-in
// (libs/testkit/src/vlm-standin.ts); the tests that use it say so in their names.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore, type BlobStore } from '@vitrine/blobstore';
import { dlqTopic, newEventId, type DescriptionGenerated, type ImagePreprocessed } from '@vitrine/contracts';
import { cacheFingerprint } from '@vitrine/imaging';
import { createNearDupIndex, decodeCachedDescription } from '@vitrine/neardup';
import { parseStreamConfig, readDeadLetterHeaders, startStageService, type RunningStage } from '@vitrine/stream';
import { deltaE2000 } from '@vitrine/taxonomy';
import { colourLab, cornerBackgroundCode, createTestBus, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';
import { characterAccuracy, scoreExpected } from '@vitrine/ocr/testing';
import { startVlmStandIn } from '@vitrine/testkit';
import { composeDescriber, type ComposedDescriber } from './compose';
import { parseDescriberConfig } from './config';

const examplesDir = fileURLToPath(new URL('../../../test/fixtures/examples/', import.meta.url));
const infra = testInfra();

interface Example {
  name: string;
  bytes: Buffer;
  uri: string;
  phash: string;
  backgroundCode: string;
  expected: { categoryHint: string; text: string[]; colors: string[] };
}


async function loadExamples(store: BlobStore): Promise<Example[]> {
  const files = (await readdir(examplesDir)).filter((f) => /\.(jpg|png)$/.test(f)).sort();
  return Promise.all(
    files.map(async (f) => {
      const name = f.replace(/\.(jpg|png)$/, '');
      const bytes = await readFile(path.join(examplesDir, f));
      const { uri } = await store.put(bytes);
      const expected = JSON.parse(await readFile(path.join(examplesDir, `${name}.expected.json`), 'utf8'));
      return { name, bytes, uri, phash: randomBytes(8).toString('hex'), backgroundCode: await cornerBackgroundCode(bytes), expected };
    }),
  );
}

function preprocessed(ex: Pick<Example, 'name' | 'uri' | 'phash' | 'expected'>, modelVersion: string, over: Partial<ImagePreprocessed> = {}): ImagePreprocessed {
  return {
    eventId: newEventId(), causationId: newEventId(), correlationId: newEventId(), productId: `p-${ex.name}`, occurredAt: Date.now(), producer: 'preprocessor@test',
    imageId: randomBytes(32).toString('hex'), imageUri: ex.uri, derivativeUri: ex.uri, derivativeWidth: 800, derivativeHeight: 800, phash: ex.phash,
    facts: { format: 'jpeg', width: 800, height: 800, aspect: 1, sharpness: 100, backgroundWhiteness: 0.9, transparency: 0 },
    modelVersion,
    context: { supplierId: 's1', market: 'DE', categoryHint: ex.expected.categoryHint, targetLocales: ['en', 'de', 'zh-CN'], priceMinor: 1999, currency: 'EUR' },
    ...over,
  };
}

async function startDescriber(bus: TestBus, env: Record<string, string>, blobDir: string): Promise<{ d: ComposedDescriber; s: RunningStage }> {
  const d = composeDescriber(parseDescriberConfig({ BLOB_STORE_DIR: blobDir, REDIS_URL: infra.redisUrl, ...env }));
  const s = await startStageService(
    d.stage,
    parseStreamConfig({
      KAFKA_BROKERS: infra.brokers.join(','), SCHEMA_REGISTRY_URL: infra.registryUrl, TOPIC_PREFIX: bus.prefix, GROUP_ID: uniqueName('describer'),
      HTTP_PORT: '0', LOG_LEVEL: process.env.DESCRIBER_IT_LOG ?? 'silent', TOPIC_PARTITIONS: '3', MAX_RECORD_ATTEMPTS: '2', MAX_BATCH_SIZE: '16', MAX_WAIT_MS: '200',
    }),
    { handleSignals: false },
  );
  return { d, s };
}

const readyz = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: await res.text() };
};

let blobDir: string;
let store: BlobStore;
let examples: Example[];
const redis = new Redis(infra.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });

beforeAll(async () => {
  blobDir = await mkdtemp(path.join(tmpdir(), 'describer-it-'));
  store = createFsBlobStore(blobDir, { fsync: false });
  examples = await loadExamples(store);
  await redis.connect();
});
afterAll(async () => {
  redis.disconnect();
  await rm(blobDir, { recursive: true, force: true });
});

describe('describer, offline (real OCR models, broker, registry, Redis)', () => {
  const modelVersion = `it-${uniqueName('mv')}`;
  let bus: TestBus;
  let run: { d: ComposedDescriber; s: RunningStage };
  const byProduct = new Map<string, DescriptionGenerated>();
  const missing = { name: 'missing-blob', uri: `blob://sha256/${'0'.repeat(64)}`, phash: 'ffffffffffffffff', expected: { categoryHint: 'mug', text: [], colors: [] } };

  beforeAll(async () => {
    bus = await createTestBus('describer');
    run = await startDescriber(bus, { MODEL_VERSION: modelVersion, NEARDUP_CACHE: 'redis' }, blobDir);
    await bus.publish('ImagePreprocessed', [
      ...examples.map((e) => preprocessed(e, modelVersion)),
      preprocessed(missing, modelVersion),
      // Pinned to another model version (a replay's group handles it): this describer must skip it.
      preprocessed({ ...examples[0]!, name: 'other-version' }, `${modelVersion}-next`),
    ]);
    const events = await bus.readEvents('DescriptionGenerated', examples.length, Number(process.env.DESCRIBER_IT_WAIT ?? 240_000));
    if (process.env.DESCRIBER_IT_LOG) for (const m of await bus.readTopic(dlqTopic(bus.topics.topic('ImagePreprocessed')), 20, 5_000)) console.log('DLQ', m.key?.toString(), readDeadLetterHeaders(m.headers));
    for (const e of events) byProduct.set(e.productId, e);
  }, 300_000);
  afterAll(async () => {
    await run?.s.stop();
    await run?.d.close();
    await bus?.close();
  });

  it('emits one DescriptionGenerated per example image, with model, prompt template and timings', () => {
    expect([...byProduct.keys()].sort()).toEqual(examples.map((e) => `p-${e.name}`).sort());
    for (const e of byProduct.values()) {
      expect(e).toMatchObject({ modelId: 'offline-ocr-color', modelVersion, promptTemplateId: 'offline.ocr-color-rules', promptTemplateVersion: '1.0.0', cached: false, producer: 'describer@0.1.0' });
      expect(e.description.freeText).toBeNull();
      for (const k of ['loadMs', 'decodeMs', 'ocrMs', 'colorsMs', 'totalMs', 'batchSize']) expect(e.timingsMs[k], k).toBeGreaterThanOrEqual(0);
      expect(e.timingsMs.batchSize).toBeGreaterThanOrEqual(1);
    }
  });

  it('names the dominant colours of each product (the background colour excepted, which cannot be measured on it)', () => {
    const problems: string[] = [];
    for (const ex of examples) {
      const measured = byProduct.get(`p-${ex.name}`)!.description.colors.map((c) => c.code);
      const near = (code: string, max: number) => measured.some((m) => m === code || deltaE2000(colourLab(m)!, colourLab(code)!) <= max);
      for (const c of ex.expected.colors.map((x) => `color.${x}`)) {
        // Exactly, or the neighbouring vocabulary shade (ΔE00 ≤ 13, e.g. olive for green under warm lifestyle light).
        if (!near(c, 13) && c !== ex.backgroundCode) problems.push(`${ex.name}: expected ${c}, measured ${measured.join(',')} (background ${ex.backgroundCode})`);
      }
      const first = measured[0];
      if (!first || !ex.expected.colors.some((c) => deltaE2000(colourLab(first)!, colourLab(`color.${c}`)!) <= 13)) problems.push(`${ex.name}: dominant ${first} is none of ${ex.expected.colors.join(',')}`);
    }
    expect(problems).toEqual([]);
  });

  it('reads the printed text, English and Chinese, into printedText', () => {
    const misses: string[] = [];
    let chinese = 0;
    for (const ex of examples) {
      const lines = byProduct.get(`p-${ex.name}`)!.description.printedText.map((p) => p.text);
      for (const s of scoreExpected(ex.expected.text, lines)) {
        if (s.normalizedDistance / s.length > 0.2) misses.push(`${ex.name}: "${s.expected}" read as ${JSON.stringify(lines)}`);
        else if (/\p{Script=Han}/u.test(s.expected)) chinese++;
      }
    }
    expect(misses).toEqual([]);
    expect(chinese).toBeGreaterThanOrEqual(5);
    const scores = examples.flatMap((ex) => scoreExpected(ex.expected.text, byProduct.get(`p-${ex.name}`)!.description.printedText.map((p) => p.text)));
    const accuracy = characterAccuracy(scores, 'normalizedDistance');
    console.info(`describer OCR character accuracy on the examples: ${(accuracy * 100).toFixed(1)}% normalised, ${(characterAccuracy(scores, 'exactDistance') * 100).toFixed(1)}% exact`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('turns printed text into attributes with their sources: category from the hint, features and materials from rules', () => {
    const phone = byProduct.get('p-phone-case')!.description;
    expect(phone.category).toMatchObject({ code: 'phone.case', source: 'hint' });
    expect(phone.materials.map((m) => m.code)).toContain('material.silicone');
    expect(phone.features.map((m) => m.code)).toContain('feature.shockproof');
    const headphones = byProduct.get('p-headphones-box')!.description;
    expect(headphones.features.map((f) => f.code)).toEqual(expect.arrayContaining(['feature.wireless', 'feature.noise_cancelling']));
    expect(headphones.features.every((f) => f.source === 'rule')).toBe(true);
    const bottle = byProduct.get('p-water-bottle')!.description;
    expect(bottle.attributes).toContainEqual(expect.objectContaining({ name: 'capacity', value: '750', unit: 'ml', source: 'ocr' }));
  });

  it('stores every description in the near-duplicate cache of its model version', async () => {
    const index = createNearDupIndex(redis, { modelVersion });
    expect(await index.size()).toBe(examples.length);
    const mug = examples.find((e) => e.name === 'red-mug')!;
    // The preprocessor's lookup: the same fingerprint of the same derivative bytes, and the shared payload codec.
    const hit = await index.lookup(await cacheFingerprint(mug.bytes));
    const event = byProduct.get('p-red-mug')!;
    expect(hit?.imageId).toBe(event.imageId);
    expect(decodeCachedDescription(hit!.payload)).toEqual({
      description: event.description,
      model: { modelId: 'offline-ocr-color', modelVersion, promptTemplateId: 'offline.ocr-color-rules', promptTemplateVersion: '1.0.0' },
      sourceImageId: event.imageId,
      sourceEventId: event.eventId,
      generatedAt: event.occurredAt,
    });
    // Another model version's cache is another namespace: nothing leaks into it.
    expect(await createNearDupIndex(redis, { modelVersion: `${modelVersion}-next` }).size()).toBe(0);
  });

  it('dead-letters the image whose blob is missing, after its retries, and skips the other model version', async () => {
    const dead = await bus.readTopic(dlqTopic(bus.topics.topic('ImagePreprocessed')), 1, 60_000);
    expect(dead).toHaveLength(1);
    expect(dead[0]!.key!.toString()).toBe('p-missing-blob');
    expect(readDeadLetterHeaders(dead[0]!.headers)).toMatchObject({ reason: 'retries_exhausted', stage: 'describer' });
    expect(readDeadLetterHeaders(dead[0]!.headers).error).toMatch(/derivative not found/);
    const all = await bus.readEvents('DescriptionGenerated', examples.length + 1, 3_000);
    expect(all.map((e) => e.productId)).not.toContain('p-other-version');
    expect(all).toHaveLength(examples.length);
    expect((await readyz(run.s.httpPort)).status).toBe(200);
  });
});

describe('describer, VLM mode against the local VLM stand-in', () => {
  it('stand-in: merges the model answer with the measurements; measured colours win over the model', async () => {
    const standIn = await startVlmStandIn({
      // A model that sees purple where the pixels are red: the measurement must win.
      transform: (out) => ({ ...out, colors: ['color.purple', ...out.colors], title: 'Ceramic mug', sellingPoints: ['Holds a big coffee'], description: 'A mug.' }),
    });
    const bus = await createTestBus('describer-vlm');
    const modelVersion = `it-${uniqueName('vlm')}`;
    const run = await startDescriber(bus, { MODEL_VERSION: modelVersion, DESCRIBER: 'vlm', VLM_URL: standIn.baseUrl, VLM_CONCURRENCY: '4', NEARDUP_CACHE: 'none' }, blobDir);
    try {
      const chosen = examples.filter((e) => ['red-mug', 'phone-case', 'green-tea-tin'].includes(e.name));
      await bus.publish('ImagePreprocessed', chosen.map((e) => preprocessed(e, modelVersion)));
      const events = await bus.readEvents('DescriptionGenerated', chosen.length, 180_000);
      expect(events).toHaveLength(chosen.length);
      const mug = events.find((e) => e.productId === 'p-red-mug')!;
      expect(mug).toMatchObject({ modelId: 'glm-4.6v-flash', modelVersion, promptTemplateId: 'describe.home', promptTemplateVersion: '1.0.0' });
      const codes = mug.description.colors.map((c) => c.code);
      expect(codes[0]).toBe('color.red');
      expect(codes).not.toContain('color.purple');
      // The model agreed with the measured red: the measurement keeps its source and gains confidence.
      expect(mug.description.colors[0]).toMatchObject({ source: 'color' });
      expect(mug.description.freeText).toEqual({ locale: 'en', title: 'Ceramic mug', sellingPoints: ['Holds a big coffee'], description: 'A mug.' });
      const phone = events.find((e) => e.productId === 'p-phone-case')!;
      expect(phone.description.printedText.map((p) => p.text).join(' ')).toMatch(/防摔/);
      expect(phone.promptTemplateId).toBe('describe.electronics');
      expect(standIn.stats.completions).toBe(chosen.length);
      expect(standIn.stats.badRequests).toBe(0);
      expect(typeof events[0]!.timingsMs.vlmMs).toBe('number');
    } finally {
      await run.s.stop();
      await run.d.close();
      await bus.close();
      await standIn.close();
    }
  }, 240_000);

  it('stand-in: while the model server drops connections the group backs off and loses nothing; it catches up when the server is back', async () => {
    const standIn = await startVlmStandIn({ fallback: 'drop' });
    const bus = await createTestBus('describer-down');
    const modelVersion = `it-${uniqueName('down')}`;
    const run = await startDescriber(
      bus,
      { MODEL_VERSION: modelVersion, DESCRIBER: 'vlm', VLM_URL: standIn.baseUrl, VLM_MAX_RETRIES: '0', VLM_BREAKER_FAILURES: '2', VLM_BREAKER_COOLDOWN_MS: '500', NEARDUP_CACHE: 'none' },
      blobDir,
    );
    try {
      await run.d.ocr.loaded;
      const mug = examples.find((e) => e.name === 'red-mug')!;
      await bus.publish('ImagePreprocessed', [preprocessed(mug, modelVersion)]);
      await expect.poll(() => standIn.stats.requests, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
      expect(await bus.readEvents('DescriptionGenerated', 1, 2_000)).toHaveLength(0);
      expect(run.s.runner.readiness().reasons.join(' ')).toMatch(/blocked since|circuit/);
      standIn.setFallback('ok');
      const events = await bus.readEvents('DescriptionGenerated', 1, 90_000);
      expect(events.map((e) => e.productId)).toEqual(['p-red-mug']);
      expect(await bus.readTopic(dlqTopic(bus.topics.topic('ImagePreprocessed')), 1, 1_000)).toHaveLength(0);
    } finally {
      await run.s.stop();
      await run.d.close();
      await bus.close();
      await standIn.close();
    }
  }, 240_000);
});

describe('describer readiness', () => {
  it('is not ready, with the reason in /readyz, when a model fails to load', async () => {
    const bus = await createTestBus('describer-noload');
    const run = await startDescriber(bus, { OCR_DET_MODEL: path.join(blobDir, 'no-such-model.onnx'), NEARDUP_CACHE: 'none' }, blobDir);
    try {
      await run.d.ocr.loaded;
      const r = await readyz(run.s.httpPort);
      expect(r.status).toBe(503);
      expect(r.body).toMatch(/OCR models failed to load/);
      expect(r.body).toMatch(/no-such-model\.onnx/);
    } finally {
      await run.s.stop();
      await run.d.close();
      await bus.close();
    }
  }, 120_000);
});
