import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  parseMeasurementsBlock,
  validateJson,
  formatSchemaErrors,
  type JsonSchema,
  type MeasuredFacts,
  type VlmOutput,
} from '@vitrine/describe-prompts';

/**
 * A local stand-in for the GPU model server: an HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions
 * protocol the way vLLM serves it (POST /v1/chat/completions, GET /v1/models, vLLM's error body
 * `{object:"error", message, type, param, code}`), so the real VLM adapter runs against real HTTP.
 *
 * It is the only fake the project allows (helper brief: tests using it say "stand-in" in their names). It validates
 * the request shape strictly, and its answer is computed from the request — it reads the measured facts block of the
 * prompt and the schema's enums — so answers vary with the input and conform to the schema that was sent. It has no
 * eyes: it reports what the prompt says was measured, plus vocabulary codes whose words appear in the printed text.
 *
 * Failure modes are scripted per request (consumed in order, then `fallback`): HTTP statuses (with Retry-After),
 * hangs (the client must time out), dropped connections, invalid JSON, schema violations, non-completion bodies.
 */
export type StandInBehaviour =
  | 'ok'
  | 'hang'
  | 'drop'
  | 'invalid-json'
  | 'schema-violation'
  | 'not-completion'
  | { status: number; retryAfterS?: number; message?: string }
  | { content: string; finishReason?: string };

export interface StandInOptions {
  /** Served model name; requests for another model get vLLM's 404. Default "glm-4.6v-flash". */
  model?: string;
  /** Delay before answering (ms), fixed or per request number (1-based). Default 0. */
  latencyMs?: number | ((requestNo: number) => number);
  /** Behaviour per request, consumed in order. */
  script?: StandInBehaviour[];
  /** Behaviour once the script is used up. Default "ok". */
  fallback?: StandInBehaviour;
  /** First turns get invalid JSON; a repair turn (one with an assistant message) gets a valid answer. */
  invalidUntilRepair?: boolean;
  /** Shapes the computed answer (e.g. to disagree with the measurement in a merge test). */
  transform?: (out: VlmOutput, facts: MeasuredFacts | null) => VlmOutput;
  /** Largest accepted request body. Default 32 MiB. */
  maxBodyBytes?: number;
}

export interface StandInStats {
  /** Every HTTP request to /v1/chat/completions. */
  requests: number;
  /** 200 answers with a chat completion. */
  completions: number;
  /** Requests that carried a repair turn. */
  repairs: number;
  /** Requests refused as malformed (400). */
  badRequests: number;
  inFlight: number;
  maxConcurrent: number;
  statuses: Record<number, number>;
}

export interface StandIn {
  /** e.g. "http://127.0.0.1:41234/v1" */
  baseUrl: string;
  port: number;
  stats: StandInStats;
  /** The last chat request body, with image data URLs shortened to their prefix. */
  lastRequest: unknown;
  /** Validation messages of the 400s, in order. */
  rejections: string[];
  setScript(script: StandInBehaviour[]): void;
  setFallback(b: StandInBehaviour): void;
  setLatency(ms: number | ((requestNo: number) => number)): void;
  resetStats(): void;
  close(): Promise<void>;
}

class BadRequest extends Error {}

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.length > 12 && b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 8, 12) === 'WEBP',
};

type Part = { type?: unknown; text?: unknown; image_url?: { url?: unknown } };
type Msg = { role?: unknown; content?: unknown };

