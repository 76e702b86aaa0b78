import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toyTranslate } from './toy-dictionary';

/**
 * Local stand-ins for the two machine-translation engines, speaking their HTTP protocols on 127.0.0.1, with the toy
 * dictionary as the "model". They exist because no real LLM or LibreTranslate server runs in this environment;
 * tests that use them say so in their names.
 */
export interface StandIn<Mode> {
  url: string;
  requests: Array<{ method: string; path: string; body: unknown; headers: IncomingMessage['headers'] }>;
  mode: Mode;
  close(): Promise<void>;
}

async function listen<Mode>(mode: Mode, handle: (req: IncomingMessage, body: unknown, res: ServerResponse, s: StandIn<Mode>) => void, path = ''): Promise<StandIn<Mode>> {
  const standIn = { url: '', requests: [], mode } as unknown as StandIn<Mode>;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        return send(res, 400, { error: 'body is not JSON' });
      }
      standIn.requests.push({ method: req.method ?? '', path: req.url ?? '', body, headers: req.headers });
      handle(req, body, res, standIn);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  standIn.close = () => new Promise<void>((r) => server.close(() => r()));
  return standIn;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** How the OpenAI-compatible stand-in misbehaves: an HTTP status, a dropped placeholder, a wrong count, prose. */
export type ChatMode = 'ok' | 'fenced' | 'drop-placeholder' | 'wrong-count' | 'not-json' | { status: number };

/**
 * OpenAI chat-completions stand-in (POST /v1/chat/completions). It reads the texts from the user message (JSON
 * `{texts}`), the target language from the system prompt ("… to German (de).") and answers `{translations}` in
 * `choices[0].message.content`, as a JSON-schema-constrained vLLM would.
 */
export function startChatCompletionsStandIn(mode: ChatMode = 'ok'): Promise<StandIn<ChatMode>> {
  return listen<ChatMode>(
    mode,
    (req, body, res, s) => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
      if (typeof s.mode === 'object') return send(res, s.mode.status, { error: { message: `stand-in answers ${s.mode.status}` } });
      const b = body as { model?: unknown; messages?: Array<{ role: string; content: string }> };
      if (typeof b?.model !== 'string' || !Array.isArray(b.messages)) return send(res, 400, { error: { message: 'model and messages are required' } });
      const system = b.messages.find((m) => m.role === 'system')?.content ?? '';
      const to = /\bto [^.]*?\(([A-Za-z-]+)\)\./.exec(system)?.[1];
      let texts: string[];
      try {
        texts = (JSON.parse(b.messages.find((m) => m.role === 'user')?.content ?? '') as { texts: string[] }).texts;
      } catch {
        return send(res, 400, { error: { message: 'user message is not {"texts": [...]}' } });
      }
      if (!to || !Array.isArray(texts)) return send(res, 400, { error: { message: 'no target language or texts' } });
      let out = texts.map((t) => toyTranslate(t, to));
      if (s.mode === 'drop-placeholder') out = out.map((t) => t.replace(/⟦\d+⟧\s?/, ''));
      if (s.mode === 'wrong-count') out = out.slice(1);
      const json = JSON.stringify({ translations: out });
      const content = s.mode === 'not-json' ? `Sure! Here are the translations: ${out.join(' / ')}` : s.mode === 'fenced' ? '```json\n' + json + '\n```' : json;
      send(res, 200, {
        id: `chatcmpl-${s.requests.length}`,
        object: 'chat.completion',
        created: 0,
        model: b.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: system.length, completion_tokens: content.length, total_tokens: system.length + content.length },
      });
    },
    '/v1',
  );
}

export interface LibreMode {
  /** Language codes /languages offers (default: a current server's spelling, with "zh-Hans" and "pt-BR"). */
  codes?: string[];
  /** Translate inside translate="no" elements too, as an engine without HTML support would. */
  ignoreNoTranslate?: boolean;
  /** Answer every /translate with this status. */
  status?: number;
  /** Require this api_key. */
  apiKey?: string;
}

const NAMES: Readonly<Record<string, string>> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', ja: 'Japanese', 'zh-Hans': 'Chinese', zh: 'Chinese', ko: 'Korean', 'pt-BR': 'Portuguese (Brazil)', pb: 'Portuguese (Brazil)', pt: 'Portuguese', nl: 'Dutch' };

/**
 * LibreTranslate stand-in: GET /languages and POST /translate (q as a string or an array; format "text" or "html").
 * In HTML mode it leaves `translate="no"` elements alone, as LibreTranslate's argos translate-html does, and
 * keeps entities escaped.
 */
export function startLibreTranslateStandIn(mode: LibreMode = {}): Promise<StandIn<LibreMode>> {
  return listen<LibreMode>(mode, (req, body, res, s) => {
    const codes = s.mode.codes ?? ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-Hans', 'ko', 'pt-BR', 'nl'];
    if (req.method === 'GET' && req.url === '/languages') return send(res, 200, codes.map((code) => ({ code, name: NAMES[code] ?? code, targets: codes })));
    if (req.method !== 'POST' || req.url !== '/translate') return send(res, 404, { error: 'Not Found' });
    if (s.mode.status) return send(res, s.mode.status, { error: `stand-in answers ${s.mode.status}` });
    const b = body as { q?: unknown; source?: string; target?: string; format?: string; api_key?: string };
    if (s.mode.apiKey && b.api_key !== s.mode.apiKey) return send(res, 403, { error: 'Invalid API key' });
    for (const [field, code] of [['source', b.source], ['target', b.target]] as const) {
      if (!code) return send(res, 400, { error: `Invalid request: missing ${field} parameter` });
      if (!codes.includes(code)) return send(res, 400, { error: `${code} is not supported` });
    }
    const qs = typeof b.q === 'string' ? [b.q] : Array.isArray(b.q) ? (b.q as string[]) : null;
    if (!qs) return send(res, 400, { error: 'Invalid request: missing q parameter' });
    const one = (q: string) =>
      b.format === 'html'
        ? q
            .split(/\s+/)
            .join(' ')
            .replace(/(<span translate="no">[\s\S]*?<\/span>)|(<[^>]+>)|(&[#\w]+;)|([^<&]+)/g, (m, keep: string | undefined, _tag, _entity, text: string | undefined) =>
              text !== undefined
                ? toyTranslate(text, b.target!)
                : keep !== undefined && s.mode.ignoreNoTranslate
                  ? keep.replace(/>([^<]*)</, (_x, inner: string) => `>${toyTranslate(inner, b.target!)}<`)
                  : m,
            )
        : toyTranslate(q, b.target!);
    send(res, 200, { translatedText: typeof b.q === 'string' ? one(qs[0]!) : qs.map(one) });
  });
}
