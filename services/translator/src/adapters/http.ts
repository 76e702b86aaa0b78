import { MtPermanentError, MtTransientError } from '@vitrine/localization';

export type FetchFn = typeof fetch;

export interface HttpOptions {
  timeoutMs: number;
  headers?: Record<string, string>;
  fetch?: FetchFn;
  /** Names the engine in error messages ("LibreTranslate", "LLM"). */
  engine: string;
}

/**
 * One JSON request to an MT engine, with its failure classified for the MT port: connection errors, timeouts,
 * 408, 429 and 5xx are transient (the translator stage retries the event with backoff); any other non-2xx and a
 * body that is not JSON are permanent (this request will not succeed by repeating it).
 */
export async function requestJson(method: 'GET' | 'POST', url: string, body: unknown, o: HttpOptions): Promise<unknown> {
  const f = o.fetch ?? fetch;
  let res: Response;
  try {
    res = await f(url, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...o.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(o.timeoutMs),
    });
  } catch (e) {
    const why = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError') ? `timed out after ${o.timeoutMs} ms` : `unreachable (${describeCause(e)})`;
    throw new MtTransientError(`${o.engine} ${method} ${url} ${why}`, { cause: e });
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) {
    const msg = `${o.engine} ${method} ${url} answered ${res.status}: ${text.slice(0, 300)}`;
    if (res.status === 408 || res.status === 429 || res.status >= 500) throw new MtTransientError(msg);
    throw new MtPermanentError(msg);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new MtPermanentError(`${o.engine} ${method} ${url} answered with a body that is not JSON: ${text.slice(0, 200)}`, { cause: e });
  }
}

function describeCause(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : null;
  return code ? `${e.message}: ${code}` : e.message;
}

/** Built once: constructing Intl.DisplayNames loads CLDR data, and every LLM request names two languages. */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "German (de)": engines follow instructions more reliably with the language's name than with a bare tag. */
export function languageName(tag: string): string {
  try {
    const name = languageNames.of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
