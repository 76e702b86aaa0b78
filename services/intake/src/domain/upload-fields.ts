import type { FieldError } from './problems';

/** What a supplier tells us about an image, validated and normalised (the ImageUploaded `context` plus productId). */
export interface UploadFields {
  productId: string;
  supplierId: string;
  market: string;
  categoryHint: string | null;
  targetLocales: string[];
  priceMinor: number | null;
  currency: string | null;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const UPLOAD_FIELD_NAMES = ['productId', 'supplierId', 'market', 'categoryHint', 'targetLocales', 'price', 'currency'] as const;
export const MAX_TARGET_LOCALES = 20;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const hasControl = (s: string) => [...s].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/** One value per field: a repeated form field or query parameter is joined for targetLocales, refused elsewhere. */
const single = (v: unknown): unknown => (Array.isArray(v) && v.length === 1 ? v[0] : v);

/**
 * Validates raw upload fields from any transport (multipart fields, query parameters, a JSON body).
 * `transportFields` are names the transport itself uses (e.g. "file", "url") and are not reported as unknown.
 */
export function validateUploadFields(raw: Record<string, unknown>, transportFields: readonly string[] = []): Validated<UploadFields> {
  const errors: FieldError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });

  for (const key of Object.keys(raw)) {
    if ((UPLOAD_FIELD_NAMES as readonly string[]).includes(key) || transportFields.includes(key)) continue;
    const near = [...UPLOAD_FIELD_NAMES, ...transportFields].find((k) => k.toLowerCase() === key.toLowerCase().replace(/[-_]/g, ''));
    err(key, near ? `unknown field; did you mean "${near}"? (names are case-sensitive)` : `unknown field; accepted fields are ${[...UPLOAD_FIELD_NAMES, ...transportFields].join(', ')}`);
  }

  const id = (field: 'productId' | 'supplierId'): string => {
    const v = single(raw[field]);
    if (v === undefined || v === null || v === '') return err(field, 'is required'), '';
    if (typeof v !== 'string') return err(field, 'must be a string'), '';
    if (!ID.test(v)) return err(field, 'must be 1–128 characters of letters, digits, ".", "_", ":" or "-", starting with a letter or digit'), '';
    return v;
  };
  const productId = id('productId');
  const supplierId = id('supplierId');

  let market = '';
  const m = single(raw.market);
  if (m === undefined || m === null || m === '') err('market', 'is required (an ISO 3166-1 alpha-2 market code such as "DE")');
  else if (typeof m !== 'string' || !/^[A-Za-z]{2}$/.test(m)) err('market', `must be a two-letter market code such as "DE", "FR" or "JP", got ${JSON.stringify(m)}`);
  else market = m.toUpperCase();

  let categoryHint: string | null = null;
  const c = single(raw.categoryHint);
  if (c !== undefined && c !== null && c !== '') {
    if (typeof c !== 'string') err('categoryHint', 'must be a string');
    else if (c.trim().length > 200 || hasControl(c)) err('categoryHint', 'must be at most 200 characters without control characters');
    else categoryHint = c.trim() || null;
  }

  const targetLocales = validateLocales(raw.targetLocales, err);
  const { priceMinor, currency } = validatePrice(single(raw.price), single(raw.currency), err);

  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { productId, supplierId, market, categoryHint, targetLocales, priceMinor, currency } };
}

function validateLocales(v: unknown, err: (f: string, m: string) => void): string[] {
  if (v === undefined || v === null || v === '') return err('targetLocales', 'is required: a comma-separated list of BCP 47 locales such as "en,de,zh-CN"'), [];
  const items = (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === 'string' ? x.split(',') : [x]));
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') return err('targetLocales', 'must be strings'), [];
    const tag = item.trim();
    if (!tag) continue;
    try {
      // Canonical casing ("zh-cn" → "zh-CN"), and a RangeError for tags that are not well-formed BCP 47.
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical && !out.includes(canonical)) out.push(canonical);
    } catch {
      err('targetLocales', `"${tag}" is not a BCP 47 language tag (e.g. "en", "de", "pt-BR", "zh-CN")`);
      return [];
    }
  }
  if (out.length === 0) err('targetLocales', 'must name at least one locale');
  else if (out.length > MAX_TARGET_LOCALES) err('targetLocales', `at most ${MAX_TARGET_LOCALES} locales per upload, got ${out.length}`);
  return out;
}

