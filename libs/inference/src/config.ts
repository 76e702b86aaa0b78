import { InferenceConfigError } from './errors';

/** A dimension: a fixed size, or the name of a dynamic axis (e.g. "batch", "width"). */
export type Dim = number | string;

export interface TensorSpec {
  readonly name: string;
  readonly shape: readonly Dim[];
}

export type ExecutionProviderName = 'cuda' | 'cpu';
export type GraphOptimizationLevel = 'disabled' | 'basic' | 'extended' | 'all';

/** One entry of the model registry. */
export interface ModelSpec {
  readonly id: string;
  /** Path of the .onnx file. */
  readonly file: string;
  /** Recorded on every description event so a replay can pin a model version. */
  readonly version: string;
  readonly inputs: readonly TensorSpec[];
  /** Sizes of named dynamic dims for the warm-up run; unnamed ones default to 1 (axis 0) or 32. */
  readonly warmup?: Readonly<Record<string, number>>;
  /** Per-model provider order; defaults to the registry's. */
  readonly executionProviders?: readonly ExecutionProviderName[];
}

export interface SessionSettings {
  /** Tried in order; see `cpuFallback`. */
  readonly executionProviders: readonly ExecutionProviderName[];
  /** When every listed provider fails, still try the CPU provider last (default true). */
  readonly cpuFallback: boolean;
  readonly cudaDeviceId: number;
  readonly intraOpNumThreads: number;
  readonly interOpNumThreads: number;
  readonly graphOptimizationLevel: GraphOptimizationLevel;
  readonly executionMode: 'sequential' | 'parallel';
  readonly enableCpuMemArena: boolean;
}

export interface InferenceConfig {
  readonly session: SessionSettings;
  /** Session runs in flight at once, across all models of a registry. */
  readonly maxConcurrentRuns: number;
  readonly models: readonly ModelSpec[];
}

/**
 * Defaults sized for the 2-core CPU box: one run at a time using both cores; the CPU provider only.
 * Production overlays put "cuda" first.
 */
export const defaultSessionSettings: SessionSettings = Object.freeze({
  executionProviders: Object.freeze(['cpu'] as ExecutionProviderName[]),
  cpuFallback: true,
  cudaDeviceId: 0,
  intraOpNumThreads: 2,
  interOpNumThreads: 1,
  graphOptimizationLevel: 'all',
  executionMode: 'sequential',
  enableCpuMemArena: true,
});

const providers: readonly ExecutionProviderName[] = ['cuda', 'cpu'];
const optimizationLevels: readonly GraphOptimizationLevel[] = ['disabled', 'basic', 'extended', 'all'];

type Raw = Record<string, unknown>;

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function joinField(field: string, key: string): string {
  return field ? `${field}.${key}` : key;
}

function intField(raw: Raw, key: string, field: string, fallback: number, min: number): number {
  const v = raw[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new InferenceConfigError(joinField(field, key), `expected an integer >= ${min}, got ${JSON.stringify(v)}`);
  }
  return v;
}

function stringField(raw: Raw, key: string, field: string): string {
  const v = raw[key];
  if (typeof v !== 'string' || v.length === 0) {
    throw new InferenceConfigError(`${field}.${key}`, `expected a non-empty string, got ${JSON.stringify(v)}`);
  }
  return v;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], field: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new InferenceConfigError(field, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  }
  return v as T;
}

function providerList(v: unknown, field: string): ExecutionProviderName[] {
  if (!Array.isArray(v) || v.length === 0) throw new InferenceConfigError(field, 'expected a non-empty list of providers');
  return v.map((p, i) => oneOf(p, providers, `${field}[${i}]`));
}

