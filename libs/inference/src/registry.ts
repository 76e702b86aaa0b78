import { stat } from 'node:fs/promises';
import ort from 'onnxruntime-node';
import type { ExecutionProviderName, InferenceConfig, ModelSpec, SessionSettings, TensorSpec } from './config';
import { defaultSessionSettings } from './config';
import { describeError, ModelLoadError, UnknownModelError } from './errors';
import { silentLogger, type InferenceLogger } from './logger';
import { Semaphore } from './semaphore';
import { createSessionWithFallback, providerOrder, type ProviderAttempt } from './session';
import { concreteDims, elementCount, type TensorData } from './tensor';

export interface LoadedModel {
  readonly id: string;
  readonly version: string;
  readonly file: string;
  readonly provider: ExecutionProviderName;
  readonly inputs: readonly TensorSpec[];
  readonly outputNames: readonly string[];
  /** One session run, queued behind the registry's concurrency limit. */
  run(feeds: Readonly<Record<string, TensorData>>): Promise<Record<string, TensorData>>;
}

export interface ModelStatus {
  readonly id: string;
  readonly version: string;
  readonly file: string;
  readonly state: 'ready' | 'failed';
  /** The provider the session runs on; absent when loading failed. */
  readonly provider?: ExecutionProviderName;
  readonly requestedProviders: readonly ExecutionProviderName[];
  /** Providers that were tried and failed before `provider`, with reasons (what /readyz reports). */
  readonly fallbacks: readonly ProviderAttempt[];
  readonly loadMs?: number;
  readonly warmupMs?: number;
  readonly error?: string;
}

export interface RegistryStatus {
  /** True when at least one model is loaded and none failed. */
  readonly ready: boolean;
  readonly models: readonly ModelStatus[];
  readonly runsInFlight: number;
  readonly runsQueued: number;
}

export interface ModelRegistry {
  /** Loads one model (session, input check, warm-up run). Throws ModelLoadError; the failure stays in status(). */
  load(spec: ModelSpec): Promise<LoadedModel>;
  get(id: string): LoadedModel;
  has(id: string): boolean;
  status(): RegistryStatus;
  close(): Promise<void>;
}

export interface RegistryOptions {
  readonly session?: SessionSettings;
  readonly maxConcurrentRuns?: number;
  readonly logger?: InferenceLogger;
}

interface Entry {
  model: LoadedModel;
  session: ort.InferenceSession;
}

/** Checks the configured inputs against the graph: names must exist and fixed dims must agree. */
function checkInputs(spec: ModelSpec, session: ort.InferenceSession): string | undefined {
  const meta = new Map(session.inputMetadata.map((m) => [m.name, m]));
  for (const input of spec.inputs) {
    const m = meta.get(input.name);
    if (!m) return `input "${input.name}" is not in the graph (graph inputs: ${session.inputNames.join(', ')})`;
    if (!m.isTensor) continue;
    if (m.shape.length !== input.shape.length) {
      return `input "${input.name}" has rank ${m.shape.length} in the graph, the config says ${input.shape.length}`;
    }
    for (let axis = 0; axis < input.shape.length; axis++) {
      const graphDim = m.shape[axis];
      const configDim = input.shape[axis];
      if (typeof graphDim === 'number' && graphDim > 0 && graphDim !== configDim) {
        return `input "${input.name}" dim ${axis} is fixed to ${graphDim} in the graph, the config says ${JSON.stringify(configDim)}`;
      }
    }
  }
  for (const name of session.inputNames) {
    if (!spec.inputs.some((i) => i.name === name)) return `graph input "${name}" is missing from the config`;
  }
  return undefined;
}

function toOrt(t: TensorData): ort.Tensor {
  return new ort.Tensor('float32', t.data, t.dims);
}

function fromOrt(t: ort.Tensor): TensorData {
  if (!(t.data instanceof Float32Array)) throw new TypeError(`expected a float32 output, got ${t.type}`);
  return { data: t.data, dims: [...t.dims] };
}

