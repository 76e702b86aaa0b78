import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '@vitrine/blobstore';
import type { DescriptionGenerated, ImagePreprocessed, ImageUploaded } from '@vitrine/contracts';
import { createTestBus, sampleUpload, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';
import { startVlmStandIn } from '@vitrine/testkit';
import { replayGroupId, runReplay, type ReplayOptions } from './replay';

/**
 * The replay against the real broker, registry and Redis, with the real preprocessor (sharp) and the offline describer
 * (PP-OCR on onnxruntime, colours) on the example photos.
 */
const examples = join(import.meta.dirname, '../../../test/fixtures/examples');
const photos = [
  { product: 'p-mug', file: 'red-mug.jpg', hint: 'mug' },
  { product: 'p-shoe', file: 'black-shoe.jpg', hint: 'shoes' },
  { product: 'p-tee', file: 'navy-tshirt.png', hint: 't-shirt' },
  { product: 'p-bag', file: 'green-backpack.jpg', hint: 'backpack' },
];

describe('vitrine replay against the real broker, registry and Redis', () => {
  let bus: TestBus;
  let blobDir: string;
  let uploads: ImageUploaded[];
  const v2 = `${uniqueName('model')}@2`;
  const lines: string[] = [];
  const options = (over: Partial<ReplayOptions> = {}): ReplayOptions => {
    const infra = testInfra();
    return {
      modelVersion: v2, selection: {}, dryRun: false, brokers: infra.brokers, registryUrl: infra.registryUrl, topicPrefix: bus.prefix, topicPartitions: 3,
      env: { BLOB_STORE_DIR: blobDir, REDIS_URL: infra.redisUrl, DESCRIBER: 'offline', ORT_INTRA_OP_THREADS: '1' },
      onProgress: (l) => lines.push(l), progressEveryMs: 200, logLevel: 'warn',
      ...over,
    };
  };

  beforeAll(async () => {
    bus = await createTestBus('replay');
    await bus.createTopics(['ImageUploaded', 'ImagePreprocessed', 'DescriptionGenerated'], 3);
    blobDir = mkdtempSync(join(tmpdir(), 'vitrine-replay-'));
    const blobs = createFsBlobStore(blobDir);
    uploads = [];
    for (const [i, p] of photos.entries()) {
      const bytes = readFileSync(join(examples, p.file));
      const stored = await blobs.put(bytes);
      uploads.push(sampleUpload(i, {
        productId: p.product, imageId: stored.sha256, imageUri: stored.uri, byteSize: bytes.length, contentType: p.file.endsWith('.png') ? 'image/png' : 'image/jpeg',
        occurredAt: Date.parse('2026-11-20T00:00:00Z') + i * 86_400_000, // one a day from Nov 20
        context: { supplierId: 's1', market: 'DE', categoryHint: p.hint, targetLocales: ['en', 'de'], priceMinor: 1999, currency: 'EUR' },
      }));
    }
    // An upload whose blob is gone: the preprocessor refuses it as poison, the replay dead-letters it.
    uploads.push(sampleUpload(9, { productId: 'p-missing', occurredAt: Date.parse('2026-11-25T00:00:00Z'), context: { supplierId: 's1', market: 'DE', categoryHint: 'mug', targetLocales: ['en'], priceMinor: null, currency: null } }));
    await bus.publish('ImageUploaded', uploads);
  });
  afterAll(async () => {
    await bus?.close();
    if (blobDir) rmSync(blobDir, { recursive: true, force: true });
  });

  it('dry run: counts the images and products a selection would touch, and changes nothing', async () => {
    const all = await runReplay(options({ dryRun: true }));
    expect(all.counts).toMatchObject({ read: 5, total: 5, selected: 5, products: 5 });
    const some = await runReplay(options({ dryRun: true, selection: { since: Date.parse('2026-11-21T00:00:00Z'), category: 'apparel' } }));
    expect(some.counts).toMatchObject({ read: 5, selected: 1, products: 1 });
    expect(lines.at(-1)).toMatch(/^replay .* \(dry run\): 5\/5 uploads read \(100%\), 1 selected \(1 products\)/);
    const admin = bus.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(bus.topics.topic('DescriptionGenerated'));
      expect(offsets.every((p) => p.high === '0')).toBe(true);
      const groups = (await admin.listGroups()).groups.map((g) => g.groupId);
      expect(groups).not.toContain(replayGroupId(bus.prefix, v2));
    } finally {
      await admin.disconnect();
    }
  });

  it('re-describes the selected uploads under the new version into the real topics, dead-letters what cannot be, then resumes with nothing left', async () => {
    const selection = { products: new Set(['p-mug', 'p-tee', 'p-bag', 'p-missing']) };
    const report = await runReplay(options({ selection }));
    expect(report.counts).toMatchObject({ total: 5, read: 5, selected: 4, products: 4, described: 3, cached: 0, deadLettered: 1 });
    const dlq = await bus.readTopic(`${bus.topics.topic('ImageUploaded')}.dlq`, 1, 30_000);
    expect(dlq.map((m) => [m.key?.toString(), m.headers?.['vitrine.dlq.stage']?.toString(), m.headers?.['vitrine.dlq.reason']?.toString()])).toEqual([['p-missing', `replay.${v2}`, 'blob_not_found']]);
    expect(report.groupId).toBe(replayGroupId(bus.prefix, v2));

    const generated = await bus.readEvents('DescriptionGenerated', 3, 30_000);
    const preprocessed = await bus.readEvents('ImagePreprocessed', 3, 30_000);
    expect(generated.map((g: DescriptionGenerated) => g.productId).sort()).toEqual(['p-bag', 'p-mug', 'p-tee']);
    for (const g of generated) {
      expect(g.modelVersion).toBe(v2);
      expect(g.cached).toBe(false);
      const up = uploads.find((u) => u.productId === g.productId)!;
      expect(g.correlationId).toBe(up.correlationId);
      expect(g.imageId).toBe(up.imageId);
      // lineage: DescriptionGenerated ← ImagePreprocessed ← ImageUploaded
      const pre = preprocessed.find((p: ImagePreprocessed) => p.productId === g.productId)!;
      expect(pre.modelVersion).toBe(v2);
      expect(pre.causationId).toBe(up.eventId);
      expect(g.causationId).toBe(pre.eventId);
    }
    expect(lines.some((l) => l.startsWith(`replay ${v2}: 5/5 uploads read (100%), 4 selected (4 products), 3 described, 0 from cache, 1 dead-lettered`))).toBe(true);

    const again = await runReplay(options({ selection }));
    expect(again.counts).toMatchObject({ total: 0, selected: 0, described: 0 });
  });

  it('with a model server (the local VLM stand-in), the replay pins temperature 0 and a seed fixed by the version', async () => {
    const standIn = await startVlmStandIn();
    try {
      const v3 = `${uniqueName('vlm')}@3`;
      const report = await runReplay(options({ modelVersion: v3, selection: { products: new Set(['p-bag']) }, env: { ...options().env, DESCRIBER: 'vlm', VLM_URL: standIn.baseUrl } }));
      expect(report.counts).toMatchObject({ selected: 1, described: 1, deadLettered: 0 });
      expect(standIn.stats.completions).toBeGreaterThanOrEqual(1);
      const body = standIn.lastRequest as { temperature: number; seed: number };
      expect(body.temperature).toBe(0);
      expect(Number.isInteger(body.seed)).toBe(true);
      const generated = (await bus.readEvents('DescriptionGenerated', 4, 30_000)).filter((g: DescriptionGenerated) => g.modelVersion === v3);
      expect(generated).toHaveLength(1);
      expect(generated[0]).toMatchObject({ productId: 'p-bag', modelId: 'glm-4.6v-flash', cached: false });
    } finally {
      await standIn.close();
    }
  });
});
