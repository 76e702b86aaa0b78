import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from './generate';
import { generateFromDisk, generatedDir } from './files';

describe('generated event types', () => {
  it('are up to date with schemas/*.avsc (run `npm run codegen` after changing a schema)', () => {
    const fresh = generateFromDisk();
    expect(readFileSync(join(generatedDir, 'events.ts'), 'utf8')).toBe(fresh.types);
    expect(readFileSync(join(generatedDir, 'schemas.ts'), 'utf8')).toBe(fresh.schemas);
  });

  it('refuses a named type defined two different ways', () => {
    const a = { type: 'record', name: 'A', fields: [{ name: 'x', type: { type: 'record', name: 'Shared', fields: [{ name: 'a', type: 'int' }] } }] };
    const b = { type: 'record', name: 'B', fields: [{ name: 'y', type: { type: 'record', name: 'Shared', fields: [{ name: 'a', type: 'string' }] } }] };
    expect(() => generate({ A: a, B: b })).toThrow(/Shared is defined differently/);
  });

  it('maps unions, arrays, maps and enums', () => {
    const s = { type: 'record', name: 'R', fields: [
      { name: 'n', type: ['null', 'string'] }, { name: 'a', type: { type: 'array', items: 'long' } },
      { name: 'm', type: { type: 'map', values: 'double' } }, { name: 'e', type: { type: 'enum', name: 'E', symbols: ['x', 'y'] } },
    ] };
    const { types } = generate({ R: s });
    expect(types).toContain('n: null | string;');
    expect(types).toContain('a: Array<number>;');
    expect(types).toContain('m: Record<string, number>;');
    expect(types).toContain("export type E = 'x' | 'y';");
  });
});
