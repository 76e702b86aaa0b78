/**
 * The JSON Schema subset the attribute schema uses, and a validator for exactly that subset.
 *
 * Why a subset: the schema is sent as `response_format: {type: "json_schema", json_schema: {strict: true}}`, and the
 * servers that enforce it by constrained decoding (vLLM with xgrammar or llguidance, SGLang) and OpenAI's strict mode
 * accept only part of JSON Schema. Keeping to type / enum / anyOf / properties / required / additionalProperties:false /
 * items / minItems / maxItems / maxLength keeps the schema portable, and lets the same object validate the reply here
 * (a server without constrained decoding, or a truncated reply, still gets checked).
 * - OpenAI strict mode: https://platform.openai.com/docs/guides/structured-outputs#supported-schemas
 * - llguidance JSON features: https://github.com/guidance-ai/llguidance/blob/main/docs/json_schema.md
 */
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export interface JsonSchema {
  type?: JsonType | JsonType[];
  description?: string;
  enum?: ReadonlyArray<string | number | boolean | null>;
  anyOf?: ReadonlyArray<JsonSchema>;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: ReadonlyArray<string>;
  additionalProperties?: boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

/** One validation error: a JSON pointer into the value and what is wrong there. */
export interface JsonSchemaError {
  path: string;
  message: string;
}

/** Formats errors as one line each, e.g. `/colors/0: "azure" is not one of the 24 allowed values`. */
export const formatSchemaErrors = (errors: ReadonlyArray<JsonSchemaError>): string[] =>
  errors.map((e) => `${e.path || '/'}: ${e.message}`);

const typeOf = (v: unknown): JsonType => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as JsonType;
};

const matchesType = (v: unknown, t: JsonType): boolean => {
  const actual = typeOf(v);
  if (t === 'number') return actual === 'number' || actual === 'integer';
  return actual === t;
};

const pointer = (path: string, key: string | number): string =>
  `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

const shown = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/**
 * Validates `value` against `schema` (the subset above). Returns every error found (capped at `maxErrors`), in
 * document order; an empty array means the value conforms.
 */
export function validateJson(schema: JsonSchema, value: unknown, maxErrors = 50): JsonSchemaError[] {
  const errors: JsonSchemaError[] = [];
  const push = (path: string, message: string) => {
    if (errors.length < maxErrors) errors.push({ path, message });
  };
  walk(schema, value, '', push);
  return errors;
}

function walk(schema: JsonSchema, value: unknown, path: string, push: (p: string, m: string) => void): void {
  if (schema.anyOf) {
    const branchErrors = schema.anyOf.map((s) => {
      const errs: JsonSchemaError[] = [];
      walk(s, value, path, (p, m) => errs.push({ path: p, message: m }));
      return errs;
    });
    if (branchErrors.some((e) => e.length === 0)) return;
    // Report the branch whose type matched, if any: its errors say more than "no branch matched".
    const typed = schema.anyOf.findIndex((s) => s.type !== undefined && [s.type].flat().some((t) => matchesType(value, t)));
    const best = typed >= 0 ? branchErrors[typed]! : [];
    if (best.length > 0) for (const e of best) push(e.path, e.message);
    else push(path, `${shown(value)} matches none of the allowed forms`);
    return;
  }
  if (schema.type !== undefined) {
    const types = [schema.type].flat();
    if (!types.some((t) => matchesType(value, t))) {
      push(path, `expected ${types.join(' or ')}, got ${typeOf(value)}`);
      return;
    }
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) {
    push(path, `${shown(value)} is not one of the ${schema.enum.length} allowed values`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) push(path, `shorter than ${schema.minLength} characters`);
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) push(path, `longer than ${schema.maxLength} characters`);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) push(path, 'not a finite number');
    if (schema.minimum !== undefined && value < schema.minimum) push(path, `below the minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) push(path, `above the maximum ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) push(path, `fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) push(path, `more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => walk(schema.items!, item, pointer(path, i), push));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) push(pointer(path, key), 'is required');
    }
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties?.[key];
      if (sub) walk(sub, v, pointer(path, key), push);
      else if (schema.additionalProperties === false) push(pointer(path, key), 'is not an allowed property');
    }
  }
}

/**
 * Lists the places where `schema` breaks the rules of strict structured output (every object closed with
 * `additionalProperties: false` and every property required). An empty list means a strict server accepts it.
 */
export function strictModeViolations(schema: JsonSchema, path = '#'): string[] {
  const out: string[] = [];
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.includes('object') || schema.properties) {
    if (schema.additionalProperties !== false) out.push(`${path}: object without additionalProperties:false`);
    const keys = Object.keys(schema.properties ?? {});
    const req = new Set(schema.required ?? []);
    for (const k of keys) if (!req.has(k)) out.push(`${path}/properties/${k}: not required`);
    for (const k of keys) out.push(...strictModeViolations(schema.properties![k]!, `${path}/properties/${k}`));
  }
  if (schema.items) out.push(...strictModeViolations(schema.items, `${path}/items`));
  schema.anyOf?.forEach((s, i) => out.push(...strictModeViolations(s, `${path}/anyOf/${i}`)));
  return out;
}