/** Checks a request the way our contract with vLLM requires; throws BadRequest with the reason. */
function validateRequest(body: Record<string, unknown>, model: string): { messages: Msg[]; schema: JsonSchema; isRepair: boolean } {
  if (typeof body.model !== 'string') throw new BadRequest('model: required string');
  if (body.model !== model) throw Object.assign(new BadRequest(`The model \`${body.model}\` does not exist.`), { status: 404 });
  if (body.stream === true) throw new BadRequest('stream: the describer must not stream');
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) throw new BadRequest('messages: non-empty array required');
  let images = 0;
  messages.forEach((m: Msg, i) => {
    if (!m || !['system', 'user', 'assistant'].includes(m.role as string)) throw new BadRequest(`messages[${i}].role: invalid`);
    if (typeof m.content === 'string') return;
    if (!Array.isArray(m.content) || m.role !== 'user') throw new BadRequest(`messages[${i}].content: string, or parts for a user message`);
    (m.content as Part[]).forEach((p, j) => {
      if (p.type === 'text') {
        if (typeof p.text !== 'string') throw new BadRequest(`messages[${i}].content[${j}].text: string required`);
      } else if (p.type === 'image_url') {
        const url = p.image_url?.url;
        const match = typeof url === 'string' ? /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+=*)$/.exec(url) : null;
        if (!match) throw new BadRequest(`messages[${i}].content[${j}].image_url.url: a base64 data URL of a jpeg/png/webp image is required`);
        if (!MAGIC[match[1]!]!(Buffer.from(match[2]!, 'base64'))) throw new BadRequest(`messages[${i}].content[${j}]: bytes are not a ${match[1]}`);
        images++;
      } else throw new BadRequest(`messages[${i}].content[${j}].type: unsupported "${String(p.type)}"`);
    });
  });
  if (images === 0) throw new BadRequest('messages: no image_url part');
  const rf = body.response_format as { type?: unknown; json_schema?: { name?: unknown; schema?: unknown; strict?: unknown } } | undefined;
  if (!rf || rf.type !== 'json_schema') throw new BadRequest('response_format.type: "json_schema" required');
  if (typeof rf.json_schema?.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(rf.json_schema.name)) throw new BadRequest('response_format.json_schema.name: invalid');
  if (!rf.json_schema.schema || typeof rf.json_schema.schema !== 'object') throw new BadRequest('response_format.json_schema.schema: object required');
  if (rf.json_schema.strict !== true) throw new BadRequest('response_format.json_schema.strict: true required');
  const kw = body.chat_template_kwargs as { enable_thinking?: unknown } | undefined;
  if (!kw || kw.enable_thinking !== false) throw new BadRequest('chat_template_kwargs.enable_thinking: false required');
  const t = body.temperature, p = body.top_p, mt = body.max_tokens;
  if (typeof t !== 'number' || t < 0 || t > 2) throw new BadRequest('temperature: number in [0,2] required');
  if (typeof p !== 'number' || p <= 0 || p > 1) throw new BadRequest('top_p: number in (0,1] required');
  if (typeof mt !== 'number' || !Number.isInteger(mt) || mt < 1) throw new BadRequest('max_tokens: positive integer required');
  if (body.seed !== undefined && (typeof body.seed !== 'number' || !Number.isInteger(body.seed))) throw new BadRequest('seed: integer required');
  return { messages: messages as Msg[], schema: rf.json_schema.schema as JsonSchema, isRepair: messages.some((m: Msg) => m.role === 'assistant') };
}

const enumOf = (s: JsonSchema | undefined): readonly unknown[] | undefined => s?.enum ?? s?.items?.enum ?? s?.anyOf?.find((b) => b.enum)?.enum;

/** The answer a model with no eyes would give: the measured facts, echoed into the schema's shape. */
export function computeAnswer(messages: Msg[], schema: JsonSchema): { output: VlmOutput; facts: MeasuredFacts | null } {
  const userText = messages
    .filter((m) => m.role === 'user')
    .flatMap((m) => (typeof m.content === 'string' ? [m.content] : (m.content as Part[]).filter((p) => p.type === 'text').map((p) => String(p.text))))
    .join('\n');
  const facts = parseMeasurementsBlock(userText);
  const props = schema.properties ?? {};
  const allowed = (field: string, codes: readonly string[]) => {
    const e = enumOf(props[field]);
    return codes.filter((c) => !e || e.includes(c));
  };
  const printed = (facts?.printedText ?? []).join(' ').toLowerCase();
  const codesInText = (field: string) => (enumOf(props[field]) ?? []).filter((c): c is string => typeof c === 'string' && printed.includes(c.replace(/_/g, ' ').toLowerCase()));
  const categoryEnum = enumOf(props.category);
  const category = facts?.category && (!categoryEnum || categoryEnum.includes(facts.category)) ? facts.category : null;
  const colors = allowed('colors', (facts?.colors ?? []).map((c) => c.code));
  const nameEnum = enumOf(props.attributes?.items?.properties?.name);
  const attributes = (facts?.attributes ?? []).filter((a) => !nameEnum || nameEnum.includes(a.name)).map((a) => ({ name: a.name, value: a.value, unit: a.unit }));
  const brand = attributes.find((a) => a.name === 'brand')?.value;
  const noun = (category ?? 'product').split('.').pop()!.replace(/_/g, ' ');
  const colourWords = colors.map((c) => c.replace(/_/g, ' ')).join(' and ');
  const title = [brand, colourWords, noun].filter(Boolean).join(' ').slice(0, 150) || 'Product';
  const output: VlmOutput = {
    category,
    colors: colors.slice(0, 8),
    materials: codesInText('materials').slice(0, 8),
    styles: [],
    useScenes: [],
    features: codesInText('features').slice(0, 8),
    attributes: attributes.slice(0, 16),
    title,
    sellingPoints: (facts?.printedText ?? []).filter((t) => t.trim() !== '').slice(0, 3).map((t) => t.slice(0, 200)),
    description: `A ${colourWords ? `${colourWords} ` : ''}${noun}${brand ? ` by ${brand}` : ''}.`.slice(0, 1500),
  };
  return { output, facts };
}

