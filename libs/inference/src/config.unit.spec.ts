import { describe, expect, it } from 'vitest';
import { InferenceConfigError, parseInferenceConfig } from './index';

const model = { id: 'cls', file: '/m/cls.onnx', version: 'v2', inputs: [{ name: 'x', shape: ['batch', 3, 48, 'width'] }] };

describe('parseInferenceConfig', () => {
  it('fills defaults sized for a 2-core CPU and freezes the result', () => {
    const c = parseInferenceConfig({ models: [model] });
    expect(c.session.executionProviders).toEqual(['cpu']);
    expect(c.session.intraOpNumThreads).toBe(2);
    expect(c.maxConcurrentRuns).toBe(1);
    expect(c.models[0]?.inputs[0]?.shape).toEqual(['batch', 3, 48, 'width']);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.models[0]?.inputs[0]?.shape)).toBe(true);
  });

  it('keeps explicit thread, provider and optimisation settings', () => {
    const c = parseInferenceConfig({
      session: { executionProviders: ['cuda', 'cpu'], intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'basic' },
      maxConcurrentRuns: 2,
      models: [{ ...model, warmup: { width: 192 } }],
    });
    expect(c.session.executionProviders).toEqual(['cuda', 'cpu']);
    expect(c.session.graphOptimizationLevel).toBe('basic');
    expect(c.maxConcurrentRuns).toBe(2);
    expect(c.models[0]?.warmup).toEqual({ width: 192 });
  });

  it.each([
    [{ models: [{ ...model, id: '' }] }, 'models[0].id'],
    [{ models: [{ ...model, inputs: [{ name: 'x', shape: [0, 3] }] }] }, 'models[0].inputs[0].shape[0]'],
    [{ models: [model, model] }, 'models[1].id'],
    [{ session: { executionProviders: ['tpu'] } }, 'session.executionProviders[0]'],
    [{ session: { intraOpNumThreads: -1 } }, 'session.intraOpNumThreads'],
    [{ session: { graphOptimizationLevel: 'max' } }, 'session.graphOptimizationLevel'],
    [{ maxConcurrentRuns: 0 }, 'maxConcurrentRuns'],
  ])('names the bad field %#', (raw, field) => {
    let error: unknown;
    try {
      parseInferenceConfig(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InferenceConfigError);
    expect((error as InferenceConfigError).field).toBe(field);
  });
});
