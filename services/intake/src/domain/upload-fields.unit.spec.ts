import { describe, expect, it } from 'vitest';
import { createApiKeyCheck, presentedKey } from './api-keys';
import { currencyDigits, toMinorUnits, validateFetchUrl, validateUploadFields } from './upload-fields';

const good = { productId: 'p-1', supplierId: 's1', market: 'de', categoryHint: ' apparel.tshirt ', targetLocales: 'en, de,zh-cn', price: '19.99', currency: 'eur' };

describe('validateUploadFields', () => {
  it('normalises a valid upload', () => {
    expect(validateUploadFields(good)).toEqual({
      ok: true,
      value: { productId: 'p-1', supplierId: 's1', market: 'DE', categoryHint: 'apparel.tshirt', targetLocales: ['en', 'de', 'zh-CN'], priceMinor: 1999, currency: 'EUR' },
    });
  });

  it('accepts repeated locale fields and JSON arrays, and drops duplicates', () => {
    const r = validateUploadFields({ ...good, targetLocales: ['en', 'de', 'EN'] });
    expect(r.ok && r.value.targetLocales).toEqual(['en', 'de']);
  });

  it('price and categoryHint are optional', () => {
    const { price: _p, currency: _c, categoryHint: _h, ...rest } = good;
    expect(validateUploadFields(rest)).toMatchObject({ ok: true, value: { priceMinor: null, currency: null, categoryHint: null } });
  });

  it('reports every missing required field by name', () => {
    const r = validateUploadFields({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['market', 'productId', 'supplierId', 'targetLocales']);
  });

  it.each([
    [{ productId: 'has space' }, 'productId', /letters, digits/],
    [{ productId: 'x'.repeat(129) }, 'productId', /1–128/],
    [{ market: 'DEU' }, 'market', /two-letter/],
    [{ targetLocales: 'en,not a locale!' }, 'targetLocales', /not a BCP 47/],
    [{ targetLocales: ' , ' }, 'targetLocales', /at least one/],
    [{ targetLocales: Array.from({ length: 21 }, (_, i) => `en-${String.fromCharCode(65 + i)}${String.fromCharCode(65 + i)}`) }, 'targetLocales', /at most 20/],
    [{ categoryHint: 'a\u0000b' }, 'categoryHint', /control/],
    [{ currency: 'XYZ' }, 'currency', /ISO 4217/],
    [{ price: '-1' }, 'price', /non-negative decimal/],
    [{ price: '1,99' }, 'price', /non-negative decimal/],
    [{ price: '19.999' }, 'price', /more than 2 decimal places/],
    [{ price: '1999.5', currency: 'JPY' }, 'price', /no minor unit/],
    [{ currency: undefined }, 'currency', /required when price/],
    [{ productid: 'x' }, 'productid', /did you mean "productId"/],
    [{ colour: 'red' }, 'colour', /unknown field/],
  ])('%o is refused on %s', (over, field, message) => {
    const r = validateUploadFields({ ...good, ...over });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('a single-value field given twice is refused', () => {
    const r = validateUploadFields({ ...good, productId: ['a', 'b'] });
    expect(r.ok).toBe(false);
  });

  it('does not report transport fields as unknown', () => {
    expect(validateUploadFields({ ...good, url: 'x' }, ['url']).ok).toBe(true);
  });
});

describe('prices in minor units', () => {
  it('uses the currency exponent (ISO 4217) and exact decimal arithmetic', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
    expect(currencyDigits('ABC')).toBeNull();
    expect(toMinorUnits('0.3', 2)).toEqual({ minor: 30 });
    expect(toMinorUnits('19.90', 2)).toEqual({ minor: 1990 });
    expect(toMinorUnits('1999.00', 0)).toEqual({ minor: 1999 });
    expect(toMinorUnits('1.234', 3)).toEqual({ minor: 1234 });
    expect(toMinorUnits('100', 2)).toEqual({ minor: 10000 });
    expect(toMinorUnits('999999999999999', 2)).toEqual({ error: 'is too large' });
  });

  it('reads JSON numbers through their decimal text', () => {
    const r = validateUploadFields({ ...good, price: 0.1 + 0.2 }); // 0.30000000000000004
    expect(r.ok).toBe(false);
    expect(validateUploadFields({ ...good, price: 12.5 })).toMatchObject({ ok: true, value: { priceMinor: 1250 } });
  });
});

describe('validateFetchUrl', () => {
  it('accepts http and https URLs', () => {
    expect(validateFetchUrl('https://cdn.example.com/a.jpg')).toMatchObject({ ok: true });
    expect(validateFetchUrl('http://example.com:8080/a.jpg?x=1')).toMatchObject({ ok: true });
  });
  it.each([
    ['file:///etc/passwd', /scheme "file"/],
    ['gopher://x/', /scheme "gopher"/],
    ['https://user:pw@example.com/', /credentials/],
    ['/relative.jpg', /not an absolute URL/],
    ['', /required/],
    [42, /required/],
    [`https://example.com/${'a'.repeat(2100)}`, /at most 2048/],
  ])('refuses %s', (url, message) => {
    const r = validateFetchUrl(url);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(message);
  });
});

describe('API keys', () => {
  const check = createApiKeyCheck(['key-one-0123456789', 'key-two-0123456789']);
  it('accepts each configured key and nothing else', () => {
    expect(check('key-one-0123456789')).toBe(true);
    expect(check('key-two-0123456789')).toBe(true);
    expect(check('key-one-012345678')).toBe(false);
    expect(check('key-one-0123456789x')).toBe(false);
    expect(check('')).toBe(false);
    expect(check(undefined)).toBe(false);
  });
  it('reads Bearer and X-Api-Key', () => {
    expect(presentedKey({ authorization: 'Bearer abc' })).toBe('abc');
    expect(presentedKey({ authorization: 'bearer  abc ' })).toBe('abc');
    expect(presentedKey({ authorization: 'Basic abc' })).toBeUndefined();
    expect(presentedKey({ 'x-api-key': 'abc' })).toBe('abc');
    expect(presentedKey({})).toBeUndefined();
  });
});
