import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import avro from 'avsc';
import { eventSchemas, valueSubject, type EventName, type EventTypes, type TopicMap } from '@vitrine/contracts';

/**
 * Event values in the Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro binary):
 * https://docs.confluent.io/platform/current/schema-registry/fundamentals/serdes-develop/index.html#wire-format
 * @kafkajs/confluent-schema-registry does the framing and caches schemas by id; we register each event's schema
 * once under `<topic>-value` and keep the id, so encoding never calls the registry on the hot path.
 */
export interface EventCodec {
  readonly topics: TopicMap;
  /** Registers (or finds) every event schema under its subject; idempotent. Call once at start-up. */
  registerAll(): Promise<Record<EventName, number>>;
  encode<E extends EventName>(event: E, value: EventTypes[E]): Promise<Buffer>;
  /** Decodes with the writer's schema from the registry, resolved into our current (reader) schema. */
  decode<E extends EventName>(event: E, buffer: Buffer): Promise<EventTypes[E]>;
  /** Validates a value against the event's schema without encoding; returns the paths that are wrong. */
  invalidPaths<E extends EventName>(event: E, value: unknown): string[];
}

export class UndecodableMessage extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UndecodableMessage';
  }
}

export class SchemaViolation extends Error {
  constructor(readonly event: string, readonly paths: string[]) {
    super(`${event} does not match its schema at ${paths.join(', ')}`);
    this.name = 'SchemaViolation';
  }
}

export function createRegistryClient(url: string): SchemaRegistry {
  return new SchemaRegistry({ host: url, retry: { retries: 5, initialRetryTimeInSecs: 0.2 } });
}

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

export function createEventCodec(registry: SchemaRegistry, topics: TopicMap): EventCodec {
  const ids = new Map<EventName, Promise<number>>();

  const register = async (event: EventName): Promise<number> => {
    const schema = { type: SchemaType.AVRO, schema: JSON.stringify(eventSchemas[event]) } as const;
    const subject = valueSubject(topics.topic(event));
    try {
      return (await registry.register(schema, { subject })).id;
    } catch (e) {
      // register() first sets the subject's compatibility when the subject is new; two services starting at once
      // race on that, and Apicurio answers the loser "A rule named 'COMPATIBILITY' already exists". The rule is
      // there now, so registering again succeeds.
      if (!/already exists/i.test(String((e as Error).message))) throw e;
      return (await registry.register(schema, { subject })).id;
    }
  };
  // One registration per event and process: concurrent first encodes share the same promise.
  const idOf = (event: EventName): Promise<number> => {
    let id = ids.get(event);
    if (!id) {
      ids.set(event, (id = register(event)));
      id.catch(() => ids.delete(event));
    }
    return id;
  };

  // registry.decode(buffer, { readerSchema }) would parse the reader schema and build a writer→reader resolver on
  // every call (milliseconds and megabytes for our larger schemas); both depend only on (event, writer schema id),
  // so we build them once. Same semantics: the writer's schema from the registry, resolved into our reader schema.
  const readers = new Map<string, Promise<(payload: Buffer) => unknown>>();
  const readerFor = (event: EventName, writerId: number): Promise<(payload: Buffer) => unknown> => {
    const key = `${event}\u0000${writerId}`;
    let r = readers.get(key);
    if (!r) {
      readers.set(key, (r = (async () => {
        const writer = (await registry.getSchema(writerId)) as unknown as avro.Type;
        const reader = eventType(event);
        if (reader.equals(writer)) return (payload: Buffer) => reader.fromBuffer(payload);
        const resolver = reader.createResolver(writer);
        return (payload: Buffer) => reader.fromBuffer(payload, resolver);
      })()));
      r.catch(() => readers.delete(key));
    }
    return r;
  };

  return {
    topics,
    async registerAll() {
      const out = {} as Record<EventName, number>;
      for (const e of Object.keys(eventSchemas) as EventName[]) out[e] = await idOf(e);
      return out;
    },
    async encode(event, value) {
      const bad = schemaViolations(event, value);
      if (bad.length) throw new SchemaViolation(event, bad);
      return registry.encode(await idOf(event), value);
    },
    async decode(event, buffer) {
      if (buffer.length < 5 || buffer[0] !== 0) {
        throw new UndecodableMessage(`not Confluent wire format (${buffer.length} bytes, first byte ${buffer[0] ?? 'none'})`);
      }
      try {
        return (await readerFor(event, buffer.readInt32BE(1)))(buffer.subarray(5)) as never;
      } catch (e) {
        throw new UndecodableMessage(`cannot decode as ${event}: ${(e as Error).message}`, { cause: e });
      }
    },
    invalidPaths: schemaViolations,
  };
}
