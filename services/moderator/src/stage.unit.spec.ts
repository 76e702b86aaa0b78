import { describe, expect, it } from 'vitest';
import type { DescriptionModerated, DescriptionTranslated } from '@vitrine/contracts';
import { localizedContent } from '@vitrine/contracts/testing';
import { parseModerationPolicy } from '@vitrine/moderation';
import type { HandlerContext, InputRecord, RecordOutcome } from '@vitrine/stream';
import { DEFAULT_POLICY_INPUT } from './domain/default-policy';
import { findingsToHits } from './domain/moderate-event';
import type { Classifier, ModeratorPorts } from './ports';
import { createModeratorStage, type ModeratorStageOptions } from './stage';
import { translatedEvent, withText } from './test-support/events';

const policy = parseModerationPolicy({ ...DEFAULT_POLICY_INPUT, trademark: { authorisations: { 'sup-lego': ['lego'] } } });
const ctx: HandlerContext = { now: Date.UTC(2026, 11, 1, 12), stage: 'moderator', attempt: 1 };

const record = (value: DescriptionTranslated, offset = 0): InputRecord<'DescriptionTranslated'> => ({
  event: 'DescriptionTranslated',
  value,
  topic: 'vitrine.description-translated',
  partition: 0,
  offset: String(offset),
  key: value.productId,
  headers: {},
  timestamp: String(ctx.now),
});

async function run(events: DescriptionTranslated[], ports: Partial<ModeratorPorts> = {}, options: ModeratorStageOptions = {}): Promise<RecordOutcome[]> {
  const stage = createModeratorStage({ policy, ...ports }, options);
  return stage.handler({ codec: undefined as never, log: undefined as never })(events.map(record), ctx);
}
const moderated = (o: RecordOutcome | undefined): DescriptionModerated => {
  if (!o || !('outputs' in o)) throw new Error(`expected outputs, got ${JSON.stringify(o)}`);
  expect(o.outputs).toHaveLength(1);
  expect(o.outputs[0]!.event).toBe('DescriptionModerated');
  return o.outputs[0]!.value as DescriptionModerated;
};

describe('moderator stage handler', () => {
  it('approves a clean description and carries the translated event through', async () => {
    const input = translatedEvent('p-clean');
    const out = moderated((await run([input]))[0]);
    expect(out.verdict).toEqual({ status: 'approved', reasons: [], hits: [], policyVersion: 'default-2026-12' });
    expect(out.causationId).toBe(input.eventId);
    expect(out.correlationId).toBe(input.correlationId);
    expect(out.productId).toBe('p-clean');
    expect(out.occurredAt).toBe(ctx.now);
    expect(out.producer).toBe('moderator@0.1.0');
    expect(out.locales).toEqual(input.locales);
    expect(out.description).toEqual(input.description);
    expect({ modelId: out.modelId, modelVersion: out.modelVersion, taxonomyVersion: out.taxonomyVersion }).toEqual({
      modelId: input.modelId,
      modelVersion: input.modelVersion,
      taxonomyVersion: input.taxonomyVersion,
    });
  });

  it('derives the same event id on redelivery, and a new one under another policy version', async () => {
    const input = translatedEvent('p-id');
    const a = moderated((await run([input]))[0]);
    const b = moderated((await run([input]))[0]);
    expect(a.eventId).toBe(b.eventId);
    const other = parseModerationPolicy({ ...DEFAULT_POLICY_INPUT, policyVersion: 'v2' });
    const c = moderated((await run([input], { policy: other }))[0]);
    expect(c.eventId).not.toBe(a.eventId);
    expect(c.verdict.policyVersion).toBe('v2');
  });

  it.each([
    ['en', 'title', 'Best seller mug', 'needs_review', 'soft'],
    ['de', 'bullet', 'Der beste Becher der Welt', 'rejected', 'hard'],
    ['en', 'long', 'Our mug cures insomnia and prevents cancer.', 'rejected', 'hard'],
    ['de', 'seo', 'rolex becher', 'rejected', 'hard'],
    ['en', 'seo', 'eco friendly', 'needs_review', 'soft'],
  ] as const)('checks every field of every locale: %s %s "%s" → %s', async (locale, field, text, status, severity) => {
    const out = moderated((await run([withText('p', locale, field, text)]))[0]);
    expect(out.verdict.status).toBe(status);
    const hit = out.verdict.hits.find((h) => h.severity === severity)!;
    expect(hit.locale).toBe(locale);
    const content = out.locales.find((c) => c.locale === locale)!;
    const fieldText = hit.field === 'title' ? content.title : hit.field === 'longDescription' ? content.longDescription : hit.field.startsWith('bullets') ? content.bullets.at(-1)! : content.seoKeywords.at(-1)!;
    expect(fieldText.slice(hit.start, hit.end)).toBe(hit.matched);
  });

  it('routes by price, regulated category and confidence from the policy', async () => {
    const pricey = translatedEvent('p-price', { context: { ...translatedEvent('x').context, priceMinor: 60_000 } });
    const regulated = translatedEvent('p-reg', { description: { ...translatedEvent('x').description, category: { code: 'beauty.face_cream', confidence: 0.95, source: 'vlm' } } });
    const unsure = translatedEvent('p-unsure', { description: { ...translatedEvent('x').description, category: { code: 'home.mug', confidence: 0.2, source: 'vlm' } } });
    const outs = (await run([pricey, regulated, unsure])).map(moderated);
    expect(outs.map((o) => [o.verdict.status, o.verdict.reasons.map((r) => r.code)])).toEqual([
      ['needs_review', ['price_above_threshold']],
      ['needs_review', ['regulated_category']],
      ['needs_review', ['low_confidence']],
    ]);
  });

  it('honours supplier brand authorisations', async () => {
    const ev = (supplierId: string) => ({ ...withText('p-lego', 'en', 'title', 'LEGO compatible brick set'), context: { ...translatedEvent('x').context, supplierId } });
    const [other, licensee] = (await run([ev('sup-other'), ev('sup-lego')])).map(moderated);
    expect(other!.verdict.status).not.toBe('approved');
    expect(licensee!.verdict.status).toBe('approved');
  });

  it('dead-letters an event with nothing to moderate, and keeps going with the rest of the batch', async () => {
    const outcomes = await run([translatedEvent('p-empty', { locales: [] }), translatedEvent('p-ok')]);
    expect(outcomes[0]).toMatchObject({ reason: 'invalid_event' });
    expect(String((outcomes[0] as { poison: Error }).poison.message)).toContain('no locales');
    expect(moderated(outcomes[1]).verdict.status).toBe('approved');
    const dup = await run([translatedEvent('p-dup', { locales: [localizedContent('en', 'a'), localizedContent('en', 'b')] })]);
    expect(dup[0]).toMatchObject({ reason: 'invalid_event' });
  });
});

