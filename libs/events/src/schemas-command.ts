import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { topicMap, type EventName } from '@vitrine/contracts';
import { createEventCodec, createRegistryClient } from './codec';
import { checkCompatibility } from './compatibility';
import { generateFromDisk, generatedDir, readSchemas } from './codegen/files';

/**
 * `vitrine schemas register|check|codegen`.
 * check: every schema on disk against the latest registered version of its subject; exits 1 on a BACKWARD-incompatible
 * change, so CI can refuse it before a deploy. register: registers the schemas as the codec would at service start.
 */
export async function runSchemasCommand(argv: string[], out: { write(s: string): unknown } = process.stdout): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { registry: { type: 'string' }, 'topic-prefix': { type: 'string', default: '' } },
  });
  const action = positionals[0];
  const registryUrl = values.registry ?? process.env.SCHEMA_REGISTRY_URL ?? 'http://127.0.0.1:8081/apis/ccompat/v7';
  const topics = topicMap(values['topic-prefix']);

  if (action === 'codegen') {
    const src = generateFromDisk();
    writeFileSync(join(generatedDir, 'events.ts'), src.types);
    writeFileSync(join(generatedDir, 'schemas.ts'), src.schemas);
    out.write(`generated ${join(generatedDir, 'events.ts')} and schemas.ts\n`);
    return 0;
  }
  if (action === 'check') {
    let bad = 0;
    for (const [name, schema] of Object.entries(readSchemas())) {
      const r = await checkCompatibility(registryUrl, topics.topic(name as EventName), schema as object);
      out.write(`${r.compatible ? 'ok  ' : 'FAIL'} ${r.subject}${r.isNew ? ' (new subject)' : ''}${r.messages.length ? `: ${r.messages.join('; ')}` : ''}\n`);
      if (!r.compatible) bad++;
    }
    if (bad) out.write(`${bad} schema(s) are not BACKWARD compatible with what is registered: add fields with defaults, rename with aliases\n`);
    return bad ? 1 : 0;
  }
  if (action === 'register') {
    const ids = await createEventCodec(createRegistryClient(registryUrl), topics).registerAll();
    for (const [name, id] of Object.entries(ids)) out.write(`${topics.topic(name as EventName)}-value → schema id ${id}\n`);
    return 0;
  }
  out.write('usage: vitrine schemas register|check|codegen [--registry URL] [--topic-prefix P]\n');
  return 2;
}
