import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

export interface Readiness {
  ready: boolean;
  /** Why the service is not ready (a model failed to load, the consumer has not joined its group …). */
  reasons: string[];
  details?: Record<string, unknown>;
}

export interface HealthServerOptions {
  port: number;
  host?: string;
  registry: Registry;
  /** Liveness: false only when the process should be restarted (e.g. the consumer stopped on a fatal error). */
  live: () => boolean;
  ready: () => Readiness;
  /** Serves every other path, for a service that is also a read API on the same port (the search indexer). */
  handle?: (req: IncomingMessage, res: ServerResponse) => void;
}

/** /healthz, /readyz and /metrics for the kubelet's probes and Prometheus. */
export async function startHealthServer(o: HealthServerOptions): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      const ok = o.live();
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ live: ok }));
    } else if (path === '/readyz') {
      const r = o.ready();
      res.writeHead(r.ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(r));
    } else if (path === '/metrics') {
      o.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': o.registry.contentType }).end(text),
        (e: Error) => res.writeHead(500).end(e.message),
      );
    } else if (o.handle) {
      o.handle(req, res);
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(o.port, o.host ?? '0.0.0.0', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  return { server, port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
