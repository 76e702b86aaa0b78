import { describe, expect, it } from 'vitest';
import { publication } from '../test-fixtures';
import { cjkDocumentTokens, cjkQueryTokens, cjkTokens } from './cjk-bigrams';
import { toProductDocument, UnindexablePublication } from './documents';
import { compareModelVersions, comparePrecedence, supersedes } from './precedence';
import { parseSearchRequest } from './search-request';
import { analyzerFor } from './text-search-config';

describe('text search configuration per locale', () => {
  it('uses the Snowball stemmer of each European locale and bigrams for CJK', () => {
    expect(analyzerFor('en')).toEqual({ kind: 'stemmed', config: 'english' });
    expect(analyzerFor('de')).toEqual({ kind: 'stemmed', config: 'german' });
    expect(analyzerFor('pt-BR')).toEqual({ kind: 'stemmed', config: 'portuguese' });
    expect(analyzerFor('nl')).toEqual({ kind: 'stemmed', config: 'dutch' });
    for (const l of ['ja', 'zh-CN', 'ko']) expect(analyzerFor(l)).toEqual({ kind: 'cjk-bigram' });
    expect(analyzerFor('pl')).toEqual({ kind: 'stemmed', config: 'simple' });
  });
});

describe('CJK tokens', () => {
  it('splits CJK runs into overlapping bigrams and keeps Latin words whole and lower-cased', () => {
    expect(cjkTokens('有機緑茶 Matcha 100g')).toEqual(['有機', '機緑', '緑茶', 'matcha', '100g']);
    expect(cjkTokens('블루투스 헤드폰')).toEqual(['블루', '루투', '투스', '헤드', '드폰']);
    expect(cjkTokens('茶')).toEqual(['茶']);
  });
  it('indexes unigrams too, so a one-character query finds a longer word', () => {
    expect(cjkDocumentTokens('緑茶')).toEqual(['緑', '茶', '緑茶']);
    expect(cjkDocumentTokens('緑茶')).toEqual(expect.arrayContaining(cjkQueryTokens('茶')));
    expect(cjkDocumentTokens('有機緑茶')).toEqual(expect.arrayContaining(cjkQueryTokens('緑茶')));
    expect(cjkDocumentTokens('有機緑茶')).not.toEqual(expect.arrayContaining(cjkQueryTokens('紅茶')));
  });
  it('normalizes full-width forms (NFKC) so ＢＬＵＥ matches blue', () => {
    expect(cjkTokens('ＢＬＵＥ')).toEqual(['blue']);
  });
});

describe('version precedence', () => {
  it('compares model versions naturally (digit runs as numbers)', () => {
    expect(compareModelVersions('glm@10', 'glm@9')).toBe(1);
    expect(compareModelVersions('offline@2026-11-30', 'offline@2026-12-02')).toBe(-1);
    expect(compareModelVersions('v2', 'v2')).toBe(0);
  });
  it('newer model version wins over a later event of an older version', () => {
    const v2 = { modelVersion: 'm@2', occurredAt: 1, eventId: 'a' };
    const v1late = { modelVersion: 'm@1', occurredAt: 999, eventId: 'b' };
    expect(supersedes(v1late, v2)).toBe(false);
    expect(supersedes(v2, v1late)).toBe(true);
  });
  it('within one version the later event wins, then the event id, so the winner does not depend on arrival order', () => {
    const a = { modelVersion: 'm@1', occurredAt: 5, eventId: 'a' };
    const b = { modelVersion: 'm@1', occurredAt: 5, eventId: 'b' };
    expect(comparePrecedence(a, b)).toBe(-1);
    expect(comparePrecedence(b, a)).toBe(1);
    expect(supersedes(a, a)).toBe(false);
    expect(supersedes(a, undefined)).toBe(true);
  });
});

describe('toProductDocument', () => {
  it('keeps every locale with its analyzer and the version stamp', () => {
    const d = toProductDocument(publication());
    expect(d.stamp).toEqual({ modelVersion: 'offline@1', occurredAt: 1000, eventId: 'e1' });
    expect(d.category).toBe('tea');
    expect(d.locales[0]).toMatchObject({ locale: 'en', analyzer: { kind: 'stemmed', config: 'english' }, labels: ['Green', 'Tea'] });
  });
  it('refuses publications no index could hold, naming the problem', () => {
    expect(() => toProductDocument(publication({ locales: [] }))).toThrow(/carries no locales/);
    const en = publication().locales[0]!;
    expect(() => toProductDocument(publication({ locales: [en, en] }))).toThrow(/locale en twice/);
    expect(() => toProductDocument(publication({ locales: [{ ...en, locale: 'english!' }] }))).toThrow(UnindexablePublication);
  });
  it('drops NUL characters, which PostgreSQL text cannot store', () => {
    const en = publication().locales[0]!;
    expect(toProductDocument(publication({ locales: [{ ...en, title: 'Tea\u0000 tin' }] })).locales[0]!.title).toBe('Tea tin');
  });
});

describe('parseSearchRequest', () => {
  const parse = (qs: string) => parseSearchRequest(new URLSearchParams(qs));
  it('accepts q and locale, matching regional tags to the rendered locale', () => {
    expect(parse('q=tea&locale=en-US')).toEqual({ query: { q: 'tea', locale: 'en', limit: 20, offset: 0 } });
    expect(parse('q=茶&locale=zh-Hans&limit=5&offset=10&market=CN')).toEqual({ query: { q: '茶', locale: 'zh-CN', limit: 5, offset: 10, market: 'CN' } });
  });
  it('answers a problem naming every bad parameter', () => {
    const r = parse('limit=0&offset=x');
    expect('problem' in r && r.problem.status).toBe(400);
    const params = 'problem' in r ? r.problem.errors!.map((e) => e.parameter) : [];
    expect(params).toEqual(['q', 'locale', 'limit', 'offset']);
    expect(parse('q=a&q=b&locale=en')).toMatchObject({ problem: { errors: [{ parameter: 'q', message: 'given more than once' }] } });
    expect(parse('q=a&locale=../etc')).toMatchObject({ problem: { errors: [{ parameter: 'locale' }] } });
    expect(parse(`q=${'x'.repeat(201)}&locale=en`)).toMatchObject({ problem: { errors: [{ parameter: 'q' }] } });
  });
});
