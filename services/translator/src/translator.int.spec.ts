import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dlqTopic, type DescriptionTranslated } from '@vitrine/contracts';
import { parseStreamConfig, readDeadLetterHeaders, startStageService, type RunningStage } from '@vitrine/stream';
import { supportedLocales } from '@vitrine/taxonomy';
import { createTestBus, testInfra, uniqueName, type TestBus } from '@vitrine/testkit';
import { composeTranslator } from './compose';
import { parseTranslatorConfig } from './config';
import { createTranslatorStage } from './stage';
import { generatedEvent, mugFreeText } from './testing/generated';
import { startLibreTranslateStandIn, type LibreMode, type StandIn } from './testing/mt-standins';

// The real broker and registry; machine translation through the local LibreTranslate stand-in (no real
// LibreTranslate server runs here), so free text is translated and protected terms are checked end to end.

let bus: TestBus;
let stage: RunningStage;
let mt: StandIn<LibreMode>;
let translatedSoFar = 0;

/** The DescriptionTranslated events of one product, once the topic holds `expectedTotal` events in all. */
async function translatedOf(productId: string, added: number): Promise<DescriptionTranslated[]> {
  translatedSoFar += added;
  const all = await bus.readEvents('DescriptionTranslated', translatedSoFar, 60_000);
  return all.filter((e) => e.productId === productId);
}

beforeAll(async () => {
  const infra = testInfra();
  bus = await createTestBus('translator');
  await bus.createTopics(['DescriptionGenerated', 'DescriptionTranslated'], 3);
  mt = await startLibreTranslateStandIn();
  const streamConfig = parseStreamConfig({
    KAFKA_BROKERS: infra.brokers.join(','), SCHEMA_REGISTRY_URL: infra.registryUrl, TOPIC_PREFIX: bus.prefix, TOPIC_PARTITIONS: '3',
    GROUP_ID: uniqueName('translator'), HTTP_PORT: '0', LOG_LEVEL: 'silent', MAX_WAIT_MS: '20', MAX_RECORD_ATTEMPTS: '1',
  });
  const ports = composeTranslator(parseTranslatorConfig({ MT: 'libretranslate', MT_URL: mt.url, MT_TIMEOUT_MS: '2000' }));
  stage = await startStageService(createTranslatorStage(ports), streamConfig, { handleSignals: false });
});
afterAll(async () => {
  await stage?.stop();
  await mt?.close();
  await bus?.close();
});

describe('translator against the real broker and registry (MT: LibreTranslate stand-in)', () => {
  it('turns a generated description into DescriptionTranslated with all ten locales', async () => {
    const input = generatedEvent({ productId: 'p-mug', description: { freeText: mugFreeText() } });
    await bus.publish('DescriptionGenerated', [input]);
    const [out] = await translatedOf('p-mug', 1);
    expect(out).toBeDefined();
    expect(out!.locales.map((l) => l.locale)).toEqual(['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-CN', 'ko', 'pt-BR', 'nl']);
    expect(out!).toMatchObject({ causationId: input.eventId, correlationId: input.correlationId, modelVersion: input.modelVersion, sourceLocale: 'en', producer: 'translator@0.1.0' });
    const by = Object.fromEntries(out!.locales.map((l) => [l.locale, l]));
    expect(by.en!.freeTextStatus).toBe('source_only');
    for (const l of supportedLocales.filter((x) => x !== 'en')) {
      expect(by[l]!.freeTextStatus, l).toBe('translated');
      expect(by[l]!.title, l).toContain('Kiln&Co');
      expect(by[l]!.bullets.length, l).toBeGreaterThanOrEqual(3);
      expect(by[l]!.attributeLabels['color.red'], l).toBeTruthy();
    }
    // Rendered from the taxonomy, free text through MT with the brand kept verbatim.
    expect(by.de!.title).toContain('Tasse');
    expect(by.de!.bullets.join('\n')).toContain('Kiln&Co Glasur behält ihren Glanz');
    expect(by.ja!.bullets.join('\n')).toContain('Kiln&Co 釉薬');
    expect(by.fr!.attributeLabels['color.red']).toBe('Rouge');
    expect(JSON.stringify(out)).not.toContain('Brennofen');
  });

  it('gives a redelivered event the same event id', async () => {
    const input = generatedEvent({ productId: 'p-redelivered' });
    await bus.publish('DescriptionGenerated', [input]);
    await bus.publish('DescriptionGenerated', [input]);
    const outs = await translatedOf('p-redelivered', 2);
    expect(outs).toHaveLength(2);
    expect(outs[1]!.eventId).toBe(outs[0]!.eventId);
    expect(outs[1]!.locales).toEqual(outs[0]!.locales);
  });

  it('dead-letters an unsupported locale and an invalid description with their reasons, and keeps going', async () => {
    const badLocale = generatedEvent({ productId: 'p-bad-locale', context: { targetLocales: ['en', 'tlh'] } });
    const badCode = generatedEvent({ productId: 'p-bad-code', description: { materials: [{ code: 'material.unobtainium', confidence: 0.9, source: 'vlm' }] } });
    const good = generatedEvent({ productId: 'p-after-poison', context: { targetLocales: [], market: 'JP' } });
    await bus.publish('DescriptionGenerated', [badLocale, badCode, good]);
    const [after] = await translatedOf('p-after-poison', 1);
    expect(after!.locales.map((l) => l.locale)).toEqual(['ja', 'en']); // market default for JP
    const dead = await bus.readTopic(dlqTopic(bus.topics.topic('DescriptionGenerated')), 2, 30_000);
    const byKey = Object.fromEntries(dead.map((m) => [m.key!.toString(), readDeadLetterHeaders(m.headers)]));
    expect(byKey['p-bad-locale']).toMatchObject({ reason: 'unsupported_locale', stage: 'translator', error: expect.stringContaining('"tlh"') });
    expect(byKey['p-bad-code']).toMatchObject({ reason: 'invalid_description', stage: 'translator', error: expect.stringContaining('material.unobtainium') });
  });

  it('waits out an MT server that answers 503, then translates (transient, never dead-lettered)', async () => {
    mt.mode = { status: 503 };
    const before = mt.requests.length;
    await bus.publish('DescriptionGenerated', [generatedEvent({ productId: 'p-mt-down', description: { freeText: mugFreeText() } })]);
    const end = Date.now() + 30_000;
    while (mt.requests.length < before + 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(mt.requests.length).toBeGreaterThanOrEqual(before + 3); // retried while the server was down
    mt.mode = {};
    const [out] = await translatedOf('p-mt-down', 1);
    expect(out!.locales.find((l) => l.locale === 'de')!.freeTextStatus).toBe('translated');
    const dead = await bus.readTopic(dlqTopic(bus.topics.topic('DescriptionGenerated')), 3, 3_000);
    expect(dead.map((m) => m.key!.toString())).not.toContain('p-mt-down');
  });
});