export function createModelRegistry(options: RegistryOptions = {}): ModelRegistry {
  const settings = options.session ?? defaultSessionSettings;
  const logger = options.logger ?? silentLogger;
  const gate = new Semaphore(options.maxConcurrentRuns ?? 1);
  const entries = new Map<string, Entry>();
  const statuses = new Map<string, ModelStatus>();

  async function load(spec: ModelSpec): Promise<LoadedModel> {
    if (entries.has(spec.id)) throw new ModelLoadError(spec.id, spec.file, 'a model with this id is already loaded');
    const requested = spec.executionProviders ?? settings.executionProviders;
    const base = { id: spec.id, version: spec.version, file: spec.file, requestedProviders: providerOrder(requested, settings.cpuFallback) };
    const fail = (reason: string, cause?: unknown, fallbacks: readonly ProviderAttempt[] = []): never => {
      statuses.set(spec.id, { ...base, state: 'failed', fallbacks, error: reason });
      logger.warn({ modelId: spec.id, file: spec.file, reason }, 'model failed to load');
      throw new ModelLoadError(spec.id, spec.file, reason, { cause });
    };

    const started = performance.now();
    try {
      const st = await stat(spec.file);
      if (!st.isFile()) fail('not a regular file');
    } catch (err) {
      if (err instanceof ModelLoadError) throw err;
      fail(`cannot read the model file: ${describeError(err)}`, err);
    }

    let created: Awaited<ReturnType<typeof createSessionWithFallback>>;
    try {
      created = await createSessionWithFallback(spec.file, settings, requested, logger, { modelId: spec.id });
    } catch (err) {
      return fail(describeError(err), err);
    }
    const { session, provider, fallbacks } = created;

    const mismatch = checkInputs(spec, session);
    if (mismatch) {
      await session.release();
      fail(mismatch, undefined, fallbacks);
    }
    const loadMs = performance.now() - started;

    // Warm-up: the first run pays for kernel selection and arena growth; do it at load, not on the first event.
    const warmStart = performance.now();
    try {
      const feeds: Record<string, ort.Tensor> = {};
      for (const input of spec.inputs) {
        const dims = concreteDims(input.shape, spec.warmup);
        feeds[input.name] = new ort.Tensor('float32', new Float32Array(elementCount(dims)), dims);
      }
      await session.run(feeds);
    } catch (err) {
      await session.release();
      fail(`warm-up run failed: ${describeError(err)}`, err, fallbacks);
    }
    const warmupMs = performance.now() - warmStart;

    const model: LoadedModel = Object.freeze({
      id: spec.id,
      version: spec.version,
      file: spec.file,
      provider,
      inputs: spec.inputs,
      outputNames: Object.freeze([...session.outputNames]),
      run: (feeds: Readonly<Record<string, TensorData>>) =>
        gate.use(async () => {
          const ortFeeds: Record<string, ort.Tensor> = {};
          for (const [name, t] of Object.entries(feeds)) ortFeeds[name] = toOrt(t);
          const out = await session.run(ortFeeds);
          const result: Record<string, TensorData> = {};
          for (const [name, t] of Object.entries(out)) result[name] = fromOrt(t);
          return result;
        }),
    });
    entries.set(spec.id, { model, session });
    statuses.set(spec.id, { ...base, state: 'ready', provider, fallbacks, loadMs, warmupMs });
    logger.info({ modelId: spec.id, version: spec.version, provider, fallbacks, loadMs: Math.round(loadMs), warmupMs: Math.round(warmupMs) }, 'model loaded');
    return model;
  }

  return {
    load,
    get(id) {
      const e = entries.get(id);
      if (!e) throw new UnknownModelError(id);
      return e.model;
    },
    has: (id) => entries.has(id),
    status() {
      const models = [...statuses.values()];
      return {
        ready: models.length > 0 && models.every((m) => m.state === 'ready'),
        models,
        runsInFlight: gate.inFlight,
        runsQueued: gate.queued,
      };
    },
    async close() {
      const all = [...entries.values()];
      entries.clear();
      statuses.clear();
      await Promise.all(all.map((e) => e.session.release()));
    },
  };
}

/**
 * Builds a registry from config and loads every configured model, one after another (parallel loads
 * only fight for the same two cores and spike memory). The first failure is thrown as ModelLoadError;
 * use `createModelRegistry` + `load` when the caller wants to keep serving status after a failure.
 */
export async function loadModelRegistry(config: InferenceConfig, logger?: InferenceLogger): Promise<ModelRegistry> {
  const registry = createModelRegistry({ session: config.session, maxConcurrentRuns: config.maxConcurrentRuns, ...(logger ? { logger } : {}) });
  for (const spec of config.models) await registry.load(spec);
  return registry;
}
