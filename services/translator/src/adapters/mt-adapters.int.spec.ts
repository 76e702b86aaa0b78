import { afterEach, describe, expect, it } from 'vitest';
import { MtIntegrityError, MtPermanentError, MtTransientError, type TranslateFn } from '@vitrine/localization';
import { startChatCompletionsStandIn, startLibreTranslateStandIn, type ChatMode, type LibreMode, type StandIn } from '../testing/mt-standins';
import { toyTranslate } from '../testing/toy-dictionary';
import { createLibreTranslator, engineCode, fromEngineHtml, toEngineHtml } from './libretranslate';
import { createLlmTranslator } from './llm-translator';

// These tests need no Kafka or registry: only local stand-ins for the MT engines (no real LLM or LibreTranslate
// server runs here), started per test on 127.0.0.1 and speaking the engines' HTTP protocols.

const open: Array<StandIn<unknown>> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

interface Engine {
  name: string;
  start(mode?: 'ok' | 'status-503' | 'status-400'): Promise<{ translate: TranslateFn; standIn: StandIn<unknown> }>;
  /** The parts of the requests the engine actually translates (what must never hold a protected term in clear). */
  translatable(s: StandIn<unknown>): string[];
}

const llm: Engine = {
  name: 'OpenAI-compatible chat-completions stand-in',
  async start(mode = 'ok') {
    const m: ChatMode = mode === 'ok' ? 'ok' : { status: mode === 'status-503' ? 503 : 400 };
    const standIn = await startChatCompletionsStandIn(m);
    open.push(standIn as StandIn<unknown>);
    return { standIn: standIn as StandIn<unknown>, translate: createLlmTranslator({ baseUrl: standIn.url, model: 'glm-4.6v-flash', apiKey: 'k-1', timeoutMs: 2000, disableThinking: true }) };
  },
  translatable: (s) => s.requests.map((r) => (r.body as { messages: Array<{ role: string; content: string }> }).messages.find((m) => m.role === 'user')!.content),
};

const libre: Engine = {
  name: 'LibreTranslate stand-in',
  async start(mode = 'ok') {
    const m: LibreMode = mode === 'ok' ? {} : { status: mode === 'status-503' ? 503 : 400 };
    const standIn = await startLibreTranslateStandIn(m);
    open.push(standIn as StandIn<unknown>);
    return { standIn: standIn as StandIn<unknown>, translate: createLibreTranslator({ baseUrl: standIn.url, apiKey: null, timeoutMs: 2000 }) };
  },
  // Everything outside translate="no" spans.
  translatable: (s) => s.requests.filter((r) => r.path === '/translate').flatMap((r) => ((r.body as { q: string[] }).q).map((q) => q.replace(/<span translate="no">[\s\S]*?<\/span>/g, ''))),
};

const texts = ['Kiln&Co glaze keeps its shine after years of daily use', 'A comfortable handle for hot drinks, 350 ml', 'Made by Kiln&Co for slow mornings. Printed: KC-350'];
const request = { texts, from: 'en', to: 'de', protectedTerms: ['Kiln&Co', 'KC-350'] };

describe.each([llm, libre])('MT port contract against the $name', (engine) => {
  it('translates every text, in order', async () => {
    const { translate } = await engine.start();
    const out = await translate({ ...request, protectedTerms: [] });
    expect(out).toHaveLength(3);
    expect(out[1]).toBe('Ein bequemer Henkel für heiße Getränke, 350 ml');
    expect(out[2]).toContain('Gemacht von');
  });

  it('preserves protected terms verbatim, and never shows them to the engine as translatable text', async () => {
    const { translate, standIn } = await engine.start();
    const out = await translate(request);
    expect(out[0]).toBe('Kiln&Co Glasur behält ihren Glanz nach Jahren von täglichem Gebrauch');
    expect(out[2]).toBe('Gemacht von Kiln&Co für langsame Morgen. Printed: KC-350');
    for (const sent of engine.translatable(standIn)) {
      expect(sent).not.toContain('Kiln');
      expect(sent).not.toContain('KC-350');
    }
    // Control: the same engine unprotected does translate the brand, so the assertions above can fail.
    const unprotected = await translate({ ...request, protectedTerms: [] });
    expect(unprotected[0]).toContain('Brennofen&Co');
  });

  it('translates into every non-English locale Vitrine renders', async () => {
    const { translate } = await engine.start();
    for (const to of ['fr', 'es', 'it', 'nl', 'pt-BR', 'ja', 'zh-CN', 'ko']) {
      const [out] = await translate({ texts: [texts[0]!], from: 'en', to, protectedTerms: ['Kiln&Co'] });
      expect(out, to).toBe(toyTranslate(texts[0]!.replace('Kiln&Co', '\u0000'), to).replace('\u0000', 'Kiln&Co'));
      expect(out, to).not.toBe(texts[0]);
    }
  });

  it('sends nothing for no texts', async () => {
    const { translate, standIn } = await engine.start();
    expect(await translate({ ...request, texts: [] })).toEqual([]);
    expect(standIn.requests).toHaveLength(0);
  });

  it('reports a server error as transient and a refused request as permanent', async () => {
    const down = await engine.start('status-503');
    await expect(down.translate(request)).rejects.toBeInstanceOf(MtTransientError);
    const refused = await engine.start('status-400');
    const err = await refused.translate(request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MtPermanentError);
    expect((err as MtPermanentError).retryable).toBe(false);
  });

  it('reports an engine that is not listening as transient', async () => {
    const { translate, standIn } = await engine.start();
    await standIn.close();
    open.splice(open.indexOf(standIn), 1);
    const err = await translate(request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MtTransientError);
    expect((err as Error).message).toMatch(/unreachable|ECONNREFUSED/);
  });
});

