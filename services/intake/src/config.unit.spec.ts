import { describe, expect, it } from 'vitest';
import { ConfigError } from '@vitrine/config';
import { parseIntakeConfig } from './config';

describe('parseIntakeConfig', () => {
  it('applies defaults and keeps the allowlist as text', () => {
    const c = parseIntakeConfig({ INTAKE_API_KEYS: 'a-key-of-16-chars-or-more', URL_FETCH_ALLOWLIST: '10.0.0.0/8, ::1' });
    expect(c).toMatchObject({ apiKeys: ['a-key-of-16-chars-or-more'], httpPort: 8080, maxImageBytes: 25 * 1024 * 1024, urlFetchAllowlist: ['10.0.0.0/8', '::1'], urlFetchAllowedPorts: [80, 443], urlFetchMaxRedirects: 3 });
    expect(c.stream.brokers).toEqual(['127.0.0.1:9092']);
    expect(Object.isFrozen(c.urlFetchAllowlist)).toBe(true);
  });

  it('names the variable that is wrong', () => {
    const bad = (env: Record<string, string>, variable: RegExp) => {
      const e = (() => {
        try {
          parseIntakeConfig({ INTAKE_API_KEYS: 'a-key-of-16-chars-or-more', ...env });
        } catch (err) {
          return err;
        }
      })();
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as Error).message).toMatch(variable);
    };
    bad({ INTAKE_API_KEYS: 'short' }, /INTAKE_API_KEYS: each API key must be at least 16 characters/);
    bad({ URL_FETCH_ALLOWLIST: '10.0.0.0/8,intranet.local' }, /URL_FETCH_ALLOWLIST: "intranet.local" is not an IP address or CIDR range/);
    bad({ URL_FETCH_ALLOWED_PORTS: '80,http' }, /URL_FETCH_ALLOWED_PORTS/);
    bad({ MAX_IMAGE_BYTES: '0' }, /MAX_IMAGE_BYTES/);
    expect(() => parseIntakeConfig({})).toThrow(/INTAKE_API_KEYS/);
  });
});
