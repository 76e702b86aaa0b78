import { describe, expect, it } from 'vitest';
import { deriveEnvelope, deriveEventId, dlqTopic, eventNames, topicMap, valueSubject } from './index';

describe('topic registry', () => {
  it('binds every event to one topic, and back', () => {
    const m = topicMap('t1.');
    expect(new Set(m.all()).size).toBe(eventNames.length);
    for (const e of eventNames) expect(m.eventOf(m.topic(e))).toBe(e);
    expect(m.topic('ImageUploaded')).toBe('t1.vitrine.image-uploaded');
    expect(m.eventOf('other')).toBeUndefined();
    expect(dlqTopic('a')).toBe('a.dlq');
    expect(valueSubject('a')).toBe('a-value');
  });
});

describe('deterministic ids', () => {
  it('derives the same id for the same cause, stage and model version, and different ids otherwise', () => {
    const a = deriveEventId('e1', 'describer', 'v1');
    expect(deriveEventId('e1', 'describer', 'v1')).toBe(a);
    expect(deriveEventId('e1', 'describer', 'v2')).not.toBe(a);
    expect(deriveEventId('e1', 'translator', 'v1')).not.toBe(a);
    expect(deriveEventId('e2', 'describer', 'v1')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps product and correlation, and points causation at the cause', () => {
    const cause = { eventId: 'c', causationId: null, correlationId: 'corr', productId: 'p', occurredAt: 1, producer: 'x' };
    const env = deriveEnvelope(cause, { stage: 's', producer: 'svc@1', now: 42 });
    expect(env).toMatchObject({ causationId: 'c', correlationId: 'corr', productId: 'p', occurredAt: 42, producer: 'svc@1' });
  });
});
