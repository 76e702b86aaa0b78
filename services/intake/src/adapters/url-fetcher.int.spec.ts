import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllowlist } from '../domain/address-policy';
import { ProblemError } from '../domain/problems';
import { createUrlFetcher, type UrlFetcherOptions } from './url-fetcher';

// The fetcher against a real local HTTP server; DNS answers come from a stub resolver so that names can be made to
// resolve to any address (what an attacker controlling a DNS zone can do).

describe('SSRF-safe URL fetcher against a local HTTP server', () => {
  let server: Server;
  let port: number;
  const seen: IncomingHttpHeaders[] = [];
  const connectedTo: string[] = [];
  const img = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers);
      if (req.url === '/img') return void res.writeHead(200).end(img);
      if (req.url === '/hang') return; // never answers
      if (req.url === '/chunked') {
        res.writeHead(200, { 'content-type': 'image/jpeg' }); // no Content-Length: the limit must hold while streaming
        const timer = setInterval(() => res.write(Buffer.alloc(4096, 1)), 1);
        res.on('close', () => clearInterval(timer));
        return;
      }
      if (req.url === '/to-name') return void res.writeHead(302, { location: `http://internal.example.test:${port}/img` }).end();
      res.writeHead(404).end();
    });
    server.on('connection', (s) => connectedTo.push(s.localAddress ?? ''));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const dns: Record<string, string[]> = {
    'cdn.example.test': ['127.0.0.1'],
    'mixed.example.test': ['93.184.215.14', '10.0.0.7'],
    'public.example.test': ['93.184.215.14'],
    'internal.example.test': ['192.168.10.10'],
  };
  const fetcher = (over: Partial<UrlFetcherOptions> = {}) =>
    createUrlFetcher({
      allowlist: parseAllowlist(['127.0.0.1/32']).allowlist,
      allowedPorts: [80, 443],
      maxRedirects: 3,
      maxBytes: 64 * 1024,
      timeoutMs: 1500,
      resolve: async (host) => {
        const a = dns[host];
        if (!a) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
        return a.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      },
      ...over,
    });
  const problemOf = async (p: Promise<unknown>) => {
    const e = await p.then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(ProblemError);
    return (e as ProblemError).problem;
  };

  it('connects to the address it checked, not to a second DNS answer, and keeps the Host header', async () => {
    const before = connectedTo.length;
    const got = await fetcher()(new URL(`http://cdn.example.test:${port}/img`));
    expect(Buffer.compare(got.bytes, img)).toBe(0);
    expect(seen.at(-1)?.host).toBe(`cdn.example.test:${port}`);
    expect(connectedTo.length).toBe(before + 1);
  });

  it('refuses a name with any internal address among its answers', async () => {
    const p = await problemOf(fetcher()(new URL(`http://mixed.example.test:${port}/img`)));
    expect(p).toMatchObject({ status: 422, extensions: { reason: 'private', address: '10.0.0.7' } });
  });

  it('refuses ports outside the allowed list for non-allowlisted addresses, before connecting', async () => {
    const before = seen.length;
    const p = await problemOf(fetcher()(new URL('http://public.example.test:6379/')));
    expect(p.detail).toMatch(/port 6379 is not allowed/);
    expect(seen.length).toBe(before);
  });

  it('checks a redirect to a name that resolves to a private address', async () => {
    const p = await problemOf(fetcher()(new URL(`http://127.0.0.1:${port}/to-name`)));
    expect(p).toMatchObject({ status: 422, extensions: { reason: 'private', address: '192.168.10.10' } });
  });

  it('gives up at the deadline', async () => {
    const t0 = Date.now();
    const p = await problemOf(fetcher({ timeoutMs: 300 })(new URL(`http://127.0.0.1:${port}/hang`)));
    expect(p.status).toBe(504);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('stops reading a body without Content-Length at the byte limit', async () => {
    const p = await problemOf(fetcher({ maxBytes: 20_000 })(new URL(`http://127.0.0.1:${port}/chunked`)));
    expect(p).toMatchObject({ status: 413, extensions: { limitBytes: 20_000 } });
  });

  it('reports an unknown host as a fetch failure with the DNS code', async () => {
    const p = await problemOf(fetcher()(new URL('http://nowhere.example.test/')));
    expect(p).toMatchObject({ status: 422 });
    expect(p.detail).toMatch(/could not resolve the host "nowhere.example.test" \(ENOTFOUND\)/);
  });
});
