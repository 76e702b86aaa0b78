import { describe, expect, it } from 'vitest';
import {
  buildAttributeSchema,
  extractJsonText,
  parseVlmOutput,
  responseFormat,
  strictModeViolations,
  validateJson,
  type VlmOutput,
} from './index';

const schema = buildAttributeSchema({
  categories: ['home.mug', 'apparel.shirt'],
  colors: ['red', 'white', 'navy'],
  materials: ['ceramic', 'cotton'],
  features: ['dishwasher_safe'],
});

const good: VlmOutput = {
  category: 'home.mug',
  colors: ['red'],
  materials: ['ceramic'],
  styles: ['modern'],
  useScenes: [],
  features: ['dishwasher_safe'],
  attributes: [{ name: 'capacity', value: '350', unit: 'ml' }],
  title: 'Red ceramic mug, 350 ml',
  sellingPoints: ['Holds 350 ml'],
  description: 'A red ceramic mug.',
};

describe('attribute schema', () => {
  it('is accepted by strict structured output: every object closed, every property required', () => {
    expect(strictModeViolations(schema.jsonSchema)).toEqual([]);
    expect(strictModeViolations(buildAttributeSchema().jsonSchema)).toEqual([]);
    // the check itself can fail
    expect(strictModeViolations({ type: 'object', properties: { a: { type: 'string' } } })).toHaveLength(2);
  });

  it('turns the vocabularies that are passed in into enums, and leaves the others bounded free text', () => {
    const p = schema.jsonSchema.properties!;
    expect(p.colors!.items!.enum).toEqual(['red', 'white', 'navy']);
    expect(p.category!.anyOf![0]!.enum).toEqual(['home.mug', 'apparel.shirt']);
    expect(p.styles!.items!.enum).toBeUndefined();
    expect(p.styles!.items!.maxLength).toBe(64);
    expect(() => buildAttributeSchema({ colors: [] })).toThrow(/colors/);
  });

  it('wraps the schema as an OpenAI response_format', () => {
    expect(responseFormat(schema)).toEqual({ type: 'json_schema', json_schema: { name: 'product_attributes', schema: schema.jsonSchema, strict: true } });
  });

  it('accepts a conforming reply and reports every error of a bad one with its JSON pointer', () => {
    expect(validateJson(schema.jsonSchema, good)).toEqual([]);
    const bad = { ...good, colors: ['azure', 'red'], category: 'spaceship', extra: 1, attributes: [{ name: 'capacity', value: '' }] } as unknown;
    const parsed = parseVlmOutput(JSON.stringify(bad), schema);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual(
      expect.arrayContaining([
        '/category: "spaceship" is not one of the 2 allowed values',
        '/colors/0: "azure" is not one of the 3 allowed values',
        '/attributes/0/unit: is required',
        '/attributes/0/value: shorter than 1 characters',
        '/extra: is not an allowed property',
      ]),
    );
    expect(parsed.errors).toHaveLength(5);
  });

  it('checks types, lengths and list bounds', () => {
    const errs = validateJson(schema.jsonSchema, { ...good, title: 'x'.repeat(151), sellingPoints: 'one', colors: Array(9).fill('red') }).map((e) => e.path).sort();
    expect(errs).toEqual(['/colors', '/sellingPoints', '/title']);
  });

  it('parses bare JSON, fenced JSON and GLM box markers, and refuses prose', () => {
    const json = JSON.stringify(good);
    expect(parseVlmOutput(json, schema)).toEqual({ ok: true, value: good });
    expect(parseVlmOutput('```json\n' + json + '\n```', schema)).toEqual({ ok: true, value: good });
    expect(extractJsonText(`<|begin_of_box|>${json}<|end_of_box|>`)).toBe(json);
    const prose = parseVlmOutput('Here is the JSON: {', schema);
    expect(prose.ok).toBe(false);
    expect(parseVlmOutput(null, schema)).toEqual({ ok: false, errors: ['/: the reply is empty; a JSON object is required'] });
  });
});
