// Generates TypeScript types from the Avro schemas in schemas/. Pure: schema objects in, source text out.
// Avro → TypeScript mapping follows the Avro 1.11 spec (https://avro.apache.org/docs/1.11.1/specification/):
// long/int/float/double → number (avsc decodes long as a JS number; our longs are epoch millis and minor units,
// far below 2^53), union [null, T] → T | null, enum → string literal union, map → Record<string, T>.

export type AvroSchema = string | AvroSchema[] | { type: string | AvroSchema; [key: string]: unknown };

interface Field { name: string; type: AvroSchema; doc?: string; default?: unknown }
interface Named { type: 'record' | 'enum' | 'fixed'; name: string; namespace?: string; doc?: string; fields?: Field[]; symbols?: string[] }

export interface GeneratedSource { types: string; schemas: string }

const primitives: Record<string, string> = {
  null: 'null', boolean: 'boolean', int: 'number', long: 'number', float: 'number', double: 'number', bytes: 'Buffer', string: 'string',
};

export function generate(schemas: Record<string, AvroSchema>): GeneratedSource {
  const defs = new Map<string, { json: string; ts: string }>();

  const tsType = (s: AvroSchema): string => {
    if (typeof s === 'string') return primitives[s] ?? shortName(s);
    if (Array.isArray(s)) return s.map(tsType).join(' | ');
    const t = s.type;
    if (typeof t !== 'string') return tsType(t);
    if (t === 'array') return `Array<${tsType(s.items as AvroSchema)}>`;
    if (t === 'map') return `Record<string, ${tsType(s.values as AvroSchema)}>`;
    if (t === 'record' || t === 'enum' || t === 'fixed') return define(s as unknown as Named);
    return primitives[t] ?? shortName(t);
  };

  const define = (n: Named): string => {
    const json = JSON.stringify(n);
    const known = defs.get(n.name);
    if (known) {
      // The same named type appears inline in several event schemas; they must stay identical, or the
      // events would disagree about what e.g. an Attribute is.
      if (known.json !== json) throw new Error(`Avro type ${n.name} is defined differently in two schemas`);
      return n.name;
    }
    defs.set(n.name, { json, ts: '' });
    let ts: string;
    if (n.type === 'enum') {
      ts = `${jsdoc(n.doc, '')}export type ${n.name} = ${(n.symbols ?? []).map((x) => `'${x}'`).join(' | ')};\n`;
    } else if (n.type === 'fixed') {
      ts = `${jsdoc(n.doc, '')}export type ${n.name} = Buffer;\n`;
    } else {
      const fields = (n.fields ?? []).map((f) => `${jsdoc(f.doc, '  ')}  ${f.name}: ${tsType(f.type)};`).join('\n');
      ts = `${jsdoc(n.doc, '')}export interface ${n.name} {\n${fields}\n}\n`;
    }
    defs.set(n.name, { json, ts });
    return n.name;
  };

  const names = Object.keys(schemas).sort();
  for (const name of names) tsType(schemas[name] as AvroSchema);

  const header = '// Generated from schemas/*.avsc by `npm run codegen`. Do not edit: change the schema and regenerate.\n';
  const types = header + '\n' + [...defs.values()].map((d) => d.ts).join('\n') +
    `\n/** Every event type, by schema name. */\nexport interface EventTypes {\n${names.map((n) => `  ${n}: ${n};`).join('\n')}\n}\n\nexport type EventName = keyof EventTypes;\n`;
  const schemaSrc = header + '\n' +
    `/** The Avro schemas, as written in schemas/, keyed by event name. */\nexport const eventSchemas = ${JSON.stringify(Object.fromEntries(names.map((n) => [n, schemas[n]])), null, 2)} as const;\n`;
  return { types, schemas: schemaSrc };
}

function shortName(fullName: string): string {
  return fullName.split('.').pop() ?? fullName;
}

function jsdoc(doc: string | undefined, indent: string): string {
  return doc ? `${indent}/** ${doc.replace(/\*\//g, '* /')} */\n` : '';
}
