// `vitrine up` runs the stage services in one process against the real broker and registry. Fed the
// DescriptionGenerated events of a `vitrine describe` run (through `vitrine publish-log`), the services produce the
// same downstream events as the embedded run did: same deterministic ids, same verdicts and titles.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DescriptionModerated, DescriptionTranslated, EventName } from '@vitrine/contracts';
import { readEventLog } from '@vitrine/pipeline';
import { createTestBus, type TestBus } from '@vitrine/testkit';
import { examplesDir, repoRoot, runCli } from './run-cli';

let bus: TestBus;
let out: string;
let up: ChildProcessWithoutNullStreams;
let upOutput = '';
const logged = new Map<EventName, unknown[]>();

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'vitrine-up-'));
  for (const f of ['black-shoe.jpg', 'navy-tshirt.png']) await copyFile(path.join(examplesDir, f), path.join(dir, f));
  out = path.join(dir, 'out');
  const r = await runCli(['describe', dir, '--out', out, '--locales', 'en,de', '--category-hint', 'footwear.sneakers', '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  for (const e of ['DescriptionGenerated', 'DescriptionTranslated', 'DescriptionModerated'] as const) {
    for await (const { value } of readEventLog(path.join(out, 'events', `${e}.avro`))) logged.set(e, [...(logged.get(e) ?? []), value]);
  }

  bus = await createTestBus('cli-up');
  up = spawn(process.execPath, ['bin/vitrine.mjs', 'up', '--only', 'translator,moderator,publisher', '--topic-prefix', bus.prefix], {
    cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  up.stdout.on('data', (d: Buffer) => (upOutput += d.toString()));
  up.stderr.on('data', (d: Buffer) => (upOutput += d.toString()));
  const deadline = Date.now() + 120_000;
  while (!upOutput.includes('service(s) running')) {
    if (Date.now() > deadline || up.exitCode !== null) throw new Error(`vitrine up did not start:\n${upOutput}`);
    await new Promise((res) => setTimeout(res, 200));
  }
}, 300_000);

afterAll(async () => {
  if (up && up.exitCode === null) up.kill('SIGKILL');
  await bus?.close();
});

describe('vitrine up', () => {
  it('starts each stage with its own consumer group and health endpoint', () => {
    for (const s of ['translator', 'moderator', 'publisher']) expect(upOutput).toMatch(new RegExp(`${s}\\s+group vitrine\\.${s}, inputs .*http://127\\.0\\.0\\.1:\\d+/readyz`));
    expect(upOutput).toContain('3 service(s) running');
  });

  it('turns the published DescriptionGenerated events into the same events the embedded run produced', async () => {
    const generated = path.join(out, 'events', 'DescriptionGenerated.avro');
    const p = await runCli(['publish-log', generated, '--topic-prefix', bus.prefix]);
    expect(p.code, p.stderr).toBe(0);
    const n = logged.get('DescriptionGenerated')!.length;
    expect(n).toBe(2);

    const translated = await bus.readEvents('DescriptionTranslated', n, 90_000);
    const moderated = await bus.readEvents('DescriptionModerated', n, 90_000);
    const embeddedT = logged.get('DescriptionTranslated') as DescriptionTranslated[];
    const embeddedM = logged.get('DescriptionModerated') as DescriptionModerated[];
    expect(translated.map((e) => e.eventId).sort()).toEqual(embeddedT.map((e) => e.eventId).sort());
    expect(moderated.map((e) => e.eventId).sort()).toEqual(embeddedM.map((e) => e.eventId).sort());
    for (const m of moderated) {
      const twin = embeddedM.find((e) => e.eventId === m.eventId)!;
      expect(m.verdict.status).toBe(twin.verdict.status);
      expect(m.locales.map((l) => l.title)).toEqual(twin.locales.map((l) => l.title));
    }
    // With a category hint the default policy approves them, so the publisher publishes both.
    const approved = embeddedM.filter((m) => m.verdict.status === 'approved').length;
    expect(approved).toBe(n);
    expect(await bus.readEvents('DescriptionPublished', approved, 60_000)).toHaveLength(approved);
  });

  it('stops every stage on SIGTERM and exits 0', async () => {
    const exited = new Promise<number | null>((res) => up.once('exit', (code) => res(code)));
    up.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(upOutput).toContain('SIGTERM: stopping every service');
  });
});
