import { matchLocale } from '@vitrine/taxonomy';
import { isWellFormedLocale } from './text-search-config';

/** A validated search request. */
export interface SearchQuery {
  q: string;
  locale: string;
  limit: number;
  offset: number;
  category?: string;
  market?: string;
}

/** RFC 9457 problem details (application/problem+json). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The offending query parameters and what is wrong with each. */
  errors?: Array<{ parameter: string; message: string }>;
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 100;
export const MAX_OFFSET = 10_000;

/**
 * Parses `GET /v1/search` parameters. The locale is matched the way the catalog matches it (`en-US` → `en`,
 * `zh-Hans` → `zh-CN`); a well-formed tag of a locale Vitrine does not render is searched as given (and finds
 * nothing unless a publisher indexed it).
 */
export function parseSearchRequest(params: URLSearchParams): { query: SearchQuery } | { problem: Problem } {
  const errors: Array<{ parameter: string; message: string }> = [];
  const single = (name: string): string | undefined => {
    const all = params.getAll(name);
    if (all.length > 1) errors.push({ parameter: name, message: 'given more than once' });
    return all[0];
  };

  const q = single('q')?.trim() ?? '';
  if (!q) errors.push({ parameter: 'q', message: 'required: the words to search for' });
  else if ([...q].length > MAX_QUERY_LENGTH) errors.push({ parameter: 'q', message: `at most ${MAX_QUERY_LENGTH} characters` });

  const rawLocale = single('locale')?.trim() ?? '';
  let locale = '';
  if (!rawLocale) errors.push({ parameter: 'locale', message: 'required: a BCP 47 locale such as en, de or zh-CN' });
  else if (!isWellFormedLocale(rawLocale)) errors.push({ parameter: 'locale', message: `${JSON.stringify(rawLocale)} is not a BCP 47 locale tag` });
  else locale = matchLocale(rawLocale) ?? rawLocale;

  const int = (name: string, min: number, max: number, fallback: number): number => {
    const raw = single(name);
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
      errors.push({ parameter: name, message: `an integer from ${min} to ${max}, got ${JSON.stringify(raw)}` });
      return fallback;
    }
    return n;
  };
  const limit = int('limit', 1, MAX_LIMIT, 20);
  const offset = int('offset', 0, MAX_OFFSET, 0);
  const category = single('category')?.trim() || undefined;
  const market = single('market')?.trim() || undefined;

  if (errors.length) {
    return {
      problem: {
        type: 'https://vitrine.dev/problems/invalid-search-request',
        title: 'Invalid search request',
        status: 400,
        detail: errors.map((e) => `${e.parameter}: ${e.message}`).join('; '),
        errors,
      },
    };
  }
  return { query: { q, locale, limit, offset, ...(category ? { category } : {}), ...(market ? { market } : {}) } };
}
