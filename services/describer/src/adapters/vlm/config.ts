import { VlmConfigError } from './errors';
import type { VlmSampling } from './types';

/**
 * The VLM adapter's configuration, parsed once into a frozen object; a bad value throws VlmConfigError naming the
 * field. main.ts maps the environment onto VlmConfigInput (the adapter never reads process.env).
 */
export interface VlmConfig {
  /** OpenAI-compatible base URL including the version path, e.g. "http://vllm:8000/v1". */
  baseUrl: string;
  /** Served model name (vLLM --served-model-name), e.g. "glm-4.6v-flash". */
  model: string;
  /** Bearer token for a gateway in front of the server, or null. */
  apiKey: string | null;
  /** Per HTTP request. */
  timeoutMs: number;
  /** Retries of a transient failure per request (so at most maxRetries + 1 HTTP attempts). */
  maxRetries: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  /** HTTP requests in flight at most (the server batches them). */
  concurrency: number;
  sampling: VlmSampling;
  breaker: { failureThreshold: number; cooldownMs: number; halfOpenProbes: number };
  /** Send validation errors back once for a corrected reply. */
  repair: boolean;
}

/** Raw values (numbers or strings from the environment); everything but baseUrl and model has a default. */
export interface VlmConfigInput {
  baseUrl?: unknown;
  model?: unknown;
  apiKey?: unknown;
  timeoutMs?: unknown;
  maxRetries?: unknown;
  backoffBaseMs?: unknown;
  backoffCapMs?: unknown;
  concurrency?: unknown;
  sampling?: { temperature?: unknown; topP?: unknown; maxTokens?: unknown; seed?: unknown };
  breaker?: { failureThreshold?: unknown; cooldownMs?: unknown; halfOpenProbes?: unknown };
  repair?: unknown;
}

export const VLM_CONFIG_DEFAULTS = {
  timeoutMs: 60_000,
  maxRetries: 3,
  backoffBaseMs: 250,
  backoffCapMs: 8_000,
  concurrency: 8,
  sampling: { temperature: 0.7, topP: 0.95, maxTokens: 1024, seed: null },
  breaker: { failureThreshold: 5, cooldownMs: 15_000, halfOpenProbes: 1 },
  repair: true,
} as const;

const num = (field: string, v: unknown, def: number, o: { min: number; max: number; integer?: boolean }): number => {
  const x = v === undefined || v === '' ? def : typeof v === 'string' ? Number(v) : v;
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new VlmConfigError(field, `expected a number, got ${JSON.stringify(v)}`);
  if (o.integer && !Number.isInteger(x)) throw new VlmConfigError(field, `expected an integer, got ${x}`);
  if (x < o.min || x > o.max) throw new VlmConfigError(field, `must be within [${o.min}, ${o.max}], got ${x}`);
  return x;
};

const str = (field: string, v: unknown): string => {
  if (typeof v !== 'string' || v.trim() === '') throw new VlmConfigError(field, 'is required');
  return v.trim();
};

const bool = (field: string, v: unknown, def: boolean): boolean => {
  if (v === undefined || v === '') return def;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new VlmConfigError(field, `expected a boolean, got ${JSON.stringify(v)}`);
};

export function parseVlmConfig(input: VlmConfigInput): Readonly<VlmConfig> {
  const baseUrl = str('baseUrl', input.baseUrl).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new VlmConfigError('baseUrl', `not a URL: ${baseUrl}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new VlmConfigError('baseUrl', `must be http(s), got ${url.protocol}`);
  const s = input.sampling ?? {};
  const b = input.breaker ?? {};
  const D = VLM_CONFIG_DEFAULTS;
  const seedRaw = s.seed;
  const config: VlmConfig = {
    baseUrl,
    model: str('model', input.model),
    apiKey: input.apiKey === undefined || input.apiKey === null || input.apiKey === '' ? null : str('apiKey', input.apiKey),
    timeoutMs: num('timeoutMs', input.timeoutMs, D.timeoutMs, { min: 1, max: 600_000, integer: true }),
    maxRetries: num('maxRetries', input.maxRetries, D.maxRetries, { min: 0, max: 20, integer: true }),
    backoffBaseMs: num('backoffBaseMs', input.backoffBaseMs, D.backoffBaseMs, { min: 0, max: 60_000 }),
    backoffCapMs: num('backoffCapMs', input.backoffCapMs, D.backoffCapMs, { min: 0, max: 600_000 }),
    concurrency: num('concurrency', input.concurrency, D.concurrency, { min: 1, max: 1024, integer: true }),
    sampling: {
      temperature: num('sampling.temperature', s.temperature, D.sampling.temperature, { min: 0, max: 2 }),
      topP: num('sampling.topP', s.topP, D.sampling.topP, { min: 0.01, max: 1 }),
      maxTokens: num('sampling.maxTokens', s.maxTokens, D.sampling.maxTokens, { min: 16, max: 32_768, integer: true }),
      seed: seedRaw === undefined || seedRaw === null || seedRaw === '' ? null : num('sampling.seed', seedRaw, 0, { min: 0, max: 2 ** 31 - 1, integer: true }),
    },
    breaker: {
      failureThreshold: num('breaker.failureThreshold', b.failureThreshold, D.breaker.failureThreshold, { min: 1, max: 1000, integer: true }),
      cooldownMs: num('breaker.cooldownMs', b.cooldownMs, D.breaker.cooldownMs, { min: 1, max: 3_600_000, integer: true }),
      halfOpenProbes: num('breaker.halfOpenProbes', b.halfOpenProbes, D.breaker.halfOpenProbes, { min: 1, max: 64, integer: true }),
    },
    repair: bool('repair', input.repair, D.repair),
  };
  if (config.backoffCapMs < config.backoffBaseMs) throw new VlmConfigError('backoffCapMs', `must be ≥ backoffBaseMs (${config.backoffBaseMs})`);
  return Object.freeze({ ...config, sampling: Object.freeze(config.sampling), breaker: Object.freeze(config.breaker) });
}
