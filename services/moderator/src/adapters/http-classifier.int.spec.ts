import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localizedContent } from '@vitrine/contracts/testing';
import type { Classifier, ClassifierRequest } from '../ports';
import { classifierTexts } from '../domain/moderate-event';
import { ClassifierProtocolError, createHttpClassifier } from './http-classifier';
import { noopClassifier } from './noop-classifier';

/**
 * The classifier model server cannot run here, so these tests talk HTTP to a local OpenAI-compatible stand-in:
 * it records each request and answers what the test scripted (a chat-completions body, a status, or silence).
 */
type Script = (body: Record<string, unknown>) => { status?: number; content?: string; raw?: string; hang?: boolean };
let script: Script = () => ({ content: '{"findings":[]}' });
const seen: Array<{ url: string; headers: IncomingMessage['headers']; body: Record<string, unknown> }> = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const body = JSON.parse(data) as Record<string, unknown>;
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      const a = script(body);
      if (a.hang) return;
      res.writeHead(a.status ?? 200, { 'content-type': 'application/json' });
      res.end(a.raw ?? JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: a.content }, finish_reason: 'stop' }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const locales = [localizedContent('en', 'Best mug ever', { bullets: ['Cures colds'] }), localizedContent('ja', '最高のマグ')];
const request: ClassifierRequest = { productId: 'p1', texts: classifierTexts(locales), locales };

/** The port's contract, for every adapter: findings only about texts that were sent, scores in [0, 1], nothing for nothing. */
function contract(name: string, make: () => Classifier): void {
  describe(`classifier contract: ${name}`, () => {
    it('answers with findings about the texts it was sent, scores in [0, 1]', async () => {
      const findings = await make()(request);
      const sent = new Set(request.texts.map((t) => `${t.locale}|${t.field}`));
      for (const f of findings) {
        expect(sent.has(`${f.locale}|${f.field}`)).toBe(true);
        expect(f.score).toBeGreaterThanOrEqual(0);
        expect(f.score).toBeLessThanOrEqual(1);
        expect(typeof f.family).toBe('string');
      }
    });
    it('answers nothing when there is nothing to read', async () => {
      expect(await make()({ productId: 'p0', texts: [], locales: [] })).toEqual([]);
    });
  });
}
contract('no-op', () => noopClassifier);
contract('HTTP against the local OpenAI-compatible stand-in', () => {
  script = () => ({ content: JSON.stringify({ findings: [{ id: 1, family: 'medical_claim', score: 1.4, matched: 'Cures colds' }, { id: 99, family: 'x', score: 1, matched: null }] }) });
  return createHttpClassifier({ baseUrl, model: 'guard' });
});

describe('HTTP classifier against the local OpenAI-compatible stand-in', () => {
  it('sends one chat-completions request with every text numbered and a strict JSON schema; maps ids back to fields', async () => {
    seen.length = 0;
    script = () => ({ content: JSON.stringify({ findings: [{ id: 2, family: 'absolute_claim', score: 0.8, matched: '最高' }] }) });
    const findings = await createHttpClassifier({ baseUrl, model: 'guard-1', apiKey: 'k-123' })(request);
    expect(findings).toEqual([{ locale: 'ja', field: 'title', family: 'absolute_claim', score: 0.8, matched: '最高' }]);
    expect(seen).toHaveLength(1);
    const { url, headers, body } = seen[0]!;
    expect(url).toBe('/v1/chat/completions');
    expect(headers.authorization).toBe('Bearer k-123');
    expect(body.model).toBe('guard-1');
    expect(body.temperature).toBe(0);
    expect((body.response_format as { type: string }).type).toBe('json_schema');
    const messages = body.messages as Array<{ role: string; content: string }>;
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(JSON.parse(messages[1]!.content)).toEqual({
      texts: [
        { id: 0, locale: 'en', text: 'Best mug ever' },
        { id: 1, locale: 'en', text: 'Cures colds' },
        { id: 2, locale: 'ja', text: '最高のマグ' },
      ],
    });
  });

  it.each<[string, ReturnType<Script>, RegExp]>([
    ['a server error', { status: 503, raw: 'overloaded' }, /answered 503 overloaded/],
    ['no choices', { raw: '{"choices":[]}' }, /no choices\[0\]\.message\.content/],
    ['content that is not JSON', { content: 'I think it is fine' }, /not JSON/],
    ['content without findings', { content: '{"ok":true}' }, /no findings list/],
    ['a malformed finding', { content: '{"findings":[{"id":"zero"}]}' }, /malformed finding/],
  ])('rejects %s with a clear error', async (_what, answer, message) => {
    script = () => answer;
    const err = await createHttpClassifier({ baseUrl, model: 'guard' })(request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClassifierProtocolError);
    expect((err as Error).message).toMatch(message);
  });

  it('gives up after its timeout', async () => {
    script = () => ({ hang: true });
    await expect(createHttpClassifier({ baseUrl, model: 'guard', timeoutMs: 200 })(request)).rejects.toThrow(/timeout|aborted/i);
  });
});
