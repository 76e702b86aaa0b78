import { FAMILIES } from '@vitrine/moderation';
import type { Classifier, ClassifierFinding } from '../ports';

export interface HttpClassifierOptions {
  /** Base URL of an OpenAI-compatible server, e.g. "http://vllm:8000/v1" (vLLM, SGLang, llama.cpp server). */
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKey?: string;
  readonly timeoutMs?: number;
  /** Injected for tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

/** Thrown for an answer the classifier should never give (bad status, not JSON, wrong shape). */
export class ClassifierProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClassifierProtocolError';
  }
}

const SYSTEM_PROMPT = [
  'You review product descriptions of a cross-border marketplace for advertising-law and marketplace-policy risks.',
  `Risk families: ${FAMILIES.join(', ')}.`,
  'absolute_claim: superlatives, rank or guarantee claims without evidence. medical_claim: treats, cures or prevents disease, health claims.',
  'environmental_claim: green or climate claims without evidence. sensitive: prohibited or restricted goods and words.',
  'counterfeit: replica, copy, fake or look-alike signals. trademark: brand names used to sell goods that are not that brand.',
  'For every text, report each risk you find with a score in [0, 1] (1 = certainly a violation) and quote the offending phrase exactly as written.',
  'Report nothing for a text without risk. Answer with JSON only.',
].join('\n');

/** JSON schema for the answer (OpenAI "response_format: json_schema", honoured by vLLM and SGLang guided decoding). */
const RESPONSE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['findings'],
  properties: {
    findings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'family', 'score', 'matched'],
        properties: {
          id: { type: 'integer', minimum: 0 },
          family: { type: 'string' },
          score: { type: 'number', minimum: 0, maximum: 1 },
          matched: { type: ['string', 'null'] },
        },
      },
    },
  },
} as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A model-based check over the OpenAI chat-completions protocol
 * (https://platform.openai.com/docs/api-reference/chat/create): one request per description with every text
 * numbered, JSON-schema-constrained output, temperature 0. Findings that name a text id not sent are dropped.
 */
export function createHttpClassifier(o: HttpClassifierOptions): Classifier {
  const url = `${o.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const doFetch = o.fetch ?? fetch;
  const timeoutMs = o.timeoutMs ?? 15_000;
  return async (request) => {
    if (request.texts.length === 0) return [];
    const body = {
      model: o.model,
      temperature: 0,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: JSON.stringify({ texts: request.texts.map((t, id) => ({ id, locale: t.locale, text: t.text })) }) },
      ],
      response_format: { type: 'json_schema', json_schema: { name: 'moderation_findings', strict: true, schema: RESPONSE_SCHEMA } },
    };
    const res = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(o.apiKey ? { authorization: `Bearer ${o.apiKey}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new ClassifierProtocolError(`${url} answered ${res.status} ${(await res.text()).slice(0, 200)}`);
    const payload: unknown = await res.json();
    const content = isRecord(payload) && Array.isArray(payload.choices) && isRecord(payload.choices[0]) && isRecord(payload.choices[0].message) ? payload.choices[0].message.content : undefined;
    if (typeof content !== 'string') throw new ClassifierProtocolError('answer has no choices[0].message.content');
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      throw new ClassifierProtocolError(`message content is not JSON: ${content.slice(0, 120)}`);
    }
    if (!isRecord(parsed) || !Array.isArray(parsed.findings)) throw new ClassifierProtocolError('message content has no findings list');
    const out: ClassifierFinding[] = [];
    for (const f of parsed.findings) {
      if (!isRecord(f) || typeof f.id !== 'number' || typeof f.family !== 'string' || typeof f.score !== 'number') throw new ClassifierProtocolError(`malformed finding ${JSON.stringify(f).slice(0, 120)}`);
      const t = request.texts[f.id];
      if (!t) continue;
      out.push({ locale: t.locale, field: t.field, family: f.family, score: Math.min(1, Math.max(0, f.score)), matched: typeof f.matched === 'string' ? f.matched : null });
    }
    return out;
  };
}
