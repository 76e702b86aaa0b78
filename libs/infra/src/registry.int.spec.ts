// The local Apicurio Registry behaves as the Confluent-compatible registry the services expect:
// @kafkajs/confluent-schema-registry 3.9 registers an Avro schema, encodes/decodes in the Confluent wire
// format, accepts a BACKWARD-compatible change and refuses an incompatible one.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';

const url = process.env.SCHEMA_REGISTRY_URL ?? '';
const registry = new SchemaRegistry({ host: url });
const subject = `infra-test-${randomUUID().slice(0, 8)}-value`;

const v1 = {
  type: 'record',
  name: 'InfraProbe',
  namespace: 'dev.vitrine.test',
  fields: [{ name: 'productId', type: 'string' }],
};
// BACKWARD-compatible: a new field with a default (readers of v2 can read v1 data).
const v2 = { ...v1, fields: [...v1.fields, { name: 'locale', type: 'string', default: 'en' }] };
// Incompatible: a new field without a default cannot be filled in when reading v1 data.
const v3 = { ...v1, fields: [...v1.fields, { name: 'price', type: 'long' }] };

const avro = (schema: object) => ({ type: SchemaType.AVRO as const, schema: JSON.stringify(schema) });

describe('local schema registry (Apicurio, ccompat v7)', () => {
  it('has BACKWARD as the global compatibility', async () => {
    expect(url).toMatch(/\/apis\/ccompat\/v7$/);
    const res = await fetch(`${url}/config`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { compatibilityLevel: string }).compatibilityLevel).toBe('BACKWARD');
  });

  it('registers an Avro schema and round-trips a message in the Confluent wire format', async () => {
    const { id } = await registry.register(avro(v1), { subject });
    expect(id).toBeGreaterThan(0);
    const encoded = await registry.encode(id, { productId: 'p-42' });
    expect(encoded[0]).toBe(0); // magic byte
    expect(encoded.readInt32BE(1)).toBe(id);
    expect(await registry.decode(encoded)).toEqual({ productId: 'p-42' });
  });

  it('accepts a compatible evolution and refuses an incompatible one (BACKWARD)', async () => {
    const { id: id2 } = await registry.register(avro(v2), { subject });
    expect(id2).toBeGreaterThan(0);
    expect(await registry.getLatestSchemaId(subject)).toBe(id2);
    await expect(registry.register(avro(v3), { subject })).rejects.toThrow(/incompatible|compatib|409/i);
    expect(await registry.getLatestSchemaId(subject)).toBe(id2);
  });
});
