import { describe, expect, it } from 'vitest';
import { samplePublished } from '../testing/sample';
import { catalogDocument, InvalidPublication, project } from './documents';
import { nextNamespace } from './keys';
import { decodeCursor, encodeCursor, indexFor, lexLowerBound, listMember } from './listing';
import { compareModelVersions, outranks, rankKey } from './version-order';

describe('model version order', () => {
  it.each([
    ['1.9', '1.10'],
    ['1.9', '1.9.1'],
    ['lora-9', 'lora-12'],
    ['2026-11-30', '2026-12-01'],
    ['v1', 'v1a'],
    ['0009', '10'],
    ['1.0.0', '1.0.0-rc1'],
  ])('%s < %s', (a, b) => {
    expect(compareModelVersions(a, b)).toBeLessThan(0);
    expect(compareModelVersions(b, a)).toBeGreaterThan(0);
  });
  it('treats leading zeros as the same number', () => expect(compareModelVersions('1.01', '1.1')).toBe(0));

  it('ranks by version, then time, then id; a pinned version beats a newer one', () => {
    const old = { eventId: 'a', modelVersion: '1.2', occurredAt: 5000 };
    const newer = { eventId: 'b', modelVersion: '1.10', occurredAt: 10 };
    expect(outranks(rankKey(newer), rankKey(old))).toBe(true);
    expect(outranks(rankKey(old), rankKey(newer))).toBe(false);
    expect(outranks(rankKey({ ...old, occurredAt: 5001 }), rankKey(old))).toBe(true);
    expect(outranks(rankKey(old, { pinnedModelVersion: '1.2' }), rankKey(newer, { pinnedModelVersion: '1.2' }))).toBe(true);
    expect(outranks(rankKey(old), null)).toBe(true);
  });
});

describe('projection of one event', () => {
  it('yields one deterministic document per locale and the product indexes', () => {
    const e = samplePublished('p1', { locales: ['en', 'de', 'zh-CN'] });
    const a = project(e);
    expect(a.docs.map(([l]) => l)).toEqual(['en', 'de', 'zh-CN']);
    expect(project(structuredClone(e)).docs).toEqual(a.docs);
    e.locales.forEach((l, i) => expect(a.docs[i]![1]).toBe(JSON.stringify(catalogDocument(e, l))));
    expect(JSON.parse(a.docs[1]![1])).toMatchObject({ productId: 'p1', locale: 'de', market: 'DE', category: 'home.kitchen.bottle', title: 'p1 title de 1.0.0', availableLocales: ['en', 'de', 'zh-CN'] });
    expect(a.indexes).toEqual(['all', 'cat:home.kitchen.bottle', 'mkt:DE', 'cm:home.kitchen.bottle|DE']);
    expect(a.head).toMatchObject({ modelVersion: '1.0.0', locales: ['en', 'de', 'zh-CN'], updatedAt: e.occurredAt });
  });
  it('refuses an event without locales or with a locale twice', () => {
    expect(() => project(samplePublished('p1', { locales: [] }))).toThrow(InvalidPublication);
    expect(() => project(samplePublished('p1', { locales: ['en', 'en'] }))).toThrow(/twice/);
  });
});

describe('listing and namespaces', () => {
  it('chooses the index that answers the filter', () => {
    expect(indexFor({})).toBe('all');
    expect(indexFor({ category: 'c', market: 'DE' })).toBe('cm:c|DE');
    expect(indexFor({ market: 'DE' })).toBe('mkt:DE');
  });
  it('pages after the cursor, never before updatedSince', () => {
    const m = listMember(2000, 'p9');
    expect(lexLowerBound(undefined, undefined)).toBe('-');
    expect(lexLowerBound(m, undefined)).toBe(`(${m}`);
    expect(lexLowerBound(m, 5000)).toBe('[000000000005000|');
    expect(lexLowerBound(m, 1000)).toBe(`(${m}`);
    expect(decodeCursor(encodeCursor(m))).toBe(m);
    expect(() => decodeCursor('bm9wZQ')).toThrow(/cursor/);
  });
  it('numbers generations', () => {
    expect(nextNamespace(null)).toBe('g1');
    expect(nextNamespace('g9')).toBe('g10');
    expect(() => nextNamespace('blue')).toThrow();
  });
});