export async function startVlmStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const model = options.model ?? 'glm-4.6v-flash';
  let script = [...(options.script ?? [])];
  let fallback: StandInBehaviour = options.fallback ?? 'ok';
  let latency = options.latencyMs ?? 0;
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const fresh = (): StandInStats => ({ requests: 0, completions: 0, repairs: 0, badRequests: 0, inFlight: 0, maxConcurrent: 0, statuses: {} });
  const state = { stats: fresh(), lastRequest: null as unknown, rejections: [] as string[] };
  const timers = new Set<NodeJS.Timeout>();
  let seq = 0;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed || res.writableEnded) return;
    state.stats.statuses[status] = (state.stats.statuses[status] ?? 0) + 1;
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };
  const errorBody = (status: number, type: string, message: string) => ({ object: 'error', message, type, param: null, code: status });

  const readBody = (req: IncomingMessage): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBody) reject(new BadRequest(`body larger than ${maxBody} bytes`));
        else chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  async function chat(req: IncomingMessage, res: ServerResponse, requestNo: number): Promise<void> {
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch (e) {
      state.stats.badRequests++;
      state.rejections.push((e as Error).message);
      return send(res, 413, errorBody(413, 'BadRequestError', (e as Error).message));
    }
    const behaviour = script.length > 0 ? script.shift()! : fallback;
    await delay(typeof latency === 'function' ? latency(requestNo) : latency);
    if (behaviour === 'drop') {
      req.socket.destroy();
      return;
    }
    if (behaviour === 'hang') return; // the client's timeout ends it; close() destroys the socket
    if (typeof behaviour === 'object' && 'status' in behaviour) {
      const headers: Record<string, string> = behaviour.retryAfterS !== undefined ? { 'retry-after': String(behaviour.retryAfterS) } : {};
      return send(res, behaviour.status, errorBody(behaviour.status, behaviour.status >= 500 ? 'InternalServerError' : 'BadRequestError', behaviour.message ?? 'scripted failure'), headers);
    }
    let body: Record<string, unknown>;
    let checked: ReturnType<typeof validateRequest>;
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('body: JSON object required');
      checked = validateRequest(body, model);
    } catch (e) {
      const status = (e as { status?: number }).status ?? 400;
      const message = e instanceof SyntaxError ? `body is not JSON: ${e.message}` : (e as Error).message;
      state.stats.badRequests++;
      state.rejections.push(message);
      return send(res, status, errorBody(status, status === 404 ? 'NotFoundError' : 'BadRequestError', message));
    }
    state.lastRequest = JSON.parse(raw.toString('utf8').replace(/"data:image\/([a-z]+);base64,[^"]*"/g, '"data:image/$1;base64,…"'));
    if (checked.isRepair) state.stats.repairs++;
    if (behaviour === 'not-completion') return send(res, 200, { hello: 'world' });

    let content: string;
    let finishReason = 'stop';
    if (typeof behaviour === 'object' && 'content' in behaviour) {
      content = behaviour.content;
      finishReason = behaviour.finishReason ?? 'stop';
    } else if (behaviour === 'invalid-json' || (options.invalidUntilRepair && !checked.isRepair)) {
      content = 'Sure! Here is the description: {"category": ';
    } else {
      const { output, facts } = computeAnswer(checked.messages, checked.schema);
      const shaped = options.transform ? options.transform(output, facts) : output;
      const final = behaviour === 'schema-violation' ? { ...shaped, colors: ['not-a-vocabulary-colour'], extra: true } : shaped;
      if (behaviour !== 'schema-violation') {
        const errors = validateJson(checked.schema, final);
        // The stand-in must honour the schema like a constrained decoder; if not, that is a bug in the stand-in.
        if (errors.length > 0) return send(res, 500, errorBody(500, 'InternalServerError', `stand-in produced invalid output: ${formatSchemaErrors(errors).join('; ')}`));
      }
      content = JSON.stringify(final);
    }
    state.stats.completions++;
    send(res, 200, {
      id: `chatcmpl-standin-${requestNo}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content, reasoning_content: null, tool_calls: [] }, logprobs: null, finish_reason: finishReason }],
      usage: { prompt_tokens: Math.ceil(raw.length / 4), completion_tokens: Math.ceil(content.length / 4), total_tokens: Math.ceil(raw.length / 4) + Math.ceil(content.length / 4) },
    });
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === '/v1/models') {
      return send(res, 200, { object: 'list', data: [{ id: model, object: 'model', created: 0, owned_by: 'vllm', max_model_len: 65536 }] });
    }
    if (path !== '/v1/chat/completions') return send(res, 404, errorBody(404, 'NotFoundError', `no route ${req.method} ${path}`));
    if (req.method !== 'POST') return send(res, 405, errorBody(405, 'MethodNotAllowed', 'POST required'));
    const requestNo = ++seq;
    state.stats.requests++;
    state.stats.inFlight++;
    state.stats.maxConcurrent = Math.max(state.stats.maxConcurrent, state.stats.inFlight);
    let counted = true;
    const done = () => {
      if (counted) {
        counted = false;
        state.stats.inFlight--;
      }
    };
    res.on('finish', done);
    res.on('close', done);
    chat(req, res, requestNo).catch((e: unknown) => send(res, 500, errorBody(500, 'InternalServerError', String(e))));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    get stats() {
      return state.stats;
    },
    get lastRequest() {
      return state.lastRequest;
    },
    get rejections() {
      return state.rejections;
    },
    setScript: (s) => {
      script = [...s];
    },
    setFallback: (b) => {
      fallback = b;
    },
    setLatency: (ms) => {
      latency = ms;
    },
    resetStats: () => {
      state.stats = fresh();
      state.rejections = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
