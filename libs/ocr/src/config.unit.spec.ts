import { describe, expect, it } from 'vitest';
import { OcrConfigError, parseOcrConfig } from './config';

describe('parseOcrConfig', () => {
  it('defaults to the PaddleOCR inference parameters and freezes', () => {
    const c = parseOcrConfig();
    expect(c.detection).toMatchObject({ thresh: 0.3, boxThresh: 0.6, unclipRatio: 1.5, limitSideLen: 960 });
    expect(c.classification).toMatchObject({ enabled: true, threshold: 0.9, width: 192 });
    expect(c.recognition.minConfidence).toBe(0.5);
    expect(c.models).toEqual({});
    expect(Object.isFrozen(c.detection)).toBe(true);
  });

  it('takes model paths and tuning from config, sorting width buckets', () => {
    const c = parseOcrConfig({ models: { detection: '/m/det.onnx' }, recognition: { widthBuckets: [640, 160] }, session: { intraOpNumThreads: 1 } });
    expect(c.models.detection).toBe('/m/det.onnx');
    expect(c.recognition.widthBuckets).toEqual([160, 640]);
    expect(c.session.intraOpNumThreads).toBe(1);
  });

  it.each([
    [{ detection: { thresh: 2 } }, 'detection.thresh'],
    [{ recognition: { widthBuckets: [] } }, 'recognition.widthBuckets'],
    [{ recognition: { maxWidth: 10 } }, 'recognition.maxWidth'],
    [{ models: { dictionary: '' } }, 'models.dictionary'],
    [{ classification: { enabled: 'yes' } }, 'classification.enabled'],
    [{ maxConcurrentRuns: 0 }, 'maxConcurrentRuns'],
    [{ session: { executionProviders: ['gpu'] } }, 'session.executionProviders[0]'],
  ])('names the bad field %#', (raw, field) => {
    expect(() => parseOcrConfig(raw)).toThrow(OcrConfigError);
    try {
      parseOcrConfig(raw);
    } catch (e) {
      expect((e as OcrConfigError).field).toBe(field);
    }
  });
});
