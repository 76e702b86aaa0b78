import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createApiKeyCheck, presentedKey } from '../../domain/api-keys';
import { IDEMPOTENCY_KEY_HEADER, idempotencyProblems, idempotencyScope, idempotentEventId, parseIdempotencyKey, requestFingerprint } from '../../domain/idempotency';
import { buildImageUploaded } from '../../domain/image-uploaded';
import { problem, problemBody, ProblemError, type Problem } from '../../domain/problems';
import { sniffImage, SUPPORTED_FORMATS, type ImageType } from '../../domain/sniff';
import { validateFetchUrl, validateUploadFields, type UploadFields } from '../../domain/upload-fields';
import type { IntakePorts } from '../../ports';
import { FILE_FIELDS, parseMultipart, queryFields, readBody } from './body';
import type { IntakeMetrics } from './metrics';
import { openApiDocument } from './openapi';

export interface IntakeAppConfig {
  apiKeys: readonly string[];
  /** Largest image accepted, by upload or by URL. */
  maxImageBytes: number;
  /** "intake@<version>", written into every event's `producer`. */
  producer: string;
  /** How long a request waits for the event bus before answering 503 (default 15 s). */
  publishTimeoutMs?: number;
  /** When given, requests are counted and /metrics serves the registry. */
  metrics?: IntakeMetrics;
  /** How long the answer to a request with an Idempotency-Key is remembered (default 24 h). */
  idempotencyTtlMs?: number;
  /** How long a request holds its Idempotency-Key before a retry may take it over: longer than a request can take (default 60 s). */
  idempotencyClaimTtlMs?: number;
}

