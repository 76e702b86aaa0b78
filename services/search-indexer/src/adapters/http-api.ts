import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseSearchRequest, type Problem } from '../domain/search-request';
import type { SearchProducts } from '../ports';

export interface SearchApiOptions {
  search: SearchProducts;
}

function sendProblem(res: ServerResponse, p: Problem, headers: Record<string, string> = {}): void {
  res.writeHead(p.status, { 'content-type': 'application/problem+json', ...headers }).end(JSON.stringify(p));
}

const notFound = (path: string): Problem => ({ type: 'https://vitrine.dev/problems/not-found', title: 'Not found', status: 404, detail: `no resource at ${path}; search is GET /v1/search?q=…&locale=…` });

/**
 * GET /v1/search?q=&locale=[&limit=&offset=&category=&market=], served on the stage service's probe port (which
 * answers /healthz, /readyz and /metrics itself). Errors are RFC 9457 problem details
 * (https://www.rfc-editor.org/rfc/rfc9457).
 */
export function searchApiHandler(o: SearchApiOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path !== '/v1/search') return sendProblem(res, notFound(path));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendProblem(res, { type: 'https://vitrine.dev/problems/method-not-allowed', title: 'Method not allowed', status: 405, detail: `${req.method} is not supported on /v1/search; use GET` }, { allow: 'GET, HEAD' });
    }
    const parsed = parseSearchRequest(url.searchParams);
    if ('problem' in parsed) return sendProblem(res, parsed.problem);
    const q = parsed.query;
    try {
      const page = await o.search(q);
      const body = {
        query: q.q,
        locale: q.locale,
        offset: q.offset,
        limit: q.limit,
        hits: page.hits,
        ...(page.more ? { next: `/v1/search?${new URLSearchParams({ ...Object.fromEntries(url.searchParams), offset: String(q.offset + q.limit) })}` } : {}),
      };
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
    } catch (e) {
      sendProblem(res, { type: 'https://vitrine.dev/problems/search-unavailable', title: 'Search unavailable', status: 503, detail: (e as Error).message }, { 'retry-after': '5' });
    }
  };
  return (req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendProblem(res, { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: (e as Error).message });
      else res.destroy();
    });
  };
}
