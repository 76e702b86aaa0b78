import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestBus, sampleUpload, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';

const fixture = fileURLToPath(new URL('../test-fixtures/passthrough-main.ts', import.meta.url));
const children: ChildProcess[] = [];
let bus: TestBus | undefined;

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await bus?.close();
});

/** Starts the pass-through stage as a separate process and resolves once it has joined. */
function startInstance(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('"ready":true')) resolve(child);
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`instance exited with ${code} before it was ready:\n${out.slice(-2000)}`)));
  });
}

describe('exactly-once micro-batch stage (real broker, separate processes)', () => {
  it('moves 10,000 messages with none lost and none duplicated while an instance is SIGKILLed mid-stream and restarted', async () => {
    bus = await createTestBus('eos');
    await bus.createTopics(['ImageUploaded', 'ImagePreprocessed'], 4);
    const uploads = Array.from({ length: 10_000 }, (_, i) => sampleUpload(i));
    await bus.publish('ImageUploaded', uploads);

    const infra = testInfra();
    const env = {
      KAFKA_BROKERS: infra.brokers.join(','), SCHEMA_REGISTRY_URL: infra.registryUrl, TOPIC_PREFIX: bus.prefix, TOPIC_PARTITIONS: '4',
      GROUP_ID: uniqueName('eos-group'), DELIVERY: 'exactly-once', STAGE_MODE: 'batch', MAX_BATCH_SIZE: '50', MAX_WAIT_MS: '20',
      SESSION_TIMEOUT_MS: '10000', LOG_LEVEL: 'error', HTTP_PORT: '0',
    };

    // A read_committed observer counts outputs as transactions commit.
    const seen: string[] = [];
    const observer = bus.kafka.consumer({ groupId: uniqueName('observer'), readUncommitted: false });
    await observer.connect();
    await observer.subscribe({ topic: bus.topics.topic('ImagePreprocessed'), fromBeginning: true });
    await observer.run({ eachMessage: async ({ message }) => void seen.push((await bus!.codec.decode('ImagePreprocessed', message.value!)).imageId) });

    const a = await startInstance({ ...env, INSTANCE_ID: 'a' });
    await startInstance({ ...env, INSTANCE_ID: 'b' });
    await until(() => seen.length >= 1500, 120_000);
    a.kill('SIGKILL');
    const killedAt = seen.length;
    // Same instance id: its transactional id fences and aborts the killed process's open transaction.
    await startInstance({ ...env, INSTANCE_ID: 'a' });
    await until(() => seen.length >= 10_000, 240_000);
    // Give any duplicate a chance to show up before judging.
    await new Promise((r) => setTimeout(r, 5000));
    await observer.disconnect();

    expect(killedAt).toBeLessThan(10_000);
    expect(seen.length).toBe(10_000);
    expect(new Set(seen).size).toBe(10_000);
    expect(new Set(seen)).toEqual(new Set(uploads.map((u) => u.imageId)));
  });
});

async function until(cond: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
