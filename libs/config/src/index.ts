import { z } from 'zod';

export { z };

/** Thrown at start-up when the environment does not describe a valid configuration. */
export class ConfigError extends Error {
  constructor(readonly issues: Array<{ field: string; message: string }>) {
    super(`invalid configuration: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses a source (usually process.env, read only in a service's main.ts) into a deeply frozen, validated config.
 * `fields` maps each config key to the environment variable it comes from, so an error names the variable an
 * operator has to fix, not an internal property path.
 */
export function parseConfig<S extends z.ZodRawShape>(
  shape: S,
  source: Record<string, string | undefined>,
  fields: { [K in keyof S]: string },
): Readonly<z.infer<z.ZodObject<S>>> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    const v = source[fields[key as keyof S]];
    if (v !== undefined && v !== '') raw[key] = v;
  }
  const result = z.object(shape).safeParse(raw);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => {
        const key = String(i.path[0] ?? '');
        return { field: fields[key as keyof S] ?? key, message: i.message };
      }),
    );
  }
  return deepFreeze(result.data);
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** Reusable field types for environment strings. */
export const env = {
  int: (min = 0, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max),
  number: (min = -Infinity, max = Infinity) => z.coerce.number().min(min).max(max),
  bool: () => z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1'),
  list: () => z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
  url: () => z.string().url(),
  brokers: () =>
    z.string().transform((v, ctx) => {
      const list = v.split(',').map((s) => s.trim()).filter(Boolean);
      for (const b of list) if (!/^[^\s:]+:\d{1,5}$/.test(b)) ctx.addIssue({ code: 'custom', message: `"${b}" is not host:port` });
      return list;
    }),
};
