import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, type AvroSchema, type GeneratedSource } from './generate';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const schemasDir = join(repoRoot, 'schemas');
export const generatedDir = join(repoRoot, 'libs/contracts/src/generated');

export function readSchemas(dir = schemasDir): Record<string, AvroSchema> {
  const out: Record<string, AvroSchema> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.avsc')).sort()) {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { name: string };
    if (`${schema.name}.avsc` !== file) throw new Error(`schemas/${file}: record name ${schema.name} must match the file name`);
    out[schema.name] = schema as unknown as AvroSchema;
  }
  return out;
}

export function generateFromDisk(dir = schemasDir): GeneratedSource {
  return generate(readSchemas(dir));
}
