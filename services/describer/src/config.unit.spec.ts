import { describe, expect, it } from 'vitest';
import { ConfigError } from '@vitrine/config';
import { ocrConfigOf } from './compose';
import { OFFLINE_MODEL_ID, parseDescriberConfig } from './config';

describe('parseDescriberConfig', () => {
  it('defaults to the offline describer, pinned to the preprocessor\'s default model version', () => {
    const c = parseDescriberConfig({});
    expect(c).toMatchObject({ describer: 'offline', modelId: OFFLINE_MODEL_ID, modelVersion: 'offline-1', cache: 'redis', ortProviders: ['cpu'], ocrDetBatch: 2, ocrRecBatch: 4 });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names the served model as the model id in VLM mode and reads sampling and concurrency', () => {
    const c = parseDescriberConfig({ DESCRIBER: 'vlm', VLM_URL: 'http://vllm:8000/v1', VLM_CONCURRENCY: '16', VLM_TEMPERATURE: '0', VLM_TOP_P: '0.8', VLM_SEED: '7' });
    expect(c).toMatchObject({ modelId: 'glm-4.6v-flash', vlmConcurrency: 16, vlmTemperature: 0, vlmTopP: 0.8, vlmSeed: 7 });
    expect(parseDescriberConfig({ DESCRIBER: 'vlm', VLM_URL: 'http://v/v1', MODEL_ID: 'glm-lora-7' }).modelId).toBe('glm-lora-7');
  });

  it('refuses bad values and names the variable', () => {
    expect(() => parseDescriberConfig({ DESCRIBER: 'vlm' })).toThrow(ConfigError);
    expect(() => parseDescriberConfig({ DESCRIBER: 'vlm' })).toThrow(/VLM_URL/);
    expect(() => parseDescriberConfig({ ORT_PROVIDERS: 'cuda,tpu' })).toThrow(/ORT_PROVIDERS/);
    expect(() => parseDescriberConfig({ VLM_TEMPERATURE: '3' })).toThrow(/VLM_TEMPERATURE/);
    expect(() => parseDescriberConfig({ NEARDUP_CACHE: 'disk' })).toThrow(/NEARDUP_CACHE/);
    expect(() => parseDescriberConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
  });

  it('maps ONNX Runtime and OCR settings onto the OCR config', () => {
    const o = ocrConfigOf(parseDescriberConfig({ ORT_PROVIDERS: 'cuda,cpu', ORT_INTRA_OP_THREADS: '8', OCR_DET_BATCH: '8', OCR_REC_MODEL: '/m/rec.onnx', ORT_CPU_MEM_ARENA: 'false' }));
    expect(o).toMatchObject({
      models: { recognition: '/m/rec.onnx' },
      detection: { batchSize: 8 },
      session: { executionProviders: ['cuda', 'cpu'], intraOpNumThreads: 8, enableCpuMemArena: false },
    });
  });
});
