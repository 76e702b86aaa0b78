import avro from 'avsc';
import { eventSchemas, topicMap, type EventName, type TopicMap } from '@vitrine/contracts';
import { SchemaViolation, UndecodableMessage, type EventCodec } from '@vitrine/events';

const types = new Map<EventName, avro.Type>();

/** The avsc type of an event's schema (cached; the schema objects are the generated ones from schemas/*.avsc). */
export function eventType(event: EventName): avro.Type {
  let t = types.get(event);
  if (!t) types.set(event, (t = avro.Type.forSchema(eventSchemas[event] as unknown as avro.Schema)));
  return t;
}

/** Paths at which `value` does not match the event's schema; empty when it does. */
export function schemaViolations(event: EventName, value: unknown): string[] {
  const paths: string[] = [];
  eventType(event).isValid(value, { errorHook: (p) => paths.push(p.join('.') || '(root)') });
  return paths;
}

/**
 * An EventCodec with no schema registry, for stages run embedded (the CLI). Stage handlers do not encode or decode
 * (the runner does), but `StageDefinition.handler` receives a codec; this one frames values like the Confluent wire
 * format with schema id 0, which no registry ever hands out, so such a value can never be mistaken for a real one.
 */
export function createOfflineCodec(topics: TopicMap = topicMap('')): EventCodec {
  return {
    topics,
    async registerAll() {
      return Object.fromEntries(Object.keys(eventSchemas).map((e) => [e, 0])) as Record<EventName, number>;
    },
    async encode(event, value) {
      const bad = schemaViolations(event, value);
      if (bad.length) throw new SchemaViolation(event, bad);
      return Buffer.concat([Buffer.alloc(5), eventType(event).toBuffer(value)]);
    },
    async decode(event, buffer) {
      if (buffer.length < 5 || buffer[0] !== 0 || buffer.readUInt32BE(1) !== 0) throw new UndecodableMessage('not an offline-codec value');
      try {
        return eventType(event).fromBuffer(buffer.subarray(5)) as never;
      } catch (e) {
        throw new UndecodableMessage(`cannot decode as ${event}: ${(e as Error).message}`, { cause: e });
      }
    },
    invalidPaths: schemaViolations,
  };
}
