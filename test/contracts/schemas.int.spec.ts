import { describe, expect, it } from 'vitest';
import { eventSchemas, topicMap } from '@vitrine/contracts';
import { createTestBus, sampleUpload, testInfra, uniqueName } from '@vitrine/testkit';
import { checkCompatibility, createRegistryClient, runSchemasCommand } from '@vitrine/events';
import { SchemaType } from '@kafkajs/confluent-schema-registry';

const sink = () => {
  let text = '';
  return { write: (s: string) => ((text += s), true), get text() { return text; } };
};

describe('schemas against the real registry (BACKWARD)', () => {
  it('round-trips an event in the Confluent wire format', async () => {
    const bus = await createTestBus('codec');
    const up = sampleUpload(1);
    const bytes = await bus.codec.encode('ImageUploaded', up);
    expect(bytes[0]).toBe(0);
    expect(await bus.codec.decode('ImageUploaded', bytes)).toEqual(up);
    await expect(bus.codec.encode('ImageUploaded', { ...up, byteSize: 'big' } as never)).rejects.toThrow(/byteSize/);
    await expect(bus.codec.decode('ImageUploaded', Buffer.from('nope'))).rejects.toThrow(/not Confluent wire format/);
    await bus.close();
  });

  it('accepts a field added with a default and refuses a BACKWARD-incompatible change', async () => {
    const { registryUrl } = testInfra();
    const prefix = `${uniqueName('schemas')}.`;
    const out = sink();
    expect(await runSchemasCommand(['register', '--registry', registryUrl, '--topic-prefix', prefix], out)).toBe(0);
    expect(await runSchemasCommand(['check', '--registry', registryUrl, '--topic-prefix', prefix], out)).toBe(0);

    const topic = topicMap(prefix).topic('ImageUploaded');
    const base = eventSchemas.ImageUploaded as unknown as { fields: object[] };
    const added = { ...base, fields: [...base.fields, { name: 'tags', type: { type: 'array', items: 'string' }, default: [] }] };
    expect((await checkCompatibility(registryUrl, topic, added)).compatible).toBe(true);

    // A new required field: a reader with this schema cannot read events written before it existed.
    const breaking = { ...base, fields: [...base.fields, { name: 'required', type: 'string' }] };
    expect((await checkCompatibility(registryUrl, topic, breaking)).compatible).toBe(false);
    await expect(
      createRegistryClient(registryUrl).register({ type: SchemaType.AVRO, schema: JSON.stringify(breaking) }, { subject: `${topic}-value` }),
    ).rejects.toThrow();
  });
});