describe('LLM adapter against the OpenAI-compatible chat-completions stand-in', () => {
  const start = async (mode: ChatMode) => {
    const s = await startChatCompletionsStandIn(mode);
    open.push(s as StandIn<unknown>);
    return { s, translate: createLlmTranslator({ baseUrl: s.url, model: 'glm-4.6v-flash', apiKey: 'k-1', timeoutMs: 2000, disableThinking: true }) };
  };

  it('stand-in: sends a strict JSON-schema request with the bearer key and placeholders in place of the terms', async () => {
    const { s, translate } = await start('ok');
    await translate(request);
    const r = s.requests[0]!;
    expect(r.headers.authorization).toBe('Bearer k-1');
    expect(r.body).toMatchObject({
      model: 'glm-4.6v-flash',
      temperature: 0,
      chat_template_kwargs: { enable_thinking: false },
      response_format: { type: 'json_schema', json_schema: { strict: true, schema: { properties: { translations: { minItems: 3, maxItems: 3 } } } } },
    });
    const user = JSON.parse((r.body as { messages: Array<{ content: string }> }).messages[1]!.content) as { texts: string[] };
    expect(user.texts).toEqual(['⟦0⟧ glaze keeps its shine after years of daily use', texts[1], 'Made by ⟦0⟧ for slow mornings. Printed: ⟦1⟧']);
    expect((r.body as { messages: Array<{ content: string }> }).messages[0]!.content).toContain('to German (de)');
  });

  it('stand-in: a lost placeholder is an integrity failure, not a silent loss of the brand', async () => {
    const { translate } = await start('drop-placeholder');
    const err = await translate(request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MtIntegrityError);
    expect((err as Error).message).toContain('"Kiln&Co"');
  });

  it('stand-in: a wrong number of translations is an integrity failure; prose instead of JSON is permanent; a fenced answer is accepted', async () => {
    await expect((await start('wrong-count')).translate(request)).rejects.toBeInstanceOf(MtIntegrityError);
    await expect((await start('not-json')).translate(request)).rejects.toThrow(/not JSON/);
    expect((await (await start('fenced')).translate(request))[1]).toBe('Ein bequemer Henkel für heiße Getränke, 350 ml');
  });
});

describe('LibreTranslate adapter against the LibreTranslate stand-in', () => {
  const start = async (mode: LibreMode, apiKey: string | null = null) => {
    const s = await startLibreTranslateStandIn(mode);
    open.push(s as StandIn<unknown>);
    return { s, translate: createLibreTranslator({ baseUrl: s.url, apiKey, timeoutMs: 2000 }) };
  };

  it('stand-in: sends one batched HTML request with translate="no" spans and the api key, asking /languages once', async () => {
    const { s, translate } = await start({ apiKey: 'lt-key' }, 'lt-key');
    await translate(request);
    await translate({ ...request, to: 'zh-CN' });
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /languages', 'POST /translate', 'POST /translate']);
    expect(s.requests[1]!.body).toEqual({
      q: ['<span translate="no">Kiln&amp;Co</span> glaze keeps its shine after years of daily use', texts[1], 'Made by <span translate="no">Kiln&amp;Co</span> for slow mornings. Printed: <span translate="no">KC-350</span>'],
      source: 'en',
      target: 'de',
      format: 'html',
      api_key: 'lt-key',
    });
    expect((s.requests[2]!.body as { target: string }).target).toBe('zh-Hans');
  });

  it('stand-in: maps our locales onto the codes an older server offers ("zh", "pb")', async () => {
    const { s, translate } = await start({ codes: ['en', 'de', 'zh', 'pb'] });
    expect(await translate({ texts: ['hot drinks'], from: 'en', to: 'pt-BR', protectedTerms: [] })).toEqual(['quentes bebidas']);
    expect(await translate({ texts: ['hot drinks'], from: 'en-US', to: 'zh-CN', protectedTerms: [] })).toEqual(['热 饮品']);
    expect(s.requests.slice(1).map((r) => (r.body as { source: string; target: string })).map((b) => `${b.source}>${b.target}`)).toEqual(['en>pb', 'en>zh']);
    const err = await translate({ texts: ['x'], from: 'en', to: 'ko', protectedTerms: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MtPermanentError);
    expect((err as Error).message).toContain('does not offer ko');
  });

  it('stand-in: an engine that translates inside translate="no" spans fails integrity instead of corrupting the brand', async () => {
    const { translate } = await start({ ignoreNoTranslate: true });
    const err = await translate(request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MtIntegrityError);
    expect((err as Error).message).toContain('"Kiln&Co"');
  });

  it('rejects a wrong api key as permanent', async () => {
    const { translate } = await start({ apiKey: 'right' }, 'wrong');
    await expect(translate(request)).rejects.toBeInstanceOf(MtPermanentError);
  });
});

describe('LibreTranslate HTML round trip (no server)', () => {
  it('escapes text, wraps terms, and restores them from serializer variants', () => {
    const { html, slots } = toEngineHtml('Tom & Jerry <3 by Ca$h&Co', ['Ca$h&Co']);
    expect(html).toBe('Tom &amp; Jerry &lt;3 by <span translate="no">Ca$h&amp;Co</span>');
    expect(fromEngineHtml("Tom &amp; Jerry &lt;3 von <span translate='no'> Ca$h&amp;Co </span>", slots)).toBe('Tom & Jerry <3 von Ca$h&Co');
    expect(() => fromEngineHtml('Tom &amp; Jerry von Cash', slots)).toThrow(MtIntegrityError);
    expect(engineCode('zh-CN', ['en', 'zh-Hant', 'zh-Hans'])).toBe('zh-Hans');
    expect(engineCode('zh-CN', ['en', 'zh-Hant'])).toBeNull();
  });
});
