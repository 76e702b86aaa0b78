import { formatSchemaErrors, validateJson, type JsonSchema } from './json-schema';

/**
 * The controlled vocabularies a description may use, as taxonomy codes. Each list is optional: a list that is given
 * becomes an `enum` in the JSON schema (so a constrained decoder cannot produce any other code) and is enforced by
 * validation; a list that is absent leaves that field free text (bounded in length), which the lead should avoid in
 * production. The taxonomy library owns the codes; this library only carries them.
 */
export interface DescribeVocabularies {
  categories?: readonly string[];
  colors?: readonly string[];
  materials?: readonly string[];
  styles?: readonly string[];
  useScenes?: readonly string[];
  features?: readonly string[];
  /** Names a model may use in `attributes[].name`; defaults to DEFAULT_ATTRIBUTE_NAMES. */
  attributeNames?: readonly string[];
}

/** Named attributes both the offline rules and the model produce (NamedAttribute.name in the contract). */
export const DEFAULT_ATTRIBUTE_NAMES = [
  'brand',
  'model_number',
  'capacity',
  'size',
  'dimensions',
  'weight',
  'battery_life',
  'battery_capacity',
  'age_range',
  'power',
  'quantity',
  'pattern',
  'fit',
  'target_user',
] as const;

/** Bounds on the free text and list lengths; they also bound generation time on the model server. */
export const OUTPUT_LIMITS = {
  codesPerList: 8,
  attributes: 16,
  attributeValueChars: 80,
  titleChars: 150,
  sellingPoints: 6,
  sellingPointChars: 200,
  descriptionChars: 1500,
} as const;

/**
 * What the model returns: the JSON object described by the attribute schema. Codes are taxonomy codes; free text is in
 * the locale the prompt asked for. The model gives no confidences (they would be made up); the merge policy assigns
 * them.
 */
export interface VlmOutput {
  category: string | null;
  colors: string[];
  materials: string[];
  styles: string[];
  useScenes: string[];
  features: string[];
  attributes: Array<{ name: string; value: string; unit: string | null }>;
  title: string;
  sellingPoints: string[];
  description: string;
}

/** Bumped whenever the shape of the attribute schema changes (recorded with the prompt template version). */
export const ATTRIBUTE_SCHEMA_VERSION = '1.0.0';

export interface AttributeSchema {
  /** `json_schema.name` sent to the server (`^[a-zA-Z0-9_-]{1,64}$`). */
  name: string;
  version: string;
  vocabularies: Readonly<DescribeVocabularies>;
  jsonSchema: JsonSchema;
}

const codeList = (codes: readonly string[] | undefined, what: string): JsonSchema => ({
  type: 'array',
  description: `${what}: taxonomy codes, most evident first; empty when not visible or printed`,
  maxItems: OUTPUT_LIMITS.codesPerList,
  items: codes ? { type: 'string', enum: [...codes] } : { type: 'string', maxLength: 64 },
});

const normalizeVocab = (v: DescribeVocabularies): DescribeVocabularies => {
  const out: DescribeVocabularies = {};
  for (const key of ['categories', 'colors', 'materials', 'styles', 'useScenes', 'features', 'attributeNames'] as const) {
    const list = v[key];
    if (list === undefined) continue;
    const codes = [...new Set(list)];
    if (codes.length === 0) throw new RangeError(`vocabulary "${key}" is empty: omit it or give at least one code`);
    for (const c of codes) if (typeof c !== 'string' || c.trim() === '') throw new RangeError(`vocabulary "${key}" holds an empty code`);
    out[key] = Object.freeze(codes);
  }
  return out;
};

/**
 * Builds the attribute schema for the given vocabularies. Every object is closed and every property required, as
 * strict structured output demands; "absent" is expressed as `null` or an empty list, never by omission.
 */
