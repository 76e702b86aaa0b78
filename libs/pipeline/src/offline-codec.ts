import { eventSchemas, topicMap, type EventName, type TopicMap } from '@vitrine/contracts';
import { eventType, schemaViolations, SchemaViolation, UndecodableMessage, type EventCodec } from '@vitrine/events';

// Still part of @vitrine/pipeline: the event log, the embedded pipeline and the describe e2e test take them from here.
export { eventType, schemaViolations };

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
