import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import avro from 'avsc';
import { eventNames, eventSchemas, type EventName, type EventTypes } from '@vitrine/contracts';
import { eventType } from './offline-codec';

/**
 * The event log of an embedded run: one Avro object container file per event type, `<dir>/<EventName>.avro`
 * (https://avro.apache.org/docs/1.11.1/specification/#object-container-files). One file per type rather than one
 * union file, so that every file carries exactly the schema of one topic's values (readable by any Avro tool, e.g.
 * `avro-tools tojson`), and so that `vitrine publish-log` maps a file to its topic from the schema alone. The header
 * also carries `vitrine.event` = the event name. Blocks are deflate-compressed.
 */
export const EVENT_LOG_META = 'vitrine.event';

export interface EventLogWriter {
  append<E extends EventName>(event: E, value: EventTypes[E]): void;
  /** Flushes and closes every file; returns the paths written. */
  close(): Promise<string[]>;
}

export function createEventLogWriter(dir: string): EventLogWriter {
  const open = new Map<EventName, { encoder: avro.streams.BlockEncoder; file: WriteStream; path: string }>();
  let made: Promise<unknown> | undefined;
  let failed: Error | undefined;

  const fileFor = (event: EventName) => {
    let f = open.get(event);
    if (!f) {
      const path = join(dir, `${event}.avro`);
      const encoder = new avro.streams.BlockEncoder(eventType(event), { codec: 'deflate', metadata: { [EVENT_LOG_META]: Buffer.from(event) } } as never);
      const file = createWriteStream(path);
      encoder.pipe(file);
      encoder.on('error', (e: Error) => (failed ??= e));
      file.on('error', (e: Error) => (failed ??= e));
      open.set(event, (f = { encoder, file, path }));
    }
    return f;
  };

  return {
    append(event, value) {
      if (failed) throw failed;
      made ??= mkdir(dir, { recursive: true });
      fileFor(event).encoder.write(value);
    },
    async close() {
      await made;
      const paths: string[] = [];
      for (const { encoder, file, path } of open.values()) {
        encoder.end();
        if (!file.closed) await once(file, 'close');
        paths.push(path);
      }
      if (failed) throw failed;
      return paths;
    },
  };
}

/** The event a container file holds: from the `vitrine.event` header, else from the schema's record name. */
export function eventOfLogFile(path: string): EventName {
  const header = avro.extractFileHeader(path);
  if (!header) throw new Error(`${path}: not an Avro object container file`);
  const meta = header.meta as Record<string, unknown>;
  const tagged = meta[EVENT_LOG_META] instanceof Buffer ? (meta[EVENT_LOG_META] as Buffer).toString() : undefined;
  const schemaName = String((meta['avro.schema'] as { name?: string })?.name ?? '').split('.').pop();
  const event = (tagged ?? schemaName) as EventName;
  if (!eventNames.includes(event)) throw new Error(`${path}: holds "${tagged ?? schemaName}", which is not a Vitrine event (${eventNames.join(', ')})`);
  return event;
}

/**
 * Reads a container file's values, resolved from the writer's schema (in the file) into the current schema, so a log
 * written before a field was added (with a default) still reads.
 */
export async function* readEventLog(path: string): AsyncGenerator<{ event: EventName; value: EventTypes[EventName] }> {
  const event = eventOfLogFile(path);
  const decoder = createReadStream(path).pipe(new avro.streams.BlockDecoder({ readerSchema: eventSchemas[event] } as never));
  for await (const value of decoder) yield { event, value: value as EventTypes[EventName] };
}

/** Orders log files as the pipeline emits them (ImageUploaded first …), so a publish replays causes before effects. */
export function sortLogFiles(paths: string[]): string[] {
  const rank = (p: string) => {
    const i = eventNames.indexOf(basename(p).replace(/\.avro$/, '') as EventName);
    return i < 0 ? eventNames.length : i;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
