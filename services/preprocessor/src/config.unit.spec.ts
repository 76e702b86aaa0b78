import { describe, expect, it } from 'vitest';
import { ConfigError } from '@vitrine/config';
import { parsePreprocessorConfig } from './config';

describe('parsePreprocessorConfig', () => {
  it('has working defaults', () => {
    expect(parsePreprocessorConfig({})).toMatchObject({
      modelVersion: 'offline-1', nearDupIndex: 'redis', redisUrl: 'redis://127.0.0.1:6379', nearDupThreshold: 10, nearDupBands: 4, nearDupColourThreshold: 24,
      maxImagePixels: 100_000_000, animated: 'first-frame', derivativeMaxSide: 1024, concurrency: 2,
    });
  });
  it('parses values and "off"', () => {
    const c = parsePreprocessorConfig({ MODEL_VERSION: 'glm@2', NEARDUP_INDEX: 'memory', NEARDUP_BANDS: '8', NEARDUP_COLOUR_THRESHOLD: 'off', ANIMATED_IMAGES: 'reject' });
    expect(c).toMatchObject({ modelVersion: 'glm@2', nearDupIndex: 'memory', nearDupBands: 8, nearDupColourThreshold: null, animated: 'reject' });
    expect(Object.isFrozen(c)).toBe(true);
  });
  it.each([
    ['NEARDUP_INDEX', 'postgres'],
    ['REDIS_URL', 'http://x'],
    ['NEARDUP_BANDS', '3'],
    ['NEARDUP_COLOUR_THRESHOLD', '-1'],
    ['MAX_IMAGE_PIXELS', '0'],
    ['DERIVATIVE_MAX_SIDE', '10'],
  ])('names the bad variable %s=%s', (name, value) => {
    try {
      parsePreprocessorConfig({ [name]: value });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as Error).message).toContain(name);
    }
  });
});
