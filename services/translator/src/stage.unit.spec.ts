import { describe, expect, it } from 'vitest';
import { ConfigError } from '@vitrine/config';
import { MtTransientError, type TranslateFn } from '@vitrine/localization';
import { createLogger } from '@vitrine/observability';
import { UnavailableError, type InputRecord } from '@vitrine/stream';
import { composeTranslator } from './compose';
import { parseTranslatorConfig } from './config';
import { createTranslatorStage } from './stage';
import { generatedEvent, mugFreeText } from './testing/generated';

// The handler runs embedded (as the CLI runs it): no codec, no Kafka.
const log = createLogger('translator-test', 'silent');
const record = (value: ReturnType<typeof generatedEvent>): InputRecord<'DescriptionGenerated'> => ({
  event: 'DescriptionGenerated', value, topic: 'vitrine.description-generated', partition: 0, offset: '0', key: value.productId, headers: {}, timestamp: '0',
});
const ctx = { now: 1_800_000_000_000, stage: 'translator', attempt: 1 };
const handlerWith = (translate: TranslateFn | null) => createTranslatorStage({ translate }).handler({ codec: null as never, log });

describe('translator stage handler', () => {
  it('emits one DescriptionTranslated per good record and poisons bad ones with their reason', async () => {
    const outcomes = await handlerWith(null)(
      [
        record(generatedEvent({ productId: 'ok' })),
        record(generatedEvent({ productId: 'bad-locale', context: { targetLocales: ['en', 'sv'] } })),
        record(generatedEvent({ productId: 'bad-code', description: { styles: [{ code: 'style.nope', confidence: 0.5, source: 'vlm' }] } })),
      ],
      ctx,
    );
    expect(outcomes[0]).toMatchObject({ outputs: [{ event: 'DescriptionTranslated', value: { productId: 'ok' } }] });
    expect(outcomes[1]).toMatchObject({ reason: 'unsupported_locale' });
    expect((outcomes[1] as { poison: Error }).poison.message).toContain('"sv"');
    expect(outcomes[2]).toMatchObject({ reason: 'invalid_description' });
    expect((outcomes[2] as { poison: Error }).poison.message).toContain('style.nope');
  });

  it('fails the batch as unavailable when the MT engine is down', async () => {
    const down: TranslateFn = async () => {
      throw new MtTransientError('connect ECONNREFUSED');
    };
    const err = await handlerWith(down)([record(generatedEvent({ description: { freeText: mugFreeText() } }))], ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnavailableError);
    expect((err as Error).message).toContain('ECONNREFUSED');
  });
});

describe('parseTranslatorConfig / composeTranslator', () => {
  it('defaults to no machine translation', () => {
    const c = parseTranslatorConfig({});
    expect(c).toMatchObject({ mt: 'none', mtTimeoutMs: 30_000, concurrency: 4 });
    expect(composeTranslator(c).translate).toBeNull();
    expect(Object.isFrozen(c)).toBe(true);
  });
  it('builds an engine for MT=llm and MT=libretranslate', () => {
    expect(composeTranslator(parseTranslatorConfig({ MT: 'llm', MT_URL: 'http://vllm:8000/v1', MT_MODEL: 'glm-4.6v-flash' })).translate).toBeTypeOf('function');
    expect(composeTranslator(parseTranslatorConfig({ MT: 'libretranslate', MT_URL: 'http://lt:5000' })).translate).toBeTypeOf('function');
  });
  it('names the variable to fix', () => {
    expect(() => parseTranslatorConfig({ MT: 'deepl' })).toThrow(/MT: /);
    expect(() => parseTranslatorConfig({ MT: 'llm', MT_URL: 'http://vllm:8000/v1' })).toThrow(/MT_MODEL: required when MT=llm/);
    expect(() => parseTranslatorConfig({ MT: 'libretranslate' })).toThrow(ConfigError);
    expect(() => parseTranslatorConfig({ MT: 'libretranslate' })).toThrow(/MT_URL: required when MT=libretranslate/);
    expect(() => parseTranslatorConfig({ MT: 'libretranslate', MT_URL: 'not a url' })).toThrow(/MT_URL/);
    expect(() => parseTranslatorConfig({ MT_TIMEOUT_MS: '5' })).toThrow(/MT_TIMEOUT_MS/);
  });
});