export interface IntakeApp {
  /** The request listener, for embedding in another server. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  listen(port: number, host?: string): Promise<{ server: Server; port: number; close(): Promise<void> }>;
}

// Room for multipart framing and the text fields on top of the image itself.
const MULTIPART_OVERHEAD = 64 * 1024;
const JSON_BODY_LIMIT = 16 * 1024;

export interface Accepted {
  eventId: string;
  correlationId: string;
  productId: string;
  imageId: string;
  imageUri: string;
  contentType: ImageType;
  byteSize: number;
  sourceUrl: string | null;
}

/** The intake HTTP API (openapi.ts documents it). Ports come in, so tests and `vitrine up` run it in-process. */
export function createIntakeApp(ports: IntakePorts, cfg: IntakeAppConfig): IntakeApp {
  if (cfg.apiKeys.length === 0) throw new Error('createIntakeApp: at least one API key is required (INTAKE_API_KEYS)');
  const authorized = createApiKeyCheck(cfg.apiKeys);
  const publishTimeoutMs = cfg.publishTimeoutMs ?? 15_000;
  const idempotencyTtlMs = cfg.idempotencyTtlMs ?? 24 * 3600_000;
  const idempotencyClaimTtlMs = cfg.idempotencyClaimTtlMs ?? 60_000;
  const doc = JSON.stringify(openApiDocument({ maxImageBytes: cfg.maxImageBytes }));

  const send = (res: ServerResponse, status: number, body: unknown, type = 'application/json', headers: Record<string, string> = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers }).end(text);
  };
  const sendProblem = (res: ServerResponse, p: Problem, instance: string) => send(res, p.status, problemBody(p, instance), 'application/problem+json', p.headers);

  const checkImage = (bytes: Buffer, source: string): ImageType => {
    const s = sniffImage(bytes);
    switch (s.kind) {
      case 'image':
        return s.contentType;
      case 'empty':
        throw new ProblemError(problem('empty-image', `${source} is 0 bytes; send the image file's contents`));
      case 'svg':
        throw new ProblemError(problem('svg-refused', `${source} is an SVG; vector images can reference external resources and are not accepted. Export it as PNG and upload that.`));
      case 'unsupported-image':
        throw new ProblemError(problem('unsupported-media-type', `${source} is a ${s.format} image, which is not accepted; convert it to ${SUPPORTED_FORMATS}.`, { extensions: { detectedFormat: s.format } }));
      case 'unknown':
        throw new ProblemError(problem('unsupported-media-type', `${source} looks like ${s.hint}, not an image (checked by its first bytes, not its name or Content-Type); send ${SUPPORTED_FORMATS}.`));
    }
  };

  const fieldsOrThrow = (raw: Record<string, unknown>, transport: readonly string[]): UploadFields => {
    const v = validateUploadFields(raw, transport);
    if (v.ok) return v.value;
    const summary = v.errors.map((e) => `${e.field} ${e.message}`).join('; ');
    throw new ProblemError(problem('invalid-fields', `fix these fields and retry: ${summary}`, { extensions: { errors: v.errors } }));
  };

  const accept = async (fields: UploadFields, bytes: Buffer, contentType: ImageType, sourceUrl: string | null, eventId = ports.newEventId()): Promise<Accepted> => {
    const stored = await ports.blobs.put(bytes);
    const event = buildImageUploaded({ fields, stored, contentType, sourceUrl, eventId, now: ports.now(), producer: cfg.producer });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        ports.publish(event),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no acknowledgement from the event bus within ${publishTimeoutMs} ms`)), publishTimeoutMs))),
      ]);
    } catch (e) {
      ports.log?.error({ err: e, productId: fields.productId, imageId: stored.sha256 }, 'publishing ImageUploaded failed');
      throw new ProblemError(
        problem('unavailable', 'the upload could not be recorded because the event bus is unavailable; retry in a few seconds (the image is stored by content, so a retry stores nothing twice)', {
          headers: { 'retry-after': '5' },
        }),
      );
    } finally {
      clearTimeout(timer);
    }
    cfg.metrics?.acceptedBytes.inc({ source: sourceUrl ? 'url' : 'upload' }, event.byteSize);
    ports.log?.info({ correlationId: event.correlationId, productId: event.productId, imageId: event.imageId, byteSize: event.byteSize, sourceUrl }, 'image accepted');
    return { eventId: event.eventId, correlationId: event.correlationId, productId: event.productId, imageId: event.imageId, imageUri: event.imageUri, contentType, byteSize: event.byteSize, sourceUrl };
  };

  interface Upload {
    fields: UploadFields;
    bytes: Buffer;
    contentType: ImageType;
  }

  const readUpload = async (req: IncomingMessage, url: URL): Promise<Upload> => {
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    if (type.startsWith('multipart/form-data')) {
      const body = await readBody(req, cfg.maxImageBytes + MULTIPART_OVERHEAD, 'the multipart body');
      const form = await parseMultipart(body, req.headers['content-type']!);
      if (form.fileFieldCount === 0) throw new ProblemError(problem('invalid-fields', 'the form has no file part; add the image as a file field named "image"', { extensions: { errors: [{ field: 'image', message: 'is required' }] } }));
      if (form.fileFieldCount > 1) throw new ProblemError(problem('invalid-fields', 'the form has more than one file part; send one image per request', { extensions: { errors: [{ field: 'image', message: 'only one file per request' }] } }));
      const fields = fieldsOrThrow({ ...queryFields(url.searchParams), ...form.fields }, FILE_FIELDS);
      if (form.file!.bytes.length > cfg.maxImageBytes) throw new ProblemError(problem('payload-too-large', `the image is ${form.file!.bytes.length} bytes; the limit is ${cfg.maxImageBytes}`, { extensions: { limitBytes: cfg.maxImageBytes } }));
      return { fields, bytes: form.file!.bytes, contentType: checkImage(form.file!.bytes, `the uploaded file${form.file!.filename ? ` "${form.file!.filename}"` : ''}`) };
    }
    if (type.startsWith('application/json') || type.startsWith('application/x-www-form-urlencoded')) {
      throw new ProblemError(problem('unsupported-media-type', `POST /v1/images takes multipart/form-data or the raw image bytes, not ${type.split(';')[0]}; to have the intake fetch a URL, POST JSON to /v1/images:fromUrl`));
    }
    // Raw body: the fields travel as query parameters, validated before the body is read so a bad request fails fast.
    const fields = fieldsOrThrow(queryFields(url.searchParams), []);
    const bytes = await readBody(req, cfg.maxImageBytes, 'the image');
    return { fields, bytes, contentType: checkImage(bytes, 'the request body') };
  };

  /** A validated :fromUrl request; the URL is fetched only once the request is known not to be a replay. */
  const readFromUrlRequest = async (req: IncomingMessage): Promise<{ fields: UploadFields; target: URL }> => {
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    if (!type.startsWith('application/json')) throw new ProblemError(problem('unsupported-media-type', 'POST /v1/images:fromUrl takes a JSON body: {"url": "...", "productId": "...", ...} with Content-Type: application/json'));
    const text = (await readBody(req, JSON_BODY_LIMIT, 'the JSON body')).toString('utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new ProblemError(problem('malformed-request', `the body is not valid JSON (${(e as Error).message})`));
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw new ProblemError(problem('malformed-request', 'the body must be a JSON object with "url" and the upload fields'));
    const { url: rawUrl, ...rest } = json as Record<string, unknown>;
    const target = validateFetchUrl(rawUrl);
    const fields = validateUploadFields(rest, ['url']);
    const errors = [...(target.ok ? [] : target.errors), ...(fields.ok ? [] : fields.errors)];
    if (errors.length || !target.ok || !fields.ok) throw new ProblemError(problem('invalid-fields', `fix these fields and retry: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, { extensions: { errors } }));
    return { fields: fields.value, target: target.value };
  };

  /**
   * Answers 202 with what `run` accepted. With an Idempotency-Key, a retry of an answered request gets the same answer
   * (and publishes nothing), a concurrent one 409, the same key on another request 422; a failed request gives its key
   * back so the retry runs. `key` was parsed before the body was read, so a malformed header fails fast.
   */
  const respond = async (
    req: IncomingMessage,
    res: ServerResponse,
    key: string | null,
    identity: () => { source: { imageSha256: string } | { url: string }; fields: UploadFields },
    run: (eventId?: string) => Promise<Accepted>,
  ): Promise<void> => {
    if (key === null) return send(res, 202, await run());
    const { source, fields } = identity();
    const scope = idempotencyScope(presentedKey(req.headers as Record<string, string>)!, key);
    const fingerprint = requestFingerprint(source, fields);
    const claim = await ports.idempotency.claim(scope, fingerprint, idempotencyClaimTtlMs).catch((e: unknown) => {
      ports.log?.error({ err: e }, 'idempotency store unavailable');
      throw new ProblemError(problem('unavailable', 'the idempotency store is unavailable, so this keyed request cannot be checked against earlier ones; retry in a few seconds', { headers: { 'retry-after': '5' } }));
    });
    if (claim.state === 'done') {
      ports.log?.info({ idempotencyKey: key }, 'replayed the answer to an earlier request with the same Idempotency-Key');
      return send(res, 202, claim.response, 'application/json', { 'idempotent-replayed': 'true' });
    }
    if (claim.state === 'in-flight') throw idempotencyProblems.inFlight(key);
    if (claim.state === 'mismatch') throw idempotencyProblems.reused(key);
    let accepted: Accepted;
    try {
      accepted = await run(idempotentEventId(scope, fingerprint));
    } catch (e) {
      await ports.idempotency.release(scope, fingerprint).catch((err: unknown) => ports.log?.warn({ err, idempotencyKey: key }, 'could not release an idempotency key; it frees itself when its claim expires'));
      throw e;
    }
    // Not remembering the answer is not worth failing a recorded upload for: a retry would publish again, under the
    // same event id (derived from the key and request), which consumers dedupe.
    await ports.idempotency.complete(scope, fingerprint, accepted, idempotencyTtlMs).catch((err: unknown) => ports.log?.warn({ err, idempotencyKey: key }, 'could not remember the answer to a keyed request'));
    send(res, 202, accepted);
  };

  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const keyOf = (req: IncomingMessage) => parseIdempotencyKey(req.headers[IDEMPOTENCY_KEY_HEADER]);

  const routes: Record<string, Partial<Record<string, (req: IncomingMessage, url: URL, res: ServerResponse) => Promise<void> | void>>> = {
    '/healthz': { GET: (_q, _u, res) => send(res, 200, { live: true }) },
    '/readyz': {
      GET: (_q, _u, res) => {
        const r = ports.ready();
        send(res, r.ready ? 200 : 503, r);
      },
    },
    '/openapi.json': { GET: (_q, _u, res) => send(res, 200, doc) },
    ...(cfg.metrics ? { '/metrics': { GET: async (_q: IncomingMessage, _u: URL, res: ServerResponse) => send(res, 200, await cfg.metrics!.registry.metrics(), cfg.metrics!.registry.contentType) } } : {}),
    '/v1/images': {
      POST: async (req, url, res) => {
        const key = keyOf(req);
        const u = await readUpload(req, url);
        await respond(req, res, key, () => ({ source: { imageSha256: sha256(u.bytes) }, fields: u.fields }), (eventId) => accept(u.fields, u.bytes, u.contentType, null, eventId));
      },
    },
    '/v1/images:fromUrl': {
      POST: async (req, _u, res) => {
        const key = keyOf(req);
        const r = await readFromUrlRequest(req);
        await respond(req, res, key, () => ({ source: { url: r.target.href }, fields: r.fields }), async (eventId) => {
          const fetched = await ports.fetchUrl(r.target);
          return accept(r.fields, fetched.bytes, checkImage(fetched.bytes, `the content at ${fetched.finalUrl}`), r.target.href, eventId);
        });
      },
    },
  };
  const open = new Set(['/healthz', '/readyz', '/openapi.json', '/metrics']);

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://intake.invalid');
    const route = routes[url.pathname];
    const run = async () => {
      if (!route) throw new ProblemError(problem('not-found', `${url.pathname} is not an endpoint of this API; see /openapi.json`));
      const fn = route[req.method ?? 'GET'];
      if (!fn) {
        const allow = Object.keys(route).join(', ');
        throw new ProblemError(problem('method-not-allowed', `${url.pathname} accepts ${allow}`, { headers: { allow } }));
      }
      if (!open.has(url.pathname) && !authorized(presentedKey(req.headers as Record<string, string>))) {
        throw new ProblemError(
          problem('unauthorized', 'send a valid API key as "Authorization: Bearer <key>" or "X-Api-Key: <key>"; ask the Vitrine operator for one', {
            headers: { 'www-authenticate': 'Bearer realm="vitrine-intake"', connection: 'close' },
          }),
        );
      }
      await fn(req, url, res);
    };
    const routeLabel = route ? url.pathname : 'unknown';
    const endTimer = cfg.metrics?.seconds.startTimer({ route: routeLabel });
    const done = () => {
      endTimer?.();
      cfg.metrics?.requests.inc({ route: routeLabel, status: String(res.statusCode), problem: '' });
    };
    const fail = (e: unknown) => {
      const p = e instanceof ProblemError ? e.problem : problem('internal', `unexpected error; report request id ${requestId} to the Vitrine operator`);
      endTimer?.();
      cfg.metrics?.requests.inc({ route: routeLabel, status: String(p.status), problem: p.type.slice(p.type.lastIndexOf('/') + 1) });
      if (!(e instanceof ProblemError)) ports.log?.error({ err: e, requestId }, 'intake request failed');
      if (res.headersSent) return void res.destroy();
      // Do not keep reading an upload we already refused: the connection closes after the answer.
      if (!req.complete) res.setHeader('connection', 'close');
      sendProblem(res, p, url.pathname);
      if (!req.complete) req.resume();
    };
    run().then(done, fail);
  };

  return {
    handle,
    async listen(port, host = '0.0.0.0') {
      const server = createServer({ requestTimeout: 120_000, headersTimeout: 30_000 }, handle);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      const addr = server.address();
      return {
        server,
        port: typeof addr === 'object' && addr ? addr.port : port,
        close: () =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeIdleConnections();
          }),
      };
    },
  };
}
