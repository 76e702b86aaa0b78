import { describe, expect, it } from 'vitest';
import { sampleModerated, sampleReviewed } from '../testing/samples';
import { NotPublishable, publishModerated, publishReviewed, type PublishOptions } from './publish';

const o: PublishOptions = { stage: 'publisher', producer: 'publisher@0.1.0', now: 1_700_000_100_000, requireAllTargetLocales: false };

describe('publishing a moderated description', () => {
  it('publishes an approved one with every locale and the moderation provenance', () => {
    const m = sampleModerated('p1');
    const [p, ...more] = publishModerated(m, o);
    expect(more).toEqual([]);
    expect(p).toMatchObject({
      productId: 'p1', causationId: m.eventId, correlationId: m.correlationId, occurredAt: o.now, producer: 'publisher@0.1.0', modelVersion: '1.0.0',
      moderation: { status: 'approved', policyVersion: 'rules-1', moderatedEventId: m.eventId, reasons: [] }, review: null,
    });
    expect(p!.locales.map((l) => [l.locale, l.title, l.bullets.length, l.seoKeywords.length])).toEqual([['en', 'Red bottle 500 ml (en)', 2, 2], ['de', 'Red bottle 500 ml (de)', 2, 2]]);
    expect(p!.description).toEqual(m.description);
  });
  it('gives a redelivery the same event id (consumers dedupe) and a new model version a new one', () => {
    const m = sampleModerated('p1');
    expect(publishModerated(m, { ...o, now: 1 })[0]!.eventId).toBe(publishModerated(m, o)[0]!.eventId);
    expect(publishModerated({ ...m, eventId: 'other', modelVersion: '2.0.0' }, o)[0]!.eventId).not.toBe(publishModerated(m, o)[0]!.eventId);
  });
  it.each(['needs_review', 'rejected'] as const)('publishes nothing for %s: it waits for review', (status) => {
    expect(publishModerated(sampleModerated('p1', status), o)).toEqual([]);
  });
  it('refuses an approved description with no locale, a locale twice or an empty title', () => {
    const m = sampleModerated('p1');
    expect(() => publishModerated({ ...m, locales: [] }, o)).toThrow(NotPublishable);
    expect(() => publishModerated({ ...m, locales: [m.locales[0]!, m.locales[0]!] }, o)).toThrow(/twice/);
    expect(() => publishModerated({ ...m, locales: [{ ...m.locales[0]!, title: ' ' }] }, o)).toThrow(/empty title/);
  });
  it('refuses a missing target locale only when the policy requires all of them', () => {
    const m = sampleModerated('p1', 'approved', { context: { ...sampleModerated('p1').context, targetLocales: ['en', 'de', 'fr'] } });
    expect(publishModerated(m, o)).toHaveLength(1);
    expect(() => publishModerated(m, { ...o, requireAllTargetLocales: true })).toThrow(/fr were not rendered/);
  });
});

describe('publishing a reviewed description', () => {
  const m = sampleModerated('p2', 'needs_review');
  it('publishes an approval with the review provenance', () => {
    const r = sampleReviewed(m, 'approved');
    const [p] = publishReviewed(r, o);
    expect(p).toMatchObject({ causationId: r.eventId, moderation: { status: 'reviewed', moderatedEventId: m.eventId }, review: { reviewer: 'op-7', decision: 'approved', reviewedEventId: r.eventId, reviewedAt: r.occurredAt } });
  });
  it('publishes the corrected content of a correction', () => {
    const [p] = publishReviewed(sampleReviewed(m, 'corrected'), o);
    expect(p!.description.colors).toEqual([{ code: 'color.blue', confidence: 1, source: 'operator' }]);
    expect(p!.locales.find((l) => l.locale === 'de')!.title).toBe('Blaue Flasche 500 ml');
    expect(p!.review!.decision).toBe('corrected');
  });
  it('publishes nothing for a rejection', () => expect(publishReviewed(sampleReviewed(m, 'rejected'), o)).toEqual([]));
});
