import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dlqTopic, type DescriptionModerated } from '@vitrine/contracts';
import { createTestBus, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';
import { parseStreamConfig, readDeadLetterHeaders, startStageService, type RunningStage } from '@vitrine/stream';
import { composeModerator, moderatorStageOptions, parseModeratorConfig } from './compose';
import { createModeratorStage } from './stage';
import { translatedEvent, withText } from './test-support/events';

let bus: TestBus;
let running: RunningStage;

beforeAll(async () => {
  bus = await createTestBus('moderator');
  await bus.createTopics(['DescriptionTranslated', 'DescriptionModerated'], 3);
  await bus.codec.registerAll();
  const infra = testInfra();
  const stream = parseStreamConfig({
    KAFKA_BROKERS: infra.brokers.join(','),
    SCHEMA_REGISTRY_URL: infra.registryUrl,
    TOPIC_PREFIX: bus.prefix,
    TOPIC_PARTITIONS: '3',
    GROUP_ID: uniqueName('moderator'),
    HTTP_PORT: '0',
    LOG_LEVEL: 'silent',
    MAX_RECORD_ATTEMPTS: '1',
  });
  // The service's own config path: a policy from JSON env, a supplier authorised for LEGO.
  const config = parseModeratorConfig({
    MODERATION_POLICY: JSON.stringify({
      policyVersion: 'int-test-1',
      regulatedCategories: ['beauty'],
      priceReview: { thresholdsMinor: { DE: { EUR: 50_000 } } },
    }),
    MODERATION_AUTHORISED_BRANDS: JSON.stringify({ 'sup-lego': ['lego'] }),
  });
  running = await startStageService(createModeratorStage(composeModerator(config), moderatorStageOptions(config)), stream, { handleSignals: false });
});

afterAll(async () => {
  await running?.stop();
  await bus?.close();
});

describe('moderator against the real broker and registry', () => {
  it('approves clean copy, reviews a soft claim and rejects a hard one, with spans; dead-letters what it cannot read', async () => {
    const clean = translatedEvent('p-clean');
    const soft = withText('p-soft', 'en', 'bullet', 'Our bestseller for morning coffee');
    const hard = withText('p-hard', 'de', 'long', 'Dieser Becher heilt Krebs – eine Rolex-Fälschung.');
    const licensed = { ...withText('p-lego', 'en', 'title', 'LEGO mug'), context: { ...clean.context, supplierId: 'sup-lego' } };
    const input = bus.topics.topic('DescriptionTranslated');
    await bus.publish('DescriptionTranslated', [clean, soft]);
    await bus.publishRaw(input, [{ key: 'p-garbage', value: Buffer.from('not an avro message') }]);
    await bus.publish('DescriptionTranslated', [hard, licensed, translatedEvent('p-empty', { locales: [] })]);

    const outs = await bus.readEvents('DescriptionModerated', 4, 60_000);
    const byProduct = new Map<string, DescriptionModerated>(outs.map((o) => [o.productId, o]));
    expect([...byProduct.keys()].sort()).toEqual(['p-clean', 'p-hard', 'p-lego', 'p-soft']);

    const c = byProduct.get('p-clean')!;
    expect(c.verdict).toEqual({ status: 'approved', reasons: [], hits: [], policyVersion: 'int-test-1' });
    expect(c.causationId).toBe(clean.eventId);
    expect(c.locales).toEqual(clean.locales);

    const s = byProduct.get('p-soft')!;
    expect(s.verdict.status).toBe('needs_review');
    expect(s.verdict.reasons.map((r) => r.code)).toEqual(['soft_violation']);
    expect(s.verdict.hits).toEqual([
      { ruleId: 'en.absolute_claim.superlative', family: 'absolute_claim', severity: 'soft', locale: 'en', field: 'bullets[2]', start: 4, end: 14, matched: 'bestseller' },
    ]);

    const h = byProduct.get('p-hard')!;
    expect(h.verdict.status).toBe('rejected');
    expect(h.verdict.reasons[0]!.code).toBe('hard_violation');
    const longDe = h.locales.find((l) => l.locale === 'de')!.longDescription;
    expect(h.verdict.hits.length).toBeGreaterThanOrEqual(2);
    for (const hit of h.verdict.hits) {
      expect(hit).toMatchObject({ locale: 'de', field: 'longDescription', severity: 'hard' });
      expect(longDe.slice(hit.start, hit.end)).toBe(hit.matched);
    }
    expect(new Set(h.verdict.hits.map((x) => x.family))).toEqual(new Set(['medical_claim', 'trademark', 'counterfeit']));

    expect(byProduct.get('p-lego')!.verdict.status).toBe('approved');

    const dead = await bus.readTopic(dlqTopic(input), 2, 30_000);
    const reasons = Object.fromEntries(dead.map((m) => [m.key!.toString(), readDeadLetterHeaders(m.headers)]));
    expect(Object.keys(reasons).sort()).toEqual(['p-empty', 'p-garbage']);
    expect(reasons['p-garbage']).toMatchObject({ reason: 'undecodable', stage: 'moderator', sourceTopic: input });
    expect(reasons['p-empty']).toMatchObject({ reason: 'invalid_event', stage: 'moderator' });
    expect(reasons['p-empty']!.error).toContain('no locales');
  });
});
