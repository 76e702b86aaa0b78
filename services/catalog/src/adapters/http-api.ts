import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ProductHead } from '@vitrine/catalog';
import type { Logger } from '@vitrine/observability';
import { etagOf, notModified } from '../domain/etag';
import { problem, ProblemError, route, type Route } from '../domain/requests';
import type { CatalogReader, HistoryReader } from '../ports';

export interface CatalogApi {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/**
 * The catalog's read API over HTTP:
 *   GET /v1/products/:id?locale=de         one locale's document (no locale: the product summary)
 *   GET /v1/products?category=&market=&updatedSince=&cursor=&limit=&locale=   listing by (updatedAt, id), cursor paging
 *   GET /v1/products/:id/history?limit=    the product's events across model versions, from the log
 * Strong ETags on every 200, If-None-Match → 304, errors as application/problem+json (RFC 9457).
 */
export async function startCatalogApi(o: { reader: CatalogReader; history: HistoryReader; log: Logger; port: number; host?: string }): Promise<CatalogApi> {
  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      const p = e instanceof ProblemError ? e.problem : { type: 'about:blank', title: 'Internal error', status: 500, detail: 'the catalog could not answer; try again' };
      if (!(e instanceof ProblemError)) o.log.error({ err: e, url: req.url }, 'catalog API request failed');
      send(res, p.status, JSON.stringify({ ...p, instance: req.url }), { 'content-type': 'application/problem+json' }, req.method === 'HEAD');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const r = route(req.method ?? 'GET', new URL(req.url ?? '/', 'http://catalog'));
    const body = await answer(r);
    const etag = etagOf(body);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', etag, 'cache-control': 'no-cache' };
    if (r.kind === 'product' && r.locale) headers['content-language'] = r.locale;
    if (notModified(req.headers['if-none-match'], etag)) return send(res, 304, '', { etag, 'cache-control': 'no-cache' }, true);
    send(res, 200, body, headers, req.method === 'HEAD');
  }
  // (A ProblemError from a port, e.g. 503 from a busy history reader, is answered like any other problem.)

  async function answer(r: Route): Promise<string> {
    if (r.kind === 'product') {
      if (r.locale) {
        const doc = await o.reader.document(r.productId, r.locale);
        if (doc) return doc; // the stored bytes, as projected: the ETag is stable across namespaces and rebuilds
        const head = await o.reader.head(r.productId);
        if (!head) throw problem(404, 'product-not-found', 'Product not found', `no product "${r.productId}" in the catalog`);
        throw problem(404, 'locale-not-found', 'Locale not found', `product "${r.productId}" has no "${r.locale}" description; it has ${head.locales.join(', ')}`);
      }
      const head = await o.reader.head(r.productId);
      if (!head) throw problem(404, 'product-not-found', 'Product not found', `no product "${r.productId}" in the catalog`);
      return JSON.stringify(summary(head));
    }
    if (r.kind === 'list') {
      const page = await o.reader.list(r.filter, r.cursorMember, r.limit);
      const titles = r.locale ? await o.reader.titles(page.items.map((h) => h.productId), r.locale) : [];
      return JSON.stringify({
        items: page.items.map((h, i) => ({ ...summary(h), ...(r.locale ? { title: titles[i] ?? null } : {}) })),
        nextCursor: page.nextCursor,
      });
    }
    const [head, hist] = await Promise.all([o.reader.head(r.productId), o.history(r.productId, r.limit)]);
    if (!head && !hist.entries.length) throw problem(404, 'product-not-found', 'Product not found', `no product "${r.productId}" in the catalog or its log`);
    return JSON.stringify({
      productId: r.productId,
      servedEventId: head?.eventId ?? null,
      events: hist.entries.map((e) => ({ ...e, served: e.eventId === head?.eventId })),
      scanned: hist.scanned,
      truncated: hist.truncated,
    });
  }

  await new Promise<void>((resolve) => server.listen(o.port, o.host ?? '0.0.0.0', resolve));
  const addr = server.address();
  return { server, port: typeof addr === 'object' && addr ? addr.port : o.port, close: () => new Promise((r) => server.close(() => r())) };
}

function summary(h: ProductHead) {
  return { productId: h.productId, modelId: h.modelId, modelVersion: h.modelVersion, category: h.category, market: h.market, updatedAt: new Date(h.updatedAt).toISOString(), locales: h.locales, eventId: h.eventId };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>, headOnly = false): void {
  res.writeHead(status, { ...headers, ...(status === 304 ? {} : { 'content-length': String(Buffer.byteLength(body)) }) });
  res.end(headOnly ? undefined : body);
}
