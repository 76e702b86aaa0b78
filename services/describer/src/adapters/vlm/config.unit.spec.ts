import { describe, expect, it } from 'vitest';
import { parseVlmConfig, VLM_CONFIG_DEFAULTS } from './config';
import { VlmConfigError } from './errors';

describe('VLM config', () => {
  it('fills defaults, trims the base URL and freezes the result', () => {
    const c = parseVlmConfig({ baseUrl: 'http://gpu:8000/v1/', model: 'glm-4.6v-flash' });
    expect(c.baseUrl).toBe('http://gpu:8000/v1');
    expect(c.sampling).toEqual(VLM_CONFIG_DEFAULTS.sampling);
    expect(c.breaker).toEqual(VLM_CONFIG_DEFAULTS.breaker);
    expect(c.concurrency).toBe(8);
    expect(c.apiKey).toBeNull();
    expect(Object.isFrozen(c) && Object.isFrozen(c.sampling)).toBe(true);
  });

  it('accepts strings from the environment', () => {
    const c = parseVlmConfig({ baseUrl: 'https://x/v1', model: 'm', concurrency: '16', repair: 'false', sampling: { temperature: '0', seed: '42' } });
    expect(c).toMatchObject({ concurrency: 16, repair: false, sampling: { temperature: 0, seed: 42, topP: 0.95 } });
  });

  it.each([
    [{ model: 'm' }, 'baseUrl'],
    [{ baseUrl: 'ftp://x', model: 'm' }, 'baseUrl'],
    [{ baseUrl: 'http://x/v1' }, 'model'],
    [{ baseUrl: 'http://x/v1', model: 'm', concurrency: 0 }, 'concurrency'],
    [{ baseUrl: 'http://x/v1', model: 'm', concurrency: 2.5 }, 'concurrency'],
    [{ baseUrl: 'http://x/v1', model: 'm', sampling: { temperature: 3 } }, 'sampling.temperature'],
    [{ baseUrl: 'http://x/v1', model: 'm', sampling: { topP: 'lots' } }, 'sampling.topP'],
    [{ baseUrl: 'http://x/v1', model: 'm', breaker: { failureThreshold: -1 } }, 'breaker.failureThreshold'],
    [{ baseUrl: 'http://x/v1', model: 'm', backoffBaseMs: 500, backoffCapMs: 100 }, 'backoffCapMs'],
    [{ baseUrl: 'http://x/v1', model: 'm', repair: 'maybe' }, 'repair'],
  ])('refuses %j naming %s', (input, field) => {
    let err: unknown;
    try {
      parseVlmConfig(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(VlmConfigError);
    expect((err as VlmConfigError).field).toBe(field);
  });
});
