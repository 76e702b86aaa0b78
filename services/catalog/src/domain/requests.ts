import { decodeCursor, type ListFilter } from '@vitrine/catalog';

/**
 * The read API's routes and query parameters, parsed without I/O. Every refusal is a Problem (RFC 9457) that says
 * which parameter is wrong and why.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

const PROBLEM_BASE = 'https://vitrine.dev/problems/';
export const problem = (status: number, slug: string, title: string, detail: string): ProblemError =>
  new ProblemError({ type: `${PROBLEM_BASE}${slug}`, title, status, detail });

export type Route =
  | { kind: 'product'; productId: string; locale: string | undefined }
  | { kind: 'history'; productId: string; limit: number }
  | { kind: 'list'; filter: ListFilter; cursorMember: string | undefined; limit: number; locale: string | undefined };

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const PRODUCT_ID = /^\S{1,200}$/; // any id the events carry; a "/" in it arrives percent-encoded

export function route(method: string, url: URL): Route {
  const parts = url.pathname.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      throw problem(400, 'bad-path', 'Malformed path', `"${p}" is not valid percent-encoding`);
    }
  });
  if (parts[0] !== 'v1' || parts[1] !== 'products' || parts.length > 4 || (parts.length === 4 && parts[3] !== 'history')) {
    throw problem(404, 'not-found', 'No such resource', `${url.pathname} is not a route of this API (GET /v1/products, /v1/products/:id, /v1/products/:id/history)`);
  }
  if (method !== 'GET' && method !== 'HEAD') throw problem(405, 'method-not-allowed', 'Method not allowed', `${method} is not allowed; the catalog API is read-only`);
  const q = url.searchParams;
  const locale = optionalLocale(q.get('locale'));
  if (parts.length === 2) {
    return { kind: 'list', filter: { category: nonEmpty(q, 'category'), market: nonEmpty(q, 'market'), updatedSince: since(q.get('updatedSince')) }, cursorMember: cursor(q.get('cursor')), limit: limit(q.get('limit'), 50, 500), locale };
  }
  const productId = parts[2]!;
  if (!PRODUCT_ID.test(productId)) throw problem(400, 'bad-product-id', 'Invalid product id', `"${productId}" is not a product id`);
  if (parts.length === 4) return { kind: 'history', productId, limit: limit(q.get('limit'), 50, 500) };
  return { kind: 'product', productId, locale };
}

function optionalLocale(v: string | null): string | undefined {
  if (v === null || v === '') return undefined;
  if (!LOCALE.test(v)) throw problem(400, 'bad-locale', 'Invalid locale', `locale "${v}" is not a BCP 47 tag such as "de" or "zh-CN"`);
  return v;
}

function nonEmpty(q: URLSearchParams, name: string): string | undefined {
  const v = q.get(name);
  if (v === null) return undefined;
  if (!/^[\w.:-]{1,120}$/.test(v)) throw problem(400, `bad-${name}`, `Invalid ${name}`, `${name} "${v}" has characters other than letters, digits, ".", ":", "_" and "-"`);
  return v;
}

/** updatedSince: ISO 8601 or epoch millis. */
function since(v: string | null): number | undefined {
  if (v === null || v === '') return undefined;
  const t = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  if (!Number.isSafeInteger(t) || t < 0) throw problem(400, 'bad-updated-since', 'Invalid updatedSince', `updatedSince "${v}" is neither an ISO 8601 time nor epoch milliseconds`);
  return t;
}

function cursor(v: string | null): string | undefined {
  if (v === null || v === '') return undefined;
  try {
    return decodeCursor(v);
  } catch (e) {
    throw problem(400, 'bad-cursor', 'Invalid cursor', `${(e as Error).message}; pass nextCursor from a previous page`);
  }
}

function limit(v: string | null, dflt: number, max: number): number {
  if (v === null || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) throw problem(400, 'bad-limit', 'Invalid limit', `limit "${v}" must be an integer from 1 to ${max}`);
  return n;
}