describe('model classifier port (a scripted stand-in for the model server)', () => {
  const scripted =
    (family: string, score: number, matched: string | null): Classifier =>
    async (req) =>
      req.texts.filter((t) => t.locale === 'en' && t.field === 'bullets[1]').map((t) => ({ locale: t.locale, field: t.field, family, score, matched }));

  it('turns findings into hits by the policy thresholds, with the quoted phrase as span', async () => {
    const hard = moderated((await run([translatedEvent('p-m')], { classify: scripted('sensitive', 0.95, 'glaze') }))[0]);
    expect(hard.verdict.status).toBe('rejected');
    expect(hard.verdict.hits).toEqual([{ ruleId: 'classifier.sensitive', family: 'sensitive', severity: 'hard', locale: 'en', field: 'bullets[1]', start: 7, end: 12, matched: 'glaze' }]);
    const soft = moderated((await run([translatedEvent('p-m')], { classify: scripted('Hate Speech', 0.7, null) }))[0]);
    expect(soft.verdict.status).toBe('needs_review');
    expect(soft.verdict.hits[0]).toMatchObject({ ruleId: 'classifier.hate_speech', severity: 'soft', start: 0, end: 'Glossy glaze'.length });
    const low = moderated((await run([translatedEvent('p-m')], { classify: scripted('sensitive', 0.3, 'glaze') }))[0]);
    expect(low.verdict.status).toBe('approved');
  });

  it('drops findings about texts that were never sent', () => {
    expect(findingsToHits([{ locale: 'fr', field: 'title', family: 'sensitive', score: 1 }], [{ locale: 'en', field: 'title', text: 'x' }], policy)).toEqual([]);
  });

  it('on classifier failure: holds the batch by default, or sends to review when configured', async () => {
    const down: Classifier = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    await expect(run([translatedEvent('p-down')], { classify: down, classifierId: 'http:guard' })).rejects.toThrow(/classifier http:guard failed: connect ECONNREFUSED/);
    const out = moderated((await run([translatedEvent('p-down')], { classify: down, classifierId: 'http:guard' }, { onClassifierError: 'review' }))[0]);
    expect(out.verdict.status).toBe('needs_review');
    expect(out.verdict.reasons.map((r) => r.code)).toEqual(['classifier_unavailable']);
  });
});
