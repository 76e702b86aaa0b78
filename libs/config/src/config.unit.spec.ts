import { describe, expect, it } from 'vitest';
import { ConfigError, env, parseConfig, z } from './index';

const shape = { brokers: env.brokers(), batch: env.int(1, 1000).default(64), name: z.string().min(1) };
const vars = { brokers: 'KAFKA_BROKERS', batch: 'MAX_BATCH_SIZE', name: 'STAGE_NAME' } as const;

describe('parseConfig', () => {
  it('parses, applies defaults and freezes', () => {
    const c = parseConfig(shape, { KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093', STAGE_NAME: 's' }, vars);
    expect(c).toEqual({ brokers: ['127.0.0.1:9092', '127.0.0.1:9093'], batch: 64, name: 's' });
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.brokers)).toBe(true);
  });

  it('names the environment variable that is wrong', () => {
    try {
      parseConfig(shape, { KAFKA_BROKERS: 'nohost', MAX_BATCH_SIZE: '0', STAGE_NAME: 's' }, vars);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as Error).message).toMatch(/KAFKA_BROKERS: "nohost" is not host:port/);
      expect((e as Error).message).toMatch(/MAX_BATCH_SIZE/);
    }
  });

  it('reports a missing required variable', () => {
    expect(() => parseConfig(shape, { KAFKA_BROKERS: 'a:1' }, vars)).toThrow(/STAGE_NAME/);
  });
});
