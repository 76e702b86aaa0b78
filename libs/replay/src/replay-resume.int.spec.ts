import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '@vitrine/blobstore';
import type { DescriptionGenerated, ImageUploaded } from '@vitrine/contracts';
import { createTestBus, sampleUpload, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';

/**
 * `vitrine replay` killed (SIGKILL) in the middle of a run resumes from its group's committed offsets when run again,
 * and the uploads it had in flight come out with the same event ids (consumers dedupe them). Real broker, registry
 * and Redis; the real preprocessor and offline describer; the CLI as a child process.
 */
const root = join(import.meta.dirname, '../../..');
const examples = join(root, 'test/fixtures/examples');
const files = ['red-mug.jpg', 'black-shoe.jpg', 'navy-tshirt.png', 'green-backpack.jpg', 'water-bottle.jpg', 'headphones-box.jpg'];

function cli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['bin/vitrine.mjs', ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('vitrine replay resumes after a crash', () => {
  let bus: TestBus;
  let blobDir: string;
  let uploads: ImageUploaded[];

  beforeAll(async () => {
    bus = await createTestBus('replay-resume');
    await bus.createTopics(['ImageUploaded', 'ImagePreprocessed', 'DescriptionGenerated'], 1);
    blobDir = mkdtempSync(join(tmpdir(), 'vitrine-replay-resume-'));
    const blobs = createFsBlobStore(blobDir);
    uploads = [];
    for (const [i, f] of files.entries()) {
      const bytes = readFileSync(join(examples, f));
      const s = await blobs.put(bytes);
      uploads.push(sampleUpload(i, { productId: `p-${i}`, imageId: s.sha256, imageUri: s.uri, byteSize: bytes.length, contentType: f.endsWith('.png') ? 'image/png' : 'image/jpeg' }));
    }
    await bus.publish('ImageUploaded', uploads);
  });
  afterAll(async () => {
    await bus?.close();
    if (blobDir) rmSync(blobDir, { recursive: true, force: true });
  });

  it('killed after some uploads were described, the next run does only the rest, with the same event ids', async () => {
    const infra = testInfra();
    const v = `${uniqueName('resume')}@2`;
    const env = {
      KAFKA_BROKERS: infra.brokers.join(','), SCHEMA_REGISTRY_URL: infra.registryUrl, REDIS_URL: infra.redisUrl, TOPIC_PREFIX: bus.prefix, TOPIC_PARTITIONS: '1',
      BLOB_STORE_DIR: blobDir, DESCRIBER: 'offline', ORT_INTRA_OP_THREADS: '1', MAX_BATCH_SIZE: '1', LOG_LEVEL: 'warn',
    };
    const admin = bus.kafka.admin();
    await admin.connect();
    const generatedCount = async () => Number((await admin.fetchTopicOffsets(bus.topics.topic('DescriptionGenerated')))[0]!.high);
    try {
      const first = cli(['replay', '--model-version', v, '--json'], env);
      const deadline = Date.now() + 120_000;
      while ((await generatedCount()) < 2) {
        if (Date.now() > deadline) throw new Error(`no progress: ${first.err().slice(-2000)}`);
        if (first.child.exitCode !== null) throw new Error(`the replay ended before it could be killed: ${first.out()} ${first.err().slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      first.child.kill('SIGKILL');
      await first.exited;
      const before = await generatedCount();
      expect(before).toBeLessThan(uploads.length);

      const second = cli(['replay', '--model-version', v, '--json'], env);
      expect(await second.exited, second.err().slice(-2000)).toBe(0);
      const report = JSON.parse(second.out()) as { counts: { total: number; selected: number; deadLettered: number } };
      // Resumed from the committed offsets: fewer uploads left than the log holds, and none dead-lettered.
      expect(report.counts.total).toBeLessThan(uploads.length);
      expect(report.counts.total).toBeGreaterThanOrEqual(uploads.length - before);
      expect(report.counts.deadLettered).toBe(0);

      const generated = await bus.readEvents('DescriptionGenerated', await generatedCount(), 30_000);
      const idsByUpload = new Map<string, Set<string>>();
      for (const g of generated as DescriptionGenerated[]) {
        expect(g.modelVersion).toBe(v);
        idsByUpload.set(g.productId, (idsByUpload.get(g.productId) ?? new Set()).add(g.eventId));
      }
      expect([...idsByUpload.keys()].sort()).toEqual(uploads.map((u) => u.productId).sort());
      for (const ids of idsByUpload.values()) expect(ids.size).toBe(1); // a re-described upload has the same id
    } finally {
      await admin.disconnect();
    }
  });
});
