import { describe, expect, it } from 'vitest';
import { deriveEventId } from '@vitrine/contracts';
import { MtIntegrityError, MtTransientError, UnsupportedLocaleError, type TranslateFn } from '@vitrine/localization';
import { supportedLocales, taxonomyVersion } from '@vitrine/taxonomy';
import { generatedEvent, mugFreeText } from '../testing/generated';
import { NO_SOURCE_LOCALE, translateDescription } from './translate-description';
import { InvalidDescriptionError, descriptionProblems } from './validate-description';
import { targetLocalesFor } from './target-locales';

const opts = { producer: 'translator@test', now: 1_800_000_000_000 };

/** A translator that tags each text with its target locale (pure, for domain tests). */
const tagging: TranslateFn = async ({ texts, to }) => texts.map((t) => `[${to}] ${t}`);

describe('translateDescription', () => {
  it('renders every requested locale, carries the envelope and provenance, and derives a deterministic id', async () => {
    const input = generatedEvent();
    const { event, targets } = await translateDescription(input, null, opts);
    expect(targets).toEqual({ locales: [...supportedLocales], origin: 'requested' });
    expect(event.locales.map((l) => l.locale)).toEqual([...supportedLocales]);
    expect(event).toMatchObject({
      eventId: deriveEventId(input.eventId, 'translator', input.modelVersion),
      causationId: input.eventId,
      correlationId: input.correlationId,
      productId: input.productId,
      occurredAt: opts.now,
      producer: 'translator@test',
      modelVersion: input.modelVersion,
      taxonomyVersion,
      sourceLocale: NO_SOURCE_LOCALE,
    });
    expect(event.locales.every((l) => l.freeTextStatus === 'none')).toBe(true);
    expect(event.locales.find((l) => l.locale === 'de')!.title).toContain('Tasse');
    const again = await translateDescription(input, null, { ...opts, now: opts.now + 5000 });
    expect(again.event.eventId).toBe(event.eventId);
    expect(again.event.locales).toEqual(event.locales);
  });

  it('keeps free text in its source locale only when no translator is configured', async () => {
    const { event } = await translateDescription(generatedEvent({ description: { freeText: mugFreeText() } }), null, opts);
    expect(event.sourceLocale).toBe('en');
    const en = event.locales.find((l) => l.locale === 'en')!;
    expect(en.freeTextStatus).toBe('source_only');
    expect(en.bullets.join('\n')).toContain('glaze keeps its shine');
    for (const l of event.locales.filter((x) => x.locale !== 'en')) {
      expect(l.freeTextStatus, l.locale).toBe('source_only');
      expect(l.bullets.join('\n'), l.locale).not.toContain('glaze');
    }
  });

  it('translates free text through the port into every other locale', async () => {
    const calls: string[] = [];
    const mt: TranslateFn = async (r) => {
      calls.push(r.to);
      expect(r.protectedTerms).toContain('Kiln&Co');
      return tagging(r);
    };
    const { event, freeTextFailures } = await translateDescription(generatedEvent({ description: { freeText: mugFreeText() } }), mt, opts);
    expect(freeTextFailures).toEqual([]);
    expect(calls.sort()).toEqual(supportedLocales.filter((l) => l !== 'en').sort());
    const ja = event.locales.find((l) => l.locale === 'ja')!;
    expect(ja.freeTextStatus).toBe('translated');
    expect(ja.bullets.join('\n')).toContain('[ja] Kiln&Co glaze');
    expect(ja.longDescription).toContain('[ja] Made by Kiln&Co');
  });

  it('keeps the source text for a locale whose translation lost a protected term, and reports it', async () => {
    const mt: TranslateFn = async (r) => {
      if (r.to === 'fr') throw new MtIntegrityError('protected term "Kiln&Co" did not come back');
      return tagging(r);
    };
    const { event, freeTextFailures } = await translateDescription(generatedEvent({ description: { freeText: mugFreeText() } }), mt, opts);
    expect(freeTextFailures).toEqual([{ locale: 'fr', error: expect.stringContaining('Kiln&Co') }]);
    expect(event.locales.find((l) => l.locale === 'fr')!.freeTextStatus).toBe('source_only');
    expect(event.locales.find((l) => l.locale === 'de')!.freeTextStatus).toBe('translated');
  });

  it('propagates an unreachable engine as transient', async () => {
    const mt: TranslateFn = async () => {
      throw new MtTransientError('connection refused');
    };
    await expect(translateDescription(generatedEvent({ description: { freeText: mugFreeText() } }), mt, opts)).rejects.toBeInstanceOf(MtTransientError);
  });

  it('refuses unsupported locales and invalid descriptions before calling the engine', async () => {
    let calls = 0;
    const mt: TranslateFn = async (r) => (calls++, tagging(r));
    const bad = translateDescription(generatedEvent({ context: { targetLocales: ['en', 'xx-YY', 'de-CH'] }, description: { freeText: mugFreeText() } }), mt, opts);
    await expect(bad).rejects.toThrow(UnsupportedLocaleError);
    await expect(bad).rejects.toThrow(/"xx-YY", "de-CH"/);
    const invalid = generatedEvent({ description: { colors: [{ code: 'color.not_a_colour', confidence: 2, source: 'vlm' }], freeText: mugFreeText() } });
    const err = await translateDescription(invalid, mt, opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidDescriptionError);
    expect((err as InvalidDescriptionError).problems).toEqual(['/colors/0: unknown color code "color.not_a_colour"', '/colors/0.confidence must be within [0, 1], got 2']);
    expect(calls).toBe(0);
  });
});

describe('descriptionProblems', () => {
  it('accepts a valid description and names each problem of an invalid one', () => {
    expect(descriptionProblems(generatedEvent().description)).toEqual([]);
    const d = generatedEvent({
      description: {
        category: { code: 'home.spaceship', confidence: 0.5, source: 'vlm' },
        attributes: [{ name: ' ', value: '', unit: null, confidence: Number.NaN, source: 'ocr' }],
        freeText: { locale: 'not a tag!', title: null, sellingPoints: [], description: null },
      },
    }).description;
    expect(descriptionProblems(d)).toEqual([
      '/category: unknown category code "home.spaceship"',
      '/attributes/0: empty name',
      '/attributes/0 ( ): empty value',
      '/attributes/0.confidence must be within [0, 1], got NaN',
      '/freeText/locale: "not a tag!" is not a BCP 47 language tag',
    ]);
  });
});

describe('targetLocalesFor', () => {
  it('uses the requested locales, canonicalised and deduplicated', () => {
    expect(targetLocalesFor(generatedEvent({ context: { targetLocales: ['zh-cn', 'pt_BR', 'en', 'EN'] } }).context)).toEqual({ locales: ['zh-CN', 'pt-BR', 'en'], origin: 'requested' });
  });
  it("falls back to the market's defaults when none are requested, and to English for an unknown market", () => {
    expect(targetLocalesFor(generatedEvent({ context: { targetLocales: [], market: 'jp' } }).context)).toEqual({ locales: ['ja', 'en'], origin: 'market_default' });
    expect(targetLocalesFor(generatedEvent({ context: { targetLocales: [], market: 'BE' } }).context).locales).toEqual(['nl', 'fr', 'de', 'en']);
    expect(targetLocalesFor(generatedEvent({ context: { targetLocales: [], market: 'ZZ' } }).context).locales).toEqual(['en']);
  });
});
