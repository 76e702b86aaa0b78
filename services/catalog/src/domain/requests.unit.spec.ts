import { describe, expect, it } from 'vitest';
import { encodeCursor, listMember } from '@vitrine/catalog';
import { etagOf, notModified } from './etag';
import { ProblemError, route } from './requests';

const r = (path: string, method = 'GET') => route(method, new URL(path, 'http://x'));
const problemOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ProblemError) return e.problem;
    throw e;
  }
  throw new Error('no problem raised');
};

describe('catalog API routes', () => {
  it('parses product, history and listing routes', () => {
    expect(r('/v1/products/p%2F1x?locale=zh-CN')).toEqual({ kind: 'product', productId: 'p/1x', locale: 'zh-CN' });
    expect(r('/v1/products/p1')).toEqual({ kind: 'product', productId: 'p1', locale: undefined });
    expect(r('/v1/products/p1/history?limit=5')).toEqual({ kind: 'history', productId: 'p1', limit: 5 });
    const member = listMember(1000, 'p9');
    expect(r(`/v1/products?category=home.kitchen&market=DE&updatedSince=2026-11-01T00:00:00Z&limit=20&cursor=${encodeCursor(member)}`)).toEqual({
      kind: 'list', filter: { category: 'home.kitchen', market: 'DE', updatedSince: Date.parse('2026-11-01T00:00:00Z') }, cursorMember: member, limit: 20, locale: undefined,
    });
    expect(r('/v1/products?updatedSince=1700000000000')).toMatchObject({ filter: { updatedSince: 1_700_000_000_000 } });
  });

  it('refuses bad input with a problem that names the parameter', () => {
    expect(problemOf(() => r('/v1/products?limit=501'))).toMatchObject({ status: 400, type: expect.stringContaining('bad-limit'), detail: expect.stringContaining('1 to 500') });
    expect(problemOf(() => r('/v1/products?updatedSince=yesterday'))).toMatchObject({ status: 400, detail: expect.stringContaining('updatedSince') });
    expect(problemOf(() => r('/v1/products?cursor=Zm9v'))).toMatchObject({ status: 400, title: 'Invalid cursor' });
    expect(problemOf(() => r('/v1/products/p1?locale=123'))).toMatchObject({ status: 400, title: 'Invalid locale' });
    expect(problemOf(() => r('/v1/products?market=D E'))).toMatchObject({ status: 400, title: 'Invalid market' });
    expect(problemOf(() => r('/v1/products/p1', 'DELETE'))).toMatchObject({ status: 405 });
    expect(problemOf(() => r('/v2/products'))).toMatchObject({ status: 404 });
    expect(problemOf(() => r('/v1/products/p1/versions'))).toMatchObject({ status: 404 });
    expect(problemOf(() => r('/v1/products/%E0%A4%A'))).toMatchObject({ status: 400 });
  });
});

describe('ETags', () => {
  it('are strong, stable and differ with the bytes', () => {
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
    expect(etagOf('x')).toMatch(/^"[\w-]{27}"$/);
  });
  it('match If-None-Match lists, weak tags and *', () => {
    const t = etagOf('x');
    expect(notModified(undefined, t)).toBe(false);
    expect(notModified(`"a", ${t}`, t)).toBe(true);
    expect(notModified(`W/${t}`, t)).toBe(true);
    expect(notModified('*', t)).toBe(true);
    expect(notModified('"other"', t)).toBe(false);
  });
});
