import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { PROMPT_TEMPLATES, buildAttributeSchema, renderPrompt, type PromptInput } from '@vitrine/describe-prompts';
import { startVlmStandIn, type StandIn, type StandInOptions } from '@vitrine/testkit';
import { buildChatBody, toDataUrl } from './chat-protocol';
import { parseVlmConfig, type VlmConfigInput } from './config';
import { VlmBadOutput, VlmRequestRejected, VlmUnavailable } from './errors';
import type { VlmClientEvent, VlmRequest } from './types';
import { createVlmClient, type VlmClientDeps } from './vlm-client';

// These tests need no Kafka/registry/Redis: only the local stand-in model server, started per test on 127.0.0.1.

const schema = buildAttributeSchema({
  categories: ['home.kitchen.mug', 'electronics.audio.headphones'],
  colors: ['red', 'white', 'navy', 'black'],
  materials: ['ceramic', 'stainless_steel'],
  features: ['dishwasher_safe', 'noise_cancelling', 'wireless'],
});

let jpeg: Uint8Array;
beforeAll(async () => {
  jpeg = new Uint8Array(await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 200, g: 30, b: 40 } } }).jpeg().toBuffer());
});

const mugInput: PromptInput = {
  category: 'home.kitchen.mug',
  categoryHint: 'mug',
  printedText: ['ACME', 'Ceramic mug', 'Dishwasher safe'],
  colors: [{ code: 'red', share: 0.9 }],
  backgroundColor: 'white',
  attributes: [{ name: 'brand', value: 'ACME', unit: null }, { name: 'capacity', value: '350', unit: 'ml' }],
  locale: 'en',
};

const request = (id: string, input: PromptInput = mugInput): VlmRequest => {
  const p = renderPrompt(PROMPT_TEMPLATES.home, input, schema);
  return { id, image: { bytes: jpeg, mimeType: 'image/jpeg' }, prompt: { system: p.system, user: p.user }, schema };
};

let standIn: StandIn | null = null;
afterEach(async () => {
  await standIn?.close();
  standIn = null;
});

async function setup(opts: StandInOptions = {}, cfg: Partial<VlmConfigInput> = {}, deps: VlmClientDeps = {}) {
  standIn = await startVlmStandIn(opts);
  const events: VlmClientEvent[] = [];
  const delays: number[] = [];
  const config = parseVlmConfig({ baseUrl: standIn.baseUrl, model: 'glm-4.6v-flash', backoffBaseMs: 10, backoffCapMs: 100, timeoutMs: 2_000, ...cfg });
  const client = createVlmClient(config, {
    onEvent: (e) => events.push(e),
    // Record the backoff delays instead of waiting them out (their values are asserted).
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.5,
    ...deps,
  });
  return { s: standIn, client, events, delays };
}

