import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkAddress, describeBlockReason, isIpLiteral, type AddressAllowlist } from '../domain/address-policy';
import { problem, ProblemError } from '../domain/problems';
import { validateFetchUrl } from '../domain/upload-fields';
import type { FetchImageUrl } from '../ports';
import { readLimited } from './read-limited';

export interface UrlFetcherOptions {
  allowlist: AddressAllowlist;
  /** Ports a non-allowlisted address may be fetched on (default 80 and 443). */
  allowedPorts: readonly number[];
  maxRedirects: number;
  maxBytes: number;
  /** Whole fetch, all redirects included. */
  timeoutMs: number;
  userAgent?: string;
  /** DNS resolution; injectable so unit tests can make a name resolve to any address. */
  resolve?: (host: string) => Promise<Array<{ address: string; family: number }>>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const defaultResolve = (host: string) => dnsLookup(host, { all: true, verbatim: true });

/**
 * SSRF-safe GET of an image URL (OWASP SSRF Prevention Cheat Sheet). For every hop, redirects included:
 * resolve the name ourselves, refuse if ANY resolved address is internal (a name with one public and one private
 * record must not be a coin toss), then connect to exactly the checked address through a pinned `lookup`, so a
 * second DNS answer (DNS rebinding) can never change where the socket goes. TLS still verifies the certificate
 * against the host name (SNI = host name). No connection reuse (agent: false): a pooled socket could be one opened
 * for another host. The body is read with a byte limit and a deadline; nothing in the response headers is trusted.
 */
export function createUrlFetcher(o: UrlFetcherOptions): FetchImageUrl {
  const resolve = o.resolve ?? defaultResolve;
  const ua = o.userAgent ?? 'vitrine-intake/0.1 (+image fetch)';

  async function pin(url: URL): Promise<{ address: string; family: 4 | 6 }> {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    if (isIpLiteral(host)) addresses = [host];
    else {
      try {
        addresses = (await resolve(host)).map((a) => a.address);
      } catch (e) {
        throw new ProblemError(problem('url-fetch-failed', `could not resolve the host "${host}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the URL`));
      }
      if (addresses.length === 0) throw new ProblemError(problem('url-fetch-failed', `the host "${host}" has no addresses; check the URL`));
    }
    const verdicts = addresses.map((a) => checkAddress(a, o.allowlist));
    for (const v of verdicts) {
      if (!v.allowed) {
        const via = host === v.address ? '' : ` resolves to ${v.address}, which`;
        throw new ProblemError(
          problem('url-not-allowed', `"${url.host}"${via} is ${describeBlockReason(v.reason)}; the intake only fetches from public internet addresses. Use a publicly reachable URL, or ask the operator to add the range to URL_FETCH_ALLOWLIST.`, {
            extensions: { url: url.href, address: v.address, reason: v.reason },
          }),
        );
      }
    }
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const allAllowlisted = verdicts.every((v) => v.allowed && v.allowlisted);
    if (!allAllowlisted && !o.allowedPorts.includes(port)) {
      throw new ProblemError(problem('url-not-allowed', `port ${port} is not allowed for image URLs; use a URL on port ${o.allowedPorts.join(' or ')}`, { extensions: { url: url.href } }));
    }
    const first = verdicts[0]!;
    if (!first.allowed) throw new Error('unreachable');
    return { address: first.address, family: first.family };
  }

  function get(url: URL, target: { address: string; family: 4 | 6 }, signal: AbortSignal): Promise<IncomingMessage> {
    const pinned: LookupFunction = (_host, options, cb) => {
      // net's autoSelectFamily asks for all addresses; plain connects ask for one. Either way: only the checked one.
      if ((options as { all?: boolean }).all) (cb as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address: target.address, family: target.family }]);
      else cb(null, target.address, target.family);
    };
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const isHttps = url.protocol === 'https:';
    return new Promise((resolveRes, reject) => {
      const req = (isHttps ? https : http).request(
        {
          protocol: url.protocol,
          host: isIpLiteral(host) ? target.address : host,
          port: url.port || (isHttps ? 443 : 80),
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          headers: { host: url.host, 'user-agent': ua, accept: 'image/*', 'accept-encoding': 'identity' },
          lookup: pinned,
          agent: false,
          signal,
          ...(isHttps && !isIpLiteral(host) ? { servername: host } : {}),
        },
        resolveRes,
      );
      req.on('error', reject);
      req.end();
    });
  }

  const readBody = (res: IncomingMessage, url: URL): Promise<Buffer> =>
    readLimited(
      res,
      o.maxBytes,
      () => new ProblemError(problem('payload-too-large', `the image at ${url.href} is larger than the ${o.maxBytes}-byte limit; upload a smaller image`, { extensions: { limitBytes: o.maxBytes } })),
      () => res.destroy(),
    );

  return async (start, outer) => {
    const timeout = AbortSignal.timeout(o.timeoutMs);
    const signal = outer ? AbortSignal.any([timeout, outer]) : timeout;
    let url = start;
    try {
      for (let hop = 0; ; hop++) {
        const target = await pin(url);
        const res = await get(url, target, signal);
        const status = res.statusCode ?? 0;
        if (REDIRECTS.has(status)) {
          res.resume();
          if (hop >= o.maxRedirects) throw new ProblemError(problem('url-fetch-failed', `${start.href} redirected more than ${o.maxRedirects} times; give the final image URL`));
          const location = res.headers.location;
          if (!location) throw new ProblemError(problem('url-fetch-failed', `${url.href} answered ${status} without a Location header`));
          const next = validateFetchUrl(new URL(location, url).href);
          if (!next.ok) throw new ProblemError(problem('url-not-allowed', `${url.href} redirected to a URL that ${next.errors[0]!.message}`));
          url = next.value;
          continue;
        }
        if (status < 200 || status > 299) {
          res.resume();
          throw new ProblemError(problem('url-fetch-failed', `${url.href} answered HTTP ${status}; check that the URL points at a publicly readable image`, { extensions: { upstreamStatus: status } }));
        }
        return { bytes: await readBody(res, url), finalUrl: url.href, redirects: hop };
      }
    } catch (e) {
      if (e instanceof ProblemError) throw e;
      if (timeout.aborted) throw new ProblemError(problem('url-fetch-timeout', `${start.href} did not deliver the image within ${o.timeoutMs} ms; try a faster host or upload the bytes directly`));
      const code = (e as NodeJS.ErrnoException).code;
      throw new ProblemError(problem('url-fetch-failed', `could not fetch ${url.href}: ${code ?? (e as Error).message}`));
    }
  };
}