export function parseSessionSettings(raw: unknown = {}, field = 'session'): SessionSettings {
  if (!isRecord(raw)) throw new InferenceConfigError(field, 'expected an object');
  const d = defaultSessionSettings;
  const cpuFallback = raw['cpuFallback'] ?? d.cpuFallback;
  if (typeof cpuFallback !== 'boolean') throw new InferenceConfigError(`${field}.cpuFallback`, 'expected a boolean');
  const arena = raw['enableCpuMemArena'] ?? d.enableCpuMemArena;
  if (typeof arena !== 'boolean') throw new InferenceConfigError(`${field}.enableCpuMemArena`, 'expected a boolean');
  return Object.freeze({
    executionProviders: Object.freeze(
      raw['executionProviders'] === undefined ? [...d.executionProviders] : providerList(raw['executionProviders'], `${field}.executionProviders`),
    ),
    cpuFallback,
    cudaDeviceId: intField(raw, 'cudaDeviceId', field, d.cudaDeviceId, 0),
    intraOpNumThreads: intField(raw, 'intraOpNumThreads', field, d.intraOpNumThreads, 0),
    interOpNumThreads: intField(raw, 'interOpNumThreads', field, d.interOpNumThreads, 0),
    graphOptimizationLevel:
      raw['graphOptimizationLevel'] === undefined
        ? d.graphOptimizationLevel
        : oneOf(raw['graphOptimizationLevel'], optimizationLevels, `${field}.graphOptimizationLevel`),
    executionMode:
      raw['executionMode'] === undefined ? d.executionMode : oneOf(raw['executionMode'], ['sequential', 'parallel'] as const, `${field}.executionMode`),
    enableCpuMemArena: arena,
  });
}

function parseDim(v: unknown, field: string): Dim {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  if (typeof v === 'string' && v.length > 0) return v;
  throw new InferenceConfigError(field, `expected a positive integer or a dynamic dim name, got ${JSON.stringify(v)}`);
}

export function parseModelSpec(raw: unknown, field = 'model'): ModelSpec {
  if (!isRecord(raw)) throw new InferenceConfigError(field, 'expected an object');
  const id = stringField(raw, 'id', field);
  const file = stringField(raw, 'file', field);
  const version = stringField(raw, 'version', field);
  const rawInputs = raw['inputs'];
  if (!Array.isArray(rawInputs) || rawInputs.length === 0) throw new InferenceConfigError(`${field}.inputs`, 'expected a non-empty list');
  const inputs = rawInputs.map((inp, i) => {
    const f = `${field}.inputs[${i}]`;
    if (!isRecord(inp)) throw new InferenceConfigError(f, 'expected an object');
    const shape = inp['shape'];
    if (!Array.isArray(shape) || shape.length === 0) throw new InferenceConfigError(`${f}.shape`, 'expected a non-empty list of dims');
    return Object.freeze({ name: stringField(inp, 'name', f), shape: Object.freeze(shape.map((d, j) => parseDim(d, `${f}.shape[${j}]`))) });
  });
  let warmup: Record<string, number> | undefined;
  if (raw['warmup'] !== undefined) {
    if (!isRecord(raw['warmup'])) throw new InferenceConfigError(`${field}.warmup`, 'expected an object of dim sizes');
    warmup = {};
    for (const [k, v] of Object.entries(raw['warmup'])) {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new InferenceConfigError(`${field}.warmup.${k}`, 'expected a positive integer');
      warmup[k] = v;
    }
    Object.freeze(warmup);
  }
  const spec: ModelSpec = {
    id,
    file,
    version,
    inputs: Object.freeze(inputs),
    ...(warmup ? { warmup } : {}),
    ...(raw['executionProviders'] !== undefined
      ? { executionProviders: Object.freeze(providerList(raw['executionProviders'], `${field}.executionProviders`)) }
      : {}),
  };
  return Object.freeze(spec);
}

/** Parses and freezes the registry config; a bad value throws an InferenceConfigError naming its field. */
export function parseInferenceConfig(raw: unknown): InferenceConfig {
  if (!isRecord(raw)) throw new InferenceConfigError('(root)', 'expected an object');
  const rawModels = raw['models'] ?? [];
  if (!Array.isArray(rawModels)) throw new InferenceConfigError('models', 'expected a list');
  const models = rawModels.map((m, i) => parseModelSpec(m, `models[${i}]`));
  const seen = new Set<string>();
  models.forEach((m, i) => {
    if (seen.has(m.id)) throw new InferenceConfigError(`models[${i}].id`, `duplicate model id "${m.id}"`);
    seen.add(m.id);
  });
  return Object.freeze({
    session: parseSessionSettings(raw['session'] ?? {}, 'session'),
    maxConcurrentRuns: intField(raw, 'maxConcurrentRuns', '', 1, 1),
    models: Object.freeze(models),
  });
}
