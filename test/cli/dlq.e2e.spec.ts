// `vitrine dlq list|show|redrive` against the real broker and registry, on dead letters written the way the stage
// runner writes them (deadLetterMessage from @vitrine/stream).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dlqTopic } from '@vitrine/contracts';
import { ensureTopics } from '@vitrine/events';
import { deadLetterMessage } from '@vitrine/stream';
import { createTestBus, sampleUpload, type TestBus } from '@vitrine/testkit';
import { runCli } from './run-cli';

let bus: TestBus;
let source: string;
let dlq: string;
const uploads = [sampleUpload(1), sampleUpload(2), sampleUpload(3)];

beforeAll(async () => {
  bus = await createTestBus('cli-dlq');
  source = bus.topics.topic('ImageUploaded');
  dlq = dlqTopic(source);
  const admin = bus.kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [{ topic: source, partitions: 2, withDlq: true }]);
  await admin.disconnect();
  const messages = await Promise.all(
    uploads.map(async (u, i) => {
      const m = deadLetterMessage({
        topic: source, partition: 0, offset: String(i), key: Buffer.from(u.productId), value: await bus.codec.encode('ImageUploaded', u),
        headers: { 'vitrine.event': 'ImageUploaded', 'trace-id': `trace-${i}` }, error: new Error(`blob not found: ${u.imageUri}`), reason: 'blob_not_found',
        stage: 'preprocessor', firstFailureAt: Date.UTC(2026, 11, 1), attempts: 1,
      });
      return { key: u.productId, value: m.value, headers: m.headers };
    }),
  );
  await bus.publishRaw(dlq, messages as never);
}, 120_000);
afterAll(async () => bus?.close());

describe('vitrine dlq', () => {
  it('lists the dead-letter topics under the prefix with their counts', async () => {
    const r = await runCli(['dlq', 'list', '--topic-prefix', bus.prefix]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`${dlq.replace(/\./g, '\\.')}\\s+3\\s+3`));
  });

  it('shows each dead letter with its vitrine.dlq.* headers and the decoded event', async () => {
    const r = await runCli(['dlq', 'show', 'vitrine.image-uploaded', '--topic-prefix', bus.prefix, '--limit', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${dlq}: 3 dead letter(s), showing the first 2`);
    expect(r.stdout).toContain('vitrine.dlq.reason: blob_not_found');
    expect(r.stdout).toContain('vitrine.dlq.stage: preprocessor');
    expect(r.stdout).toContain(`vitrine.dlq.source-topic: ${source}`);
    expect(r.stdout).toContain(`ImageUploaded eventId ${uploads[0]!.eventId} productId p-1`);
    expect(r.stdout.match(/^— /gm)).toHaveLength(2);
  });

  it('re-drives to the source topic once: original key, value and headers, the dlq headers dropped', async () => {
    const first = await runCli(['dlq', 'redrive', dlq, '--topic-prefix', bus.prefix, '--limit', '2']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`re-drove 2 dead letter(s); 2 → ${source}`);
    const second = await runCli(['dlq', 'redrive', dlq, '--topic-prefix', bus.prefix]);
    expect(second.stdout).toContain(`re-drove 1 dead letter(s); 1 → ${source}`);
    const third = await runCli(['dlq', 'redrive', dlq, '--topic-prefix', bus.prefix]);
    expect(third.stdout).toContain('nothing to re-drive');

    const back = await bus.readTopic(source, 3, 30_000);
    expect(back).toHaveLength(3);
    const decoded = await Promise.all(back.map((m) => bus.codec.decode('ImageUploaded', m.value!)));
    expect(decoded.map((d) => d.eventId).sort()).toEqual(uploads.map((u) => u.eventId).sort());
    for (const m of back) {
      const headers = Object.keys(m.headers ?? {});
      expect(headers.filter((h) => h.startsWith('vitrine.dlq.'))).toEqual([]);
      expect(m.headers!['trace-id']?.toString()).toMatch(/^trace-\d$/);
      expect(m.headers!['vitrine.redriven-from']?.toString()).toMatch(new RegExp(`^${dlq.replace(/\./g, '\\.')}/0/\\d$`));
      expect(m.key?.toString()).toBe(decoded[back.indexOf(m)]!.productId);
    }
    const listed = await runCli(['dlq', 'list', '--topic-prefix', bus.prefix]);
    expect(listed.stdout).toMatch(new RegExp(`${dlq.replace(/\./g, '\\.')}\\s+3\\s+0`));
  });

  it('names a topic that has no dead-letter topic', async () => {
    const r = await runCli(['dlq', 'show', 'no-such-topic', '--topic-prefix', bus.prefix]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no dead-letter topic no-such-topic.dlq');
  });
});
