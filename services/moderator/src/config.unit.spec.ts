import { describe, expect, it } from 'vitest';
import { ConfigError } from '@vitrine/config';
import { authorisedBrandsFor } from '@vitrine/moderation';
import { composeModerator, moderatorStageOptions } from './compose';
import { parseModeratorConfig } from './config';

const policyJson = JSON.stringify({
  policyVersion: 'ops-7',
  regulatedCategories: ['food'],
  priceReview: { thresholdsMinor: { DE: { EUR: 10_000 } } },
  trademark: { authorisations: { 'sup-a': ['nike'] } },
});
const files: Record<string, string> = { '/etc/vitrine/policy.json': policyJson, '/etc/vitrine/broken.json': '{"policyVersion": ' };
const readFile = (p: string): string => {
  const f = files[p];
  if (f === undefined) throw new Error(`ENOENT: no such file ${p}`);
  return f;
};
const parse = (env: Record<string, string>) => parseModeratorConfig(env, readFile);

function configError(env: Record<string, string>): ConfigError {
  try {
    parse(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('parseModeratorConfig', () => {
  it('defaults: the default policy with taxonomy-regulated categories, no classifier, retry on classifier errors', () => {
    const c = parse({});
    expect(c.policySource).toBe('default');
    expect(c.policy.policyVersion).toBe('default-2026-12');
    expect(c.policy.isRegulated('beauty.face_cream')).toBe(true);
    expect(c.policy.isRegulated('home.mug')).toBe(false);
    expect(c.classifier).toBeNull();
    expect(moderatorStageOptions(c)).toEqual({ onClassifierError: 'retry', concurrency: 4 });
    expect(Object.isFrozen(c)).toBe(true);
    expect(composeModerator(c).classify).toBeUndefined();
  });

  it('reads the policy from MODERATION_POLICY_FILE or MODERATION_POLICY', () => {
    const fromFile = parse({ MODERATION_POLICY_FILE: '/etc/vitrine/policy.json' });
    expect(fromFile.policySource).toBe('file:/etc/vitrine/policy.json');
    expect(fromFile.policy.policyVersion).toBe('ops-7');
    const fromEnv = parse({ MODERATION_POLICY: policyJson });
    expect(fromEnv.policySource).toBe('env');
    expect(fromEnv.policy.priceReview.thresholdsMinor).toEqual({ DE: { EUR: 10_000 } });
  });

  it('lays a partial policy over the default one', () => {
    const c = parse({ MODERATION_POLICY: '{"policyVersion":"ops-8","confidence":{"minCategory":0.8}}' });
    expect(c.policy.policyVersion).toBe('ops-8');
    expect(c.policy.confidence.minCategory).toBe(0.8);
    expect(c.policy.isRegulated('beauty.face_cream')).toBe(true);
    expect(c.policy.priceReview.thresholdsMinor.DE).toEqual({ EUR: 50_000 });
  });

  it('adds supplier brand authorisations from MODERATION_AUTHORISED_BRANDS to the policy ones', () => {
    const c = parse({ MODERATION_POLICY: policyJson, MODERATION_AUTHORISED_BRANDS: '{"sup-b": ["lego", "disney"]}' });
    expect([...authorisedBrandsFor(c.policy, 'sup-a')]).toEqual(['nike']);
    expect([...authorisedBrandsFor(c.policy, 'sup-b')]).toEqual(['lego', 'disney']);
    expect([...authorisedBrandsFor(parse({ MODERATION_AUTHORISED_BRANDS: '{"s": ["sony"]}' }).policy, 's')]).toEqual(['sony']);
  });

  it('configures the HTTP classifier', () => {
    const c = parse({ MODERATION_CLASSIFIER_URL: 'http://vllm:8000/v1', MODERATION_CLASSIFIER_MODEL: 'guard-1', MODERATION_ON_CLASSIFIER_ERROR: 'review' });
    expect(c.classifier).toEqual({ baseUrl: 'http://vllm:8000/v1', model: 'guard-1', timeoutMs: 15_000 });
    const ports = composeModerator(c);
    expect(typeof ports.classify).toBe('function');
    expect(ports.classifierId).toBe('http:guard-1');
    expect(moderatorStageOptions(c).onClassifierError).toBe('review');
  });

  it.each<[string, Record<string, string>, string, RegExp]>([
    ['both policy sources', { MODERATION_POLICY_FILE: '/etc/vitrine/policy.json', MODERATION_POLICY: policyJson }, 'MODERATION_POLICY', /not both/],
    ['a missing file', { MODERATION_POLICY_FILE: '/nope.json' }, 'MODERATION_POLICY_FILE', /cannot read \/nope\.json/],
    ['a file that is not JSON', { MODERATION_POLICY_FILE: '/etc/vitrine/broken.json' }, 'MODERATION_POLICY_FILE', /not valid JSON/],
    ['a policy without its own version', { MODERATION_POLICY: '{"regulatedCategories":[]}' }, 'MODERATION_POLICY', /policyVersion must be set/],
    ['a policy that is a list', { MODERATION_POLICY: '[]' }, 'MODERATION_POLICY', /must be a JSON object/],
    ['a bad price threshold', { MODERATION_POLICY: '{"policyVersion":"x","priceReview":{"thresholdsMinor":{"DE":{"EUR":-1}}}}' }, 'MODERATION_POLICY', /thresholdsMinor\.DE\.EUR must be a non-negative integer/],
    ['an unknown brand id', { MODERATION_AUTHORISED_BRANDS: '{"s": ["nikey"]}' }, 'MODERATION_AUTHORISED_BRANDS', /unknown brand id "nikey"/],
    ['authorisations that are a list', { MODERATION_AUTHORISED_BRANDS: '["nike"]' }, 'MODERATION_AUTHORISED_BRANDS', /JSON object/],
    ['a classifier without a model', { MODERATION_CLASSIFIER_URL: 'http://vllm:8000/v1' }, 'MODERATION_CLASSIFIER_MODEL', /required/],
    ['a classifier URL that is not a URL', { MODERATION_CLASSIFIER_URL: 'vllm' }, 'MODERATION_CLASSIFIER_URL', /url/i],
    ['an unknown classifier error policy', { MODERATION_ON_CLASSIFIER_ERROR: 'ignore' }, 'MODERATION_ON_CLASSIFIER_ERROR', /retry|review/],
  ])('refuses %s, naming the variable', (_what, env, variable, message) => {
    const e = configError(env);
    expect(e.issues[0]!.field).toBe(variable);
    expect(e.message).toMatch(message);
  });
});
