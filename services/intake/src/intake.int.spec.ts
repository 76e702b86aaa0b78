import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '@vitrine/blobstore';
import type { ImageUploaded } from '@vitrine/contracts';
import { createTestBus, testInfra, type TestBus } from '@vitrine/testkit';
import { composeIntake, parseIntakeConfig } from './compose';

// Against the real broker and schema registry (test/setup/infra.global.ts): uploads go through the HTTP API,
// bytes into a filesystem blob store, ImageUploaded onto a uniquely prefixed topic, read back as Avro.

const examples = fileURLToPath(new URL('../../../test/fixtures/examples/', import.meta.url));
const KEY = 'test-key-0123456789abcdef';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

type Started = Awaited<ReturnType<typeof composeIntake>> & { base: string; stop(): Promise<void> };

describe('intake API against the real broker and registry', () => {
  let bus: TestBus;
  let blobDir: string;
  let strict: Started; // default policy: no internal addresses
  let trusting: Started; // 127.0.0.1/32 allowlisted, small size limit
  let origin: Server;
  let originBase: string;
  let originPort: number;
  const accepted: Array<{ eventId: string; productId: string; imageId: string; contentType: string; file: string }> = [];
  const originHits = new Map<string, number>();

  const start = async (env: Record<string, string>, publishVia?: Started): Promise<Started> => {
    const infra = testInfra();
    const cfg = parseIntakeConfig({
      KAFKA_BROKERS: infra.brokers.join(','),
      SCHEMA_REGISTRY_URL: infra.registryUrl,
      TOPIC_PREFIX: bus.prefix,
      TOPIC_PARTITIONS: '3',
      INTAKE_API_KEYS: `other-key-0123456789abc,${KEY}`,
      BLOB_STORE_DIR: blobDir,
      URL_FETCH_TIMEOUT_MS: '3000',
      ...env,
    });
    const composed = await composeIntake(cfg, publishVia ? { publish: publishVia.ports.publish } : {});
    const server = await composed.app.listen(0, '127.0.0.1');
    return { ...composed, base: `http://127.0.0.1:${server.port}`, stop: async () => (await server.close(), await composed.close()) };
  };

  beforeAll(async () => {
    bus = await createTestBus('intake');
    await bus.createTopics(['ImageUploaded']);
    blobDir = await mkdtemp(join(tmpdir(), 'intake-blobs-'));
    strict = await start({});
    trusting = await start({ URL_FETCH_ALLOWLIST: '127.0.0.1/32', MAX_IMAGE_BYTES: '40000' }, strict);

    const mug = await readFile(join(examples, 'red-mug.jpg'));
    origin = createServer((req, res) => {
      const path = req.url ?? '/';
      originHits.set(path, (originHits.get(path) ?? 0) + 1);
      if (path === '/slow-mug.jpg') return void setTimeout(() => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(mug), 1500);
      if (path === '/red-mug.jpg') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(mug); // a lying header: sniffing decides
      if (path === '/redirect-private') return void res.writeHead(302, { location: 'http://10.0.0.1/x.jpg' }).end();
      if (path === '/redirect-metadata') return void res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (path === '/redirect-mapped') return void res.writeHead(307, { location: 'http://[::ffff:192.168.0.1]/x.jpg' }).end();
      if (path === '/redirect-self') return void res.writeHead(302, { location: '/red-mug.jpg' }).end();
      if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
      if (path === '/svg') return void res.writeHead(200, { 'content-type': 'image/png' }).end('<svg xmlns="http://www.w3.org/2000/svg"><image href="http://169.254.169.254/"/></svg>');
      if (path === '/big') return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.concat([mug, mug, mug, mug]));
      res.writeHead(404).end('not here');
    });
    await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
    originPort = (origin.address() as { port: number }).port;
    originBase = `http://127.0.0.1:${originPort}`;
  });

  afterAll(async () => {
    await trusting?.stop();
    await strict?.stop();
    if (origin) await new Promise((r) => origin.close(r));
    await bus?.close();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  });

  const post = (base: string, path: string, init: RequestInit & { key?: string | null } = {}) => {
    const headers = new Headers(init.headers);
    if (init.key !== null) headers.set('authorization', `Bearer ${init.key ?? KEY}`);
    return fetch(base + path, { method: 'POST', ...init, headers });
  };
  const fields = (i: number) => ({ productId: `prod-${i}`, supplierId: 'sup-7', market: 'de', categoryHint: 'home.kitchen', targetLocales: 'en,de', price: '12.50', currency: 'EUR' });
  const expectProblem = async (res: Response, status: number, type: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status, type: `https://vitrine.dev/problems/${type}` });
    expect(typeof body.detail).toBe('string');
    expect((body.detail as string).length).toBeGreaterThan(20);
    return body;
  };

  it('every example image, by multipart and by raw body, becomes one ImageUploaded readable from Kafka', async () => {
    const files = (await readdir(examples)).filter((f) => /\.(jpg|png)$/.test(f)).sort();
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const [i, file] of files.entries()) {
      const bytes = await readFile(join(examples, file));
      let res: Response;
      if (i % 2 === 0) {
        const form = new FormData();
        for (const [k, v] of Object.entries(fields(i))) form.append(k, v);
        form.append('image', new Blob([bytes]), file);
        res = await post(strict.base, '/v1/images', { body: form });
      } else {
        const q = new URLSearchParams(fields(i));
        res = await post(strict.base, `/v1/images?${q}`, { body: bytes, headers: { 'content-type': 'application/octet-stream' }, key: undefined });
      }
      expect(res.status, `${file}: ${res.status}`).toBe(202);
      const body = (await res.json()) as { eventId: string; correlationId: string; imageId: string; imageUri: string; contentType: string; byteSize: number };
      expect(body.imageId).toBe(sha(bytes));
      expect(body.imageUri).toBe(`blob://sha256/${sha(bytes)}`);
      expect(body.correlationId).toBe(body.eventId);
      expect(body.byteSize).toBe(bytes.length);
      expect(body.contentType).toBe(file.endsWith('.png') ? 'image/png' : 'image/jpeg');
      accepted.push({ eventId: body.eventId, productId: `prod-${i}`, imageId: body.imageId, contentType: body.contentType, file });
      // The event carries the URI; the bytes are in the blob store.
      expect(Buffer.compare(await createFsBlobStore(blobDir).get(body.imageUri), bytes)).toBe(0);
    }

    const msgs = await bus.readTopic(bus.topics.topic('ImageUploaded'), accepted.length, 60_000);
    expect(msgs).toHaveLength(accepted.length);
    const events = new Map<string, { key: string; event: ImageUploaded }>();
    for (const m of msgs) {
      const event = await bus.codec.decode('ImageUploaded', m.value!);
      events.set(event.eventId, { key: m.key!.toString(), event });
    }
    for (const a of accepted) {
      const got = events.get(a.eventId);
      expect(got, a.file).toBeDefined();
      expect(got!.key).toBe(a.productId);
      expect(got!.event).toMatchObject({
        causationId: null,
        correlationId: a.eventId,
        productId: a.productId,
        producer: 'intake@0.1.0',
        imageId: a.imageId,
        imageUri: `blob://sha256/${a.imageId}`,
        contentType: a.contentType,
        sourceUrl: null,
        context: { supplierId: 'sup-7', market: 'DE', categoryHint: 'home.kitchen', targetLocales: ['en', 'de'], priceMinor: 1250, currency: 'EUR' },
      });
    }
  });

  it('X-Api-Key works as well as Bearer; a bad or missing key gets 401 problem+json', async () => {
    const q = new URLSearchParams(fields(100));
    const mug = await readFile(join(examples, 'red-mug.jpg'));
    const bad = await post(strict.base, `/v1/images?${q}`, { body: mug, key: 'wrong-key-0123456789abcdef' });
    const body = await expectProblem(bad, 401, 'unauthorized');
    expect(body.detail).toMatch(/Authorization: Bearer/);
    expect(bad.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expectProblem(await post(strict.base, `/v1/images?${q}`, { body: mug, key: null }), 401, 'unauthorized');
    const viaHeader = await post(strict.base, `/v1/images?${q}`, { body: mug, key: null, headers: { 'x-api-key': KEY } });
    expect(viaHeader.status).toBe(202);
    accepted.push({ ...((await viaHeader.json()) as { eventId: string; imageId: string; contentType: string }), productId: 'prod-100', file: 'red-mug.jpg (X-Api-Key)' });
  });

  it('refuses what the intake can detect with a 4xx problem: non-image, 0 bytes, SVG, bad fields, too large', async () => {
    const q = new URLSearchParams(fields(200));
    const raw = (body: string | Uint8Array, base = strict.base, query = q) => post(base, `/v1/images?${query}`, { body, headers: { 'content-type': 'image/jpeg' } });
    expect((await expectProblem(await raw('this is a text file, named .jpg'), 415, 'unsupported-media-type')).detail).toMatch(/looks like text, not an image/);
    expect((await expectProblem(await raw(new Uint8Array(0)), 400, 'empty-image')).detail).toMatch(/0 bytes/);
    expect((await expectProblem(await raw('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 415, 'svg-refused')).detail).toMatch(/PNG/);

    const form = new FormData();
    form.append('productId', 'bad id with spaces');
    form.append('market', 'Germany');
    form.append('image', new Blob([await readFile(join(examples, 'red-mug.jpg'))]), 'red-mug.jpg');
    const invalid = await expectProblem(await post(strict.base, '/v1/images', { body: form }), 400, 'invalid-fields');
    expect((invalid.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['market', 'productId', 'supplierId', 'targetLocales']);

    const big = await readFile(join(examples, 'lifestyle-matcha-on-wood.jpg')); // 47 kB > the 40 000-byte limit
    expect((await expectProblem(await raw(big, trusting.base), 413, 'payload-too-large')).limitBytes).toBe(40000);
    await expectProblem(await post(strict.base, '/v1/images', { body: '{}', headers: { 'content-type': 'application/json' } }), 415, 'unsupported-media-type');
  });

  it('fromUrl refuses a local server unless it is allowlisted, in every spelling of the address', async () => {
    const fromUrl = (base: string, url: string, over: Record<string, unknown> = {}) =>
      post(base, '/v1/images:fromUrl', { body: JSON.stringify({ url, ...fields(300), ...over }), headers: { 'content-type': 'application/json' } });
    for (const url of [`${originBase}/red-mug.jpg`, `http://localhost:${originPort}/red-mug.jpg`, `http://2130706433:${originPort}/red-mug.jpg`, `http://0177.0.0.1:${originPort}/red-mug.jpg`, `http://[::ffff:127.0.0.1]:${originPort}/red-mug.jpg`]) {
      const body = await expectProblem(await fromUrl(strict.base, url), 422, 'url-not-allowed');
      expect(body.reason, url).toBe('loopback');
      expect(body.detail).toMatch(/URL_FETCH_ALLOWLIST/);
    }

    const ok = await fromUrl(trusting.base, `${originBase}/red-mug.jpg`, { productId: 'prod-url' });
    expect(ok.status).toBe(202);
    const okBody = (await ok.json()) as { eventId: string; imageId: string; contentType: string; sourceUrl: string };
    expect(okBody).toMatchObject({ imageId: sha(await readFile(join(examples, 'red-mug.jpg'))), contentType: 'image/jpeg', sourceUrl: `${originBase}/red-mug.jpg` });
    accepted.push({ ...okBody, productId: 'prod-url', file: 'red-mug.jpg (by URL)' });

    const viaRedirect = await fromUrl(trusting.base, `${originBase}/redirect-self`, { productId: 'prod-url-2' });
    expect(viaRedirect.status).toBe(202);
    accepted.push({ ...((await viaRedirect.json()) as { eventId: string; imageId: string; contentType: string }), productId: 'prod-url-2', file: 'red-mug.jpg (by URL, redirected)' });
  });

  it('fromUrl checks every redirect target, and limits redirects, size and content', async () => {
    const fromUrl = (path: string) => post(trusting.base, '/v1/images:fromUrl', { body: JSON.stringify({ url: originBase + path, ...fields(400) }), headers: { 'content-type': 'application/json' } });
    expect((await expectProblem(await fromUrl('/redirect-private'), 422, 'url-not-allowed')).reason).toBe('private');
    expect((await expectProblem(await fromUrl('/redirect-metadata'), 422, 'url-not-allowed')).reason).toBe('metadata');
    expect((await expectProblem(await fromUrl('/redirect-mapped'), 422, 'url-not-allowed')).address).toBe('192.168.0.1');
    expect((await expectProblem(await fromUrl('/loop'), 422, 'url-fetch-failed')).detail).toMatch(/redirected more than 3 times/);
    expect((await expectProblem(await fromUrl('/missing'), 422, 'url-fetch-failed')).upstreamStatus).toBe(404);
    await expectProblem(await fromUrl('/svg'), 415, 'svg-refused'); // Content-Type said image/png: sniffing decides
    await expectProblem(await fromUrl('/big'), 413, 'payload-too-large');
    const noUrl = await post(trusting.base, '/v1/images:fromUrl', { body: JSON.stringify({ url: 'file:///etc/passwd', ...fields(401) }), headers: { 'content-type': 'application/json' } });
    expect(((await expectProblem(noUrl, 400, 'invalid-fields')).errors as Array<{ field: string; message: string }>)[0]).toMatchObject({ field: 'url', message: expect.stringMatching(/scheme "file"/) });
  });

  it('Idempotency-Key: a retry, on any replica, gets the first answer and records no second event; the key on another upload gets 422', async () => {
    const mug = await readFile(join(examples, 'red-mug.jpg'));
    const key = `upload-${randomUUID()}`;
    const raw = (base: string, query: URLSearchParams, o: { apiKey?: string; idem?: string } = {}) =>
      post(base, `/v1/images?${query}`, { body: mug, headers: { 'content-type': 'image/jpeg', 'idempotency-key': o.idem ?? key }, key: o.apiKey });
    const q = new URLSearchParams(fields(500));

    const first = await raw(strict.base, q);
    expect(first.status).toBe(202);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const firstBody = (await first.json()) as { eventId: string; imageId: string; contentType: string };
    accepted.push({ ...firstBody, productId: 'prod-500', file: 'red-mug.jpg (Idempotency-Key, sent three times)' });
    // The retry reaches the other intake process (both keep answers in the same Redis), then the first one again.
    for (const base of [trusting.base, strict.base]) {
      const retry = await raw(base, q);
      expect(retry.status).toBe(202);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await retry.json()).toEqual(firstBody);
    }

    const reused = await expectProblem(await raw(strict.base, new URLSearchParams(fields(501))), 422, 'idempotency-key-reused');
    expect(reused.detail).toMatch(/use a new key/);
    // Keys belong to the API key that sent them: another client's identical key is another upload.
    const otherClient = await raw(strict.base, q, { apiKey: 'other-key-0123456789abc' });
    expect(otherClient.status).toBe(202);
    const otherBody = (await otherClient.json()) as { eventId: string; imageId: string; contentType: string };
    expect(otherBody.eventId).not.toBe(firstBody.eventId);
    accepted.push({ ...otherBody, productId: 'prod-500', file: 'red-mug.jpg (same Idempotency-Key, other API key)' });

    expect((await expectProblem(await raw(strict.base, q, { idem: 'has spaces in it' }), 400, 'malformed-request')).detail).toMatch(/Idempotency-Key/);
  });

  it('Idempotency-Key on fromUrl: a concurrent duplicate gets 409, a replay does not fetch again, a failed request frees its key', async () => {
    const fromUrl = (path: string, idem: string, productId = 'prod-600') =>
      post(trusting.base, '/v1/images:fromUrl', { body: JSON.stringify({ url: originBase + path, ...fields(600), productId }), headers: { 'content-type': 'application/json', 'idempotency-key': idem } });
    const key = `url-${randomUUID()}`;
    const slow = fromUrl('/slow-mug.jpg', key); // the origin answers after 1.5 s: the key is held meanwhile
    await new Promise((r) => setTimeout(r, 300));
    const busy = await expectProblem(await fromUrl('/slow-mug.jpg', key), 409, 'idempotency-key-in-use');
    expect(busy.detail).toMatch(/still being processed/);
    const done = await slow;
    expect(done.status).toBe(202);
    const body = (await done.json()) as { eventId: string; imageId: string; contentType: string };
    accepted.push({ ...body, productId: 'prod-600', file: 'red-mug.jpg (by slow URL, Idempotency-Key)' });
    const hits = originHits.get('/slow-mug.jpg');
    const replay = await fromUrl('/slow-mug.jpg', key);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(body);
    expect(originHits.get('/slow-mug.jpg')).toBe(hits);

    const failing = `url-${randomUUID()}`;
    const missingBefore = originHits.get('/missing') ?? 0;
    await expectProblem(await fromUrl('/missing', failing), 422, 'url-fetch-failed');
    // Released: the retry is processed again (and fails again on its own merits), not refused as in flight.
    await expectProblem(await fromUrl('/missing', failing), 422, 'url-fetch-failed');
    expect(originHits.get('/missing')).toBe(missingBefore + 2);
  });

  it('serves its OpenAPI document and health endpoints without a key, and only the accepted uploads reached Kafka', async () => {
    const doc = (await (await fetch(`${strict.base}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/images', '/v1/images:fromUrl']));
    expect((await fetch(`${strict.base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${strict.base}/readyz`)).json()).toEqual({ ready: true, reasons: [] });
    const metrics = await (await fetch(`${strict.base}/metrics`)).text();
    expect(metrics).toMatch(/vitrine_intake_requests_total\{route="\/v1\/images",status="202",problem=""\} \d+/);
    expect(metrics).toMatch(/vitrine_intake_requests_total\{route="\/v1\/images",status="401",problem="unauthorized"\} 2/);
    await expectProblem(await fetch(`${strict.base}/v2/nothing`), 404, 'not-found');
    const wrongMethod = await fetch(`${strict.base}/v1/images`);
    await expectProblem(wrongMethod, 405, 'method-not-allowed');

    // One event per accepted upload, none for the refusals: read past the expected count and find no more.
    const msgs = await bus.readTopic(bus.topics.topic('ImageUploaded'), accepted.length + 1, 8_000);
    const ids = await Promise.all(msgs.map(async (m) => (await bus.codec.decode('ImageUploaded', m.value!)).eventId));
    expect(ids.sort()).toEqual(accepted.map((a) => a.eventId).sort());
  });
});
