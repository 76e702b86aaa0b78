import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleUpload } from '@vitrine/testkit';
import { createEventLogWriter, eventOfLogFile, readEventLog, sortLogFiles } from './event-log';

describe('event log (Avro object container files)', () => {
  it('writes one container per event type and reads every value back, in order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vitrine-log-'));
    const w = createEventLogWriter(join(dir, 'events'));
    const ups = Array.from({ length: 250 }, (_, i) => sampleUpload(i));
    for (const u of ups) w.append('ImageUploaded', u);
    const paths = await w.close();
    expect(paths).toEqual([join(dir, 'events', 'ImageUploaded.avro')]);
    expect(eventOfLogFile(paths[0]!)).toBe('ImageUploaded');
    const back = [];
    for await (const r of readEventLog(paths[0]!)) back.push(r);
    expect(back.map((r) => r.event)).toEqual(ups.map(() => 'ImageUploaded'));
    expect(back.map((r) => JSON.parse(JSON.stringify(r.value)))).toEqual(ups);
  });

  it('refuses a file that is not an Avro container, naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vitrine-log-'));
    const bad = join(dir, 'x.avro');
    await writeFile(bad, 'hello');
    expect(() => eventOfLogFile(bad)).toThrow(`${bad}: not an Avro object container file`);
  });

  it('orders files so that causes are published before their effects', () => {
    expect(sortLogFiles(['o/DescriptionPublished.avro', 'o/ImageUploaded.avro', 'o/DescriptionGenerated.avro', 'o/ImagePreprocessed.avro'])).toEqual([
      'o/ImageUploaded.avro', 'o/ImagePreprocessed.avro', 'o/DescriptionGenerated.avro', 'o/DescriptionPublished.avro',
    ]);
  });
});