/** Minor-unit digits of an ISO 4217 currency (JPY 0, EUR 2, KWD 3), from the runtime's CLDR data. */
export function currencyDigits(code: string): number | null {
  if (!/^[A-Z]{3}$/.test(code)) return null;
  let digits = digitsByCurrency.get(code);
  if (digits === undefined) {
    // Building the list and a NumberFormat costs ~0.1 ms; memoise per code (a few hundred at most).
    knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
    digits = knownCurrencies.has(code) ? (new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2) : null;
    digitsByCurrency.set(code, digits);
  }
  return digits;
}
let knownCurrencies: Set<string> | undefined;
const digitsByCurrency = new Map<string, number | null>();

/**
 * "19.99" EUR → 1999. Decimal text, not a float: 0.1 + 0.2 must not become 30000000000000004 minor units.
 * A JSON number is accepted and read through its shortest decimal representation.
 */
export function toMinorUnits(price: string, digits: number): { minor: number } | { error: string } {
  const m = /^(\d{1,15})(?:\.(\d+))?$/.exec(price);
  if (!m) return { error: `must be a non-negative decimal such as "19.99", got ${JSON.stringify(price)}` };
  const whole = m[1]!;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > digits) return { error: digits === 0 ? `has no minor unit in this currency: send a whole number (e.g. "${whole}")` : `has more than ${digits} decimal places for this currency` };
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(frac.padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { error: 'is too large' };
  return { minor: Number(minor) };
}

function validatePrice(p: unknown, c: unknown, err: (f: string, m: string) => void): { priceMinor: number | null; currency: string | null } {
  let currency: string | null = null;
  let digits: number | null = null;
  if (c !== undefined && c !== null && c !== '') {
    const code = typeof c === 'string' ? c.trim().toUpperCase() : '';
    digits = currencyDigits(code);
    if (digits === null) err('currency', `must be an ISO 4217 currency code such as "EUR", "USD" or "JPY", got ${JSON.stringify(c)}`);
    else currency = code;
  }
  if (p === undefined || p === null || p === '') return { priceMinor: null, currency };
  const text = typeof p === 'number' && Number.isFinite(p) ? String(p) : typeof p === 'string' ? p.trim() : null;
  if (text === null) return err('price', 'must be a decimal string such as "19.99"'), { priceMinor: null, currency };
  if (c === undefined || c === null || c === '') return err('currency', 'is required when price is given'), { priceMinor: null, currency };
  if (digits === null) return { priceMinor: null, currency }; // the currency error is already reported
  const r = toMinorUnits(text, digits);
  if ('error' in r) return err('price', r.error), { priceMinor: null, currency };
  return { priceMinor: r.minor, currency };
}

export const MAX_URL_LENGTH = 2048;

/** A URL a supplier asks us to fetch: http(s), a host, no credentials. The address check happens at fetch time. */
export function validateFetchUrl(v: unknown): Validated<URL> {
  const bad = (message: string): Validated<URL> => ({ ok: false, errors: [{ field: 'url', message }] });
  if (typeof v !== 'string' || v.trim() === '') return bad('is required: the http(s) URL of the image');
  if (v.length > MAX_URL_LENGTH) return bad(`must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(v.trim());
  } catch {
    return bad(`${JSON.stringify(v.slice(0, 200))} is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return bad(`scheme "${url.protocol.slice(0, -1)}" is not allowed; use http or https`);
  if (url.username || url.password) return bad('must not contain credentials (user:password@); use a pre-signed URL instead');
  if (!url.hostname) return bad('has no host');
  return { ok: true, value: url };
}