export function buildAttributeSchema(vocabularies: DescribeVocabularies = {}): AttributeSchema {
  const vocab = normalizeVocab(vocabularies);
  const names = vocab.attributeNames ?? DEFAULT_ATTRIBUTE_NAMES;
  const category: JsonSchema = vocab.categories
    ? { anyOf: [{ type: 'string', enum: [...vocab.categories] }, { type: 'null' }] }
    : { anyOf: [{ type: 'string', maxLength: 64 }, { type: 'null' }] };
  const jsonSchema: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['category', 'colors', 'materials', 'styles', 'useScenes', 'features', 'attributes', 'title', 'sellingPoints', 'description'],
    properties: {
      category: { ...category, description: 'the most specific category code that fits, or null' },
      colors: codeList(vocab.colors, 'colours of the product itself, not the background'),
      materials: codeList(vocab.materials, 'materials'),
      styles: codeList(vocab.styles, 'styles'),
      useScenes: codeList(vocab.useScenes, 'use scenes / occasions'),
      features: codeList(vocab.features, 'features'),
      attributes: {
        type: 'array',
        description: 'measurable facts that are printed or plainly visible (brand, capacity, size...); never guessed',
        maxItems: OUTPUT_LIMITS.attributes,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'value', 'unit'],
          properties: {
            name: { type: 'string', enum: [...names] },
            value: { type: 'string', minLength: 1, maxLength: OUTPUT_LIMITS.attributeValueChars },
            unit: { anyOf: [{ type: 'string', maxLength: 16 }, { type: 'null' }] },
          },
        },
      },
      title: { type: 'string', minLength: 1, maxLength: OUTPUT_LIMITS.titleChars },
      sellingPoints: {
        type: 'array',
        maxItems: OUTPUT_LIMITS.sellingPoints,
        items: { type: 'string', minLength: 1, maxLength: OUTPUT_LIMITS.sellingPointChars },
      },
      description: { type: 'string', minLength: 1, maxLength: OUTPUT_LIMITS.descriptionChars },
    },
  };
  return Object.freeze({ name: 'product_attributes', version: ATTRIBUTE_SCHEMA_VERSION, vocabularies: Object.freeze(vocab), jsonSchema });
}

/** The `response_format` body field for an OpenAI-compatible server (vLLM, SGLang). */
export function responseFormat(schema: AttributeSchema): {
  type: 'json_schema';
  json_schema: { name: string; schema: JsonSchema; strict: true };
} {
  return { type: 'json_schema', json_schema: { name: schema.name, schema: schema.jsonSchema, strict: true } };
}

export type ParsedVlmOutput = { ok: true; value: VlmOutput } | { ok: false; errors: string[] };

/**
 * Extracts the JSON object from a model reply. Constrained decoding yields bare JSON, but a server without it (or a
 * GLM chat template) may wrap the answer in a Markdown fence or in GLM's `<|begin_of_box|>…<|end_of_box|>` markers
 * (see the GLM-4.1V/4.5V model cards); those wrappers are stripped, nothing else is guessed.
 */
export function extractJsonText(content: string): string {
  let s = content.trim();
  s = s.replace(/^<\|begin_of_box\|>/, '').replace(/<\|end_of_box\|>$/, '').trim();
  const fence = /^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i.exec(s);
  if (fence) s = fence[1]!.trim();
  return s;
}

/** Parses and validates a model reply against the schema; errors are one line each, ready to send back for repair. */
export function parseVlmOutput(content: string | null | undefined, schema: AttributeSchema): ParsedVlmOutput {
  if (typeof content !== 'string' || content.trim() === '') return { ok: false, errors: ['/: the reply is empty; a JSON object is required'] };
  let value: unknown;
  try {
    value = JSON.parse(extractJsonText(content));
  } catch (err) {
    return { ok: false, errors: [`/: the reply is not valid JSON (${(err as Error).message})`] };
  }
  const errors = validateJson(schema.jsonSchema, value);
  if (errors.length > 0) return { ok: false, errors: formatSchemaErrors(errors) };
  return { ok: true, value: value as VlmOutput };
}