describe('VLM adapter against the stand-in server', () => {
  it('stand-in: sends a well-formed request and returns output that follows the measurements in the prompt', async () => {
    const { s, client } = await setup({}, { sampling: { temperature: 0, seed: 42 } });
    const r = await client.describe(request('img-1'));
    expect(r).toMatchObject({ id: 'img-1', model: 'glm-4.6v-flash', attempts: 1, repaired: false });
    expect(r.output).toMatchObject({
      category: 'home.kitchen.mug',
      colors: ['red'],
      materials: ['ceramic'],
      features: ['dishwasher_safe'],
      attributes: [{ name: 'brand', value: 'ACME', unit: null }, { name: 'capacity', value: '350', unit: 'ml' }],
    });
    expect(r.usage.promptTokens).toBeGreaterThan(0);
    expect(s.stats).toMatchObject({ requests: 1, completions: 1, badRequests: 0 });
    expect(s.lastRequest).toMatchObject({
      model: 'glm-4.6v-flash',
      temperature: 0,
      top_p: 0.95,
      seed: 42,
      max_tokens: 1024,
      chat_template_kwargs: { enable_thinking: false },
      response_format: { type: 'json_schema', json_schema: { name: 'product_attributes', strict: true } },
    });
  });

  it('stand-in: answers vary with the input', async () => {
    const { client } = await setup();
    const headphones: PromptInput = { ...mugInput, category: 'electronics.audio.headphones', printedText: ['Wireless', 'Noise cancelling'], colors: [{ code: 'black', share: 0.8 }], attributes: [] };
    const [a, b] = await Promise.all([client.describe(request('a')), client.describe(request('b', headphones))]);
    expect(a.output.colors).toEqual(['red']);
    expect(b.output).toMatchObject({ category: 'electronics.audio.headphones', colors: ['black'], features: ['noise_cancelling', 'wireless'], materials: [] });
    expect(b.output.title).not.toBe(a.output.title);
  });

  it('stand-in: repairs invalid JSON once by sending the validation errors back', async () => {
    const { s, client, events } = await setup({ invalidUntilRepair: true });
    const r = await client.describe(request('img-r'));
    expect(r).toMatchObject({ repaired: true, attempts: 2 });
    expect(r.output.colors).toEqual(['red']);
    expect(s.stats).toMatchObject({ requests: 2, repairs: 1 });
    const msgs = (s.lastRequest as { messages: Array<{ role: string; content: unknown }> }).messages;
    expect(msgs.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(msgs[3]!.content).toContain('not valid JSON');
    expect(events.filter((e) => e.type === 'repair')).toHaveLength(1);
  });

  it('stand-in: gives up with VlmBadOutput when the repair reply is still invalid', async () => {
    const { s, client } = await setup({ fallback: 'schema-violation' });
    const err = await client.describe(request('img-bad')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VlmBadOutput);
    expect((err as VlmBadOutput).errors).toEqual(expect.arrayContaining(['/colors/0: "not-a-vocabulary-colour" is not one of the 4 allowed values', '/extra: is not an allowed property']));
    expect((err as VlmBadOutput).attempts).toBe(2);
    expect(s.stats.requests).toBe(2);
    expect(client.circuitState()).toBe('closed'); // bad content is the image's problem, not the server's
  });

  it('stand-in: says when a reply was cut off at max_tokens', async () => {
    const { client } = await setup({ fallback: { content: '{"category": "home.kitchen.mug", "colors": ["re', finishReason: 'length' } });
    const err = (await client.describe(request('img-len')).catch((e: unknown) => e)) as VlmBadOutput;
    expect(err).toBeInstanceOf(VlmBadOutput);
    expect(err.errors.some((e) => e.includes('cut off at 1024 tokens'))).toBe(true);
  });

  it('stand-in: backs off on 503 and 429 (honouring Retry-After), then succeeds', async () => {
    const { s, client, events, delays } = await setup({ script: [{ status: 503 }, { status: 429, retryAfterS: 1 }, 'ok'] }, { backoffCapMs: 5_000 });
    const r = await client.describe(request('img-b'));
    expect(r.attempts).toBe(3);
    expect(s.stats.statuses).toEqual({ 503: 1, 429: 1, 200: 1 });
    // full jitter with random()=0.5: attempt 0 → 0.5·10 ms; attempt 1 → max(0.5·20, Retry-After 1 s)
    expect(delays).toEqual([5, 1000]);
    expect(events.filter((e) => e.type === 'retry').map((e) => (e as { reason: string }).reason)).toEqual(['http_status 503', 'http_status 429']);
  });

  it('stand-in: does not retry a 4xx, and reports an unknown model as rejected', async () => {
    const { s, client } = await setup({ script: [{ status: 400, message: 'image too large' }] });
    const err = (await client.describe(request('img-400')).catch((e: unknown) => e)) as VlmRequestRejected;
    expect(err).toBeInstanceOf(VlmRequestRejected);
    expect(err.status).toBe(400);
    expect(err.body).toContain('image too large');
    expect(s.stats.requests).toBe(1);

    const other = createVlmClient(parseVlmConfig({ baseUrl: s.baseUrl, model: 'no-such-model' }));
    const e404 = (await other.describe(request('img-404')).catch((e: unknown) => e)) as VlmRequestRejected;
    expect(e404.status).toBe(404);
    expect(e404.body).toContain('does not exist');
  });

  it('stand-in: turns exhausted retries into VlmUnavailable', async () => {
    const { s, client } = await setup({ fallback: { status: 500 } }, { maxRetries: 2 });
    const err = (await client.describe(request('img-500')).catch((e: unknown) => e)) as VlmUnavailable;
    expect(err).toBeInstanceOf(VlmUnavailable);
    expect(err).toMatchObject({ reason: 'http_status', status: 500, attempts: 3, transient: true });
    expect(s.stats.requests).toBe(3);
  });

  it('stand-in: opens the circuit after repeated failures, fails fast while open, half-opens after the cooldown', async () => {
    let t = 1_000_000;
    const { s, client, events } = await setup({ fallback: { status: 502 } }, { maxRetries: 0, breaker: { failureThreshold: 3, cooldownMs: 30_000 } }, { now: () => t });
    for (let i = 0; i < 3; i++) await expect(client.describe(request(`f${i}`))).rejects.toBeInstanceOf(VlmUnavailable);
    expect(client.isOpen()).toBe(true);
    const fast = (await client.describe(request('f3')).catch((e: unknown) => e)) as VlmUnavailable;
    expect(fast.reason).toBe('circuit_open');
    expect(s.stats.requests).toBe(3); // refused without touching the server

    t += 30_000;
    expect(client.isOpen()).toBe(false);
    expect(client.circuitState()).toBe('half-open');
    // The probe fails: open again for another cooldown.
    await expect(client.describe(request('probe1'))).rejects.toMatchObject({ reason: 'http_status' });
    expect(client.circuitState()).toBe('open');
    t += 30_000;
    s.setFallback('ok');
    const ok = await client.describe(request('probe2'));
    expect(ok.output.colors).toEqual(['red']);
    expect(client.circuitState()).toBe('closed');
    expect(events.filter((e) => e.type === 'circuit').map((e) => (e as { to: string }).to)).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
  });

  it('stand-in: fails the rest of a batch fast once the circuit opens, per item', async () => {
    const { client } = await setup({ fallback: { status: 503 } }, { maxRetries: 0, concurrency: 1, breaker: { failureThreshold: 2, cooldownMs: 60_000 } });
    const results = await client.describeBatch(['a', 'b', 'c', 'd'].map((id) => request(id)));
    expect(results.map((r) => (r.ok ? 'ok' : (r.error as VlmUnavailable).reason))).toEqual(['http_status', 'http_status', 'circuit_open', 'circuit_open']);
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stand-in: times out a hanging request and retries it', async () => {
    const { s, client, events } = await setup({ script: ['hang'] }, { timeoutMs: 300 });
    const r = await client.describe(request('img-t'));
    expect(r.attempts).toBe(2);
    expect(s.stats.requests).toBe(2);
    expect(events.find((e) => e.type === 'retry')).toMatchObject({ reason: 'timeout' });
    const c2 = createVlmClient(parseVlmConfig({ baseUrl: s.baseUrl, model: 'glm-4.6v-flash', timeoutMs: 200, maxRetries: 0 }));
    s.setScript(['hang']);
    await expect(c2.describe(request('img-t2'))).rejects.toMatchObject({ reason: 'timeout' });
  });

  it('stand-in: retries a dropped connection, and reports a refused connection as unavailable', async () => {
    const { s, client } = await setup({ script: ['drop'] });
    const r = await client.describe(request('img-d'));
    expect(r.attempts).toBe(2);
    const port = s.port;
    await s.close();
    standIn = null;
    const refused = createVlmClient(parseVlmConfig({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'glm-4.6v-flash', maxRetries: 1, backoffBaseMs: 1, backoffCapMs: 1 }));
    const err = (await refused.describe(request('img-refused')).catch((e: unknown) => e)) as VlmUnavailable;
    expect(err).toBeInstanceOf(VlmUnavailable);
    expect(err).toMatchObject({ reason: 'connection', attempts: 2 });
    expect(err.message).toContain('ECONNREFUSED');
  });

  it('stand-in: treats a 200 that is not a chat completion as a transient protocol failure', async () => {
    const { client } = await setup({ script: ['not-completion'] });
    const r = await client.describe(request('img-p'));
    expect(r.attempts).toBe(2);
  });

  it('stand-in: keeps at most N requests in flight in a batch and returns results in input order', async () => {
    const { s, client } = await setup({ latencyMs: 80 }, { concurrency: 3 });
    const inputs = Array.from({ length: 10 }, (_, i) => request(`img-${i}`, { ...mugInput, colors: [{ code: i % 2 ? 'navy' : 'red', share: 1 }] }));
    const results = await client.describeBatch(inputs);
    expect(s.stats.maxConcurrent).toBe(3);
    expect(s.stats.requests).toBe(10);
    expect(results.map((r) => r.id)).toEqual(inputs.map((r) => r.id));
    expect(results.map((r) => (r.ok ? r.result.output.colors[0] : 'error'))).toEqual(['red', 'navy', 'red', 'navy', 'red', 'navy', 'red', 'navy', 'red', 'navy']);
    expect(client.load()).toEqual({ inFlight: 0, queued: 0 });
  });

  it('stand-in: holds the limit across concurrent describe() callers too', async () => {
    const { s, client } = await setup({ latencyMs: 50 }, { concurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => client.describe(request(`c${i}`))));
    expect(s.stats.maxConcurrent).toBe(2);
  });

  it('stand-in: reports per-item outcomes in a batch without rejecting', async () => {
    const { client } = await setup({ script: ['ok', { status: 422 }, 'schema-violation', 'schema-violation', 'ok'] }, { concurrency: 1, maxRetries: 0 });
    const results = await client.describeBatch(['a', 'b', 'c', 'd'].map((id) => request(id)));
    expect(results.map((r) => (r.ok ? 'ok' : r.error.name))).toEqual(['ok', 'VlmRequestRejected', 'VlmBadOutput', 'ok']);
  });

  it('stand-in: stops at once when the caller aborts, without counting it against the circuit', async () => {
    const { client } = await setup({ fallback: 'hang' }, { timeoutMs: 10_000, breaker: { failureThreshold: 1 } });
    const c = new AbortController();
    const p = client.describe(request('img-a'), c.signal);
    setTimeout(() => c.abort(new Error('shutting down')), 50);
    const err = (await p.catch((e: unknown) => e)) as VlmUnavailable;
    expect(err).toMatchObject({ name: 'VlmUnavailable', reason: 'aborted' });
    expect(client.circuitState()).toBe('closed');
  });

  it('stand-in: probes readiness through /v1/models', async () => {
    const { s, client } = await setup();
    expect(await client.probe()).toBe(true);
    expect(await createVlmClient(parseVlmConfig({ baseUrl: s.baseUrl, model: 'other' })).probe()).toBe(false);
    await s.close();
    standIn = null;
    expect(await client.probe()).toBe(false);
  });

  it('stand-in: refuses malformed requests the way the real server contract requires', async () => {
    const { s } = await setup();
    const post = (body: unknown) => fetch(`${s.baseUrl}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const sampling = { temperature: 0.7, topP: 0.95, maxTokens: 256, seed: null };
    const valid = buildChatBody('glm-4.6v-flash', request('shape'), toDataUrl('image/jpeg', jpeg), sampling);
    expect((await post(valid)).status).toBe(200);
    expect((await post({ ...valid, chat_template_kwargs: {} })).status).toBe(400);
    expect((await post({ ...valid, response_format: { type: 'json_object' } })).status).toBe(400);
    expect((await post({ ...valid, messages: [{ role: 'user', content: 'no image' }] })).status).toBe(400);
    expect((await post(buildChatBody('glm-4.6v-flash', request('png'), 'data:image/png;base64,AAAA', sampling))).status).toBe(400);
    expect((await post({ ...valid, model: 'gpt-x' })).status).toBe(404);
    expect(s.rejections).toEqual([
      'chat_template_kwargs.enable_thinking: false required',
      'response_format.type: "json_schema" required',
      'messages: no image_url part',
      'messages[1].content[0]: bytes are not a image/png',
      'The model `gpt-x` does not exist.',
    ]);
  });
});

afterAll(async () => {
  await standIn?.close();
});
