import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dlqTopic } from '@vitrine/contracts';
import { startStageService, readDeadLetterHeaders, type RunningStage } from '@vitrine/stream';
import { createTestBus, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';
import { composePublisher } from './compose';
import { parsePublisherConfig } from './config';
import { createPublisherStage } from './stage';
import { sampleModerated, sampleReviewed } from './testing/samples';

let bus: TestBus;
let stage: RunningStage;

beforeAll(async () => {
  bus = await createTestBus('publisher');
  await bus.createTopics(['DescriptionModerated', 'DescriptionReviewed', 'DescriptionPublished'], 3);
  const infra = testInfra();
  const config = parsePublisherConfig({
    KAFKA_BROKERS: infra.brokers.join(','), SCHEMA_REGISTRY_URL: infra.registryUrl, TOPIC_PREFIX: bus.prefix, GROUP_ID: uniqueName('publisher'),
    HTTP_PORT: '0', LOG_LEVEL: 'silent', TOPIC_PARTITIONS: '3',
  });
  stage = await startStageService(createPublisherStage(composePublisher(config)), config.stream, { handleSignals: false });
});
afterAll(async () => {
  await stage?.stop();
  await bus?.close();
});

describe('publisher against the real broker and registry', () => {
  it('publishes approved and reviewed descriptions, holds back the ones awaiting review, dead-letters the unpublishable', async () => {
    const approved = sampleModerated('p-approved');
    const waiting = sampleModerated('p-review', 'needs_review');
    const rejected = sampleModerated('p-rejected', 'rejected');
    const broken = sampleModerated('p-broken', 'approved', { locales: [] });
    await bus.publish('DescriptionModerated', [approved, waiting, rejected, broken]);
    await bus.publish('DescriptionReviewed', [sampleReviewed(waiting, 'corrected'), sampleReviewed(rejected, 'rejected')]);

    const published = await bus.readEvents('DescriptionPublished', 2, 60_000);
    const byProduct = Object.fromEntries(published.map((p) => [p.productId, p]));
    expect(Object.keys(byProduct).sort()).toEqual(['p-approved', 'p-review']);
    expect(byProduct['p-approved']).toMatchObject({ causationId: approved.eventId, moderation: { status: 'approved', moderatedEventId: approved.eventId }, review: null });
    expect(byProduct['p-approved']!.locales.map((l) => l.locale)).toEqual(['en', 'de']);
    expect(byProduct['p-review']).toMatchObject({ review: { reviewer: 'op-7', decision: 'corrected' }, moderation: { status: 'reviewed', moderatedEventId: waiting.eventId } });
    expect(byProduct['p-review']!.locales.find((l) => l.locale === 'de')!.title).toBe('Blaue Flasche 500 ml');

    const dead = await bus.readTopic(dlqTopic(bus.topics.topic('DescriptionModerated')), 1, 30_000);
    expect(dead.map((m) => m.key?.toString())).toEqual(['p-broken']);
    expect(readDeadLetterHeaders(dead[0]!.headers)).toMatchObject({ reason: 'not_publishable', stage: 'publisher' });

    // Nothing else was published: the rejected and the waiting-for-review descriptions stayed out.
    const again = await bus.readEvents('DescriptionPublished', 3, 3_000);
    expect(again).toHaveLength(2);
  });
});
