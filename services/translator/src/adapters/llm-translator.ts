import { MtIntegrityError, MtPermanentError, maskTerms, unmaskTerms, type TranslateFn, type TranslateRequest } from '@vitrine/localization';
import { languageName, requestJson, type FetchFn } from './http';

/**
 * Machine translation through an OpenAI-compatible chat-completions endpoint (vLLM, SGLang, llama.cpp server, a
 * hosted API). Protocol: https://platform.openai.com/docs/api-reference/chat/create — `response_format` with a
 * strict JSON schema (vLLM/SGLang structured outputs) pins the answer to exactly one translation per input text.
 */
export interface LlmTranslatorConfig {
  /** Base URL including the version path, e.g. "http://vllm:8000/v1". */
  baseUrl: string;
  model: string;
  apiKey: string | null;
  timeoutMs: number;
  /**
   * Sends `chat_template_kwargs: {enable_thinking: false}` (vLLM/SGLang; GLM and Qwen templates honour it) so a
   * reasoning model answers directly. Turn off for servers that reject unknown parameters.
   */
  disableThinking: boolean;
}

/** The placeholder a protected term travels as: brackets that no product text uses and LLMs copy faithfully. */
export const llmToken = (i: number): string => `⟦${i}⟧`;

export function buildTranslationRequest(cfg: LlmTranslatorConfig, texts: readonly string[], from: string, to: string): Record<string, unknown> {
  const system = [
    'You translate e-commerce product copy for an online marketplace.',
    `Translate each string of the JSON array "texts" from ${languageName(from)} to ${languageName(to)}.`,
    'Write natural, fluent product copy in the target language; keep facts, numbers and units exactly; add nothing.',
    'Placeholders such as ⟦0⟧ stand for brand names, model numbers and text printed on the product: copy every placeholder unchanged, exactly once, where it belongs in the sentence.',
    `Answer with JSON {"translations": [...]} holding exactly ${texts.length} strings, in the order of the input.`,
  ].join(' ');
  return {
    model: cfg.model,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: JSON.stringify({ texts }) },
    ],
    temperature: 0,
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'translations',
        strict: true,
        schema: {
          type: 'object',
          properties: { translations: { type: 'array', items: { type: 'string' }, minItems: texts.length, maxItems: texts.length } },
          required: ['translations'],
          additionalProperties: false,
        },
      },
    },
    ...(cfg.disableThinking ? { chat_template_kwargs: { enable_thinking: false } } : {}),
  };
}

/** The translations out of a chat-completions answer; MtPermanentError when the answer is not the promised JSON. */
export function parseTranslationAnswer(answer: unknown, expected: number): string[] {
  const choice = (answer as { choices?: Array<{ message?: { content?: unknown }; finish_reason?: unknown }> })?.choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== 'string') throw new MtPermanentError('LLM answer has no choices[0].message.content');
  if (choice?.finish_reason === 'length') throw new MtPermanentError('LLM answer was cut off at max_tokens');
  let parsed: unknown;
  try {
    // Some servers wrap JSON in a Markdown fence even in JSON mode.
    parsed = JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    throw new MtPermanentError(`LLM answer is not JSON: ${content.slice(0, 200)}`);
  }
  const list = (parsed as { translations?: unknown })?.translations;
  if (!Array.isArray(list) || !list.every((t) => typeof t === 'string')) throw new MtPermanentError('LLM answer lacks a "translations" array of strings');
  if (list.length !== expected) throw new MtIntegrityError(`LLM returned ${list.length} translations for ${expected} texts`);
  return list as string[];
}

export function createLlmTranslator(cfg: LlmTranslatorConfig, deps: { fetch?: FetchFn } = {}): TranslateFn {
  const url = `${cfg.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers = cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : undefined;
  return async (req: TranslateRequest): Promise<string[]> => {
    if (req.texts.length === 0) return [];
    const masked = req.texts.map((t) => maskTerms(t, req.protectedTerms, llmToken));
    const answer = await requestJson('POST', url, buildTranslationRequest(cfg, masked.map((m) => m.masked), req.from, req.to), { timeoutMs: cfg.timeoutMs, headers, fetch: deps.fetch, engine: 'LLM' });
    const out = parseTranslationAnswer(answer, req.texts.length);
    // unmaskTerms throws MtIntegrityError when a placeholder was dropped or duplicated.
    return out.map((t, i) => unmaskTerms(t, masked[i]!.slots));
  };
}
