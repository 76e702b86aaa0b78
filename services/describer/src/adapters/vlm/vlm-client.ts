import { parseVlmOutput } from '@vitrine/describe-prompts';
import { fullJitterDelay, parseRetryAfter, sleep } from './backoff';
import { buildChatBody, readCompletion, toDataUrl, type ChatCompletionBody, type Completion } from './chat-protocol';
import { CircuitBreaker } from './circuit-breaker';
import type { VlmConfig } from './config';
import { VlmBadOutput, VlmRequestRejected, VlmUnavailable, isVlmError, type VlmError, type VlmUnavailableReason } from './errors';
import { ConcurrencyLimiter } from './limiter';
import type { VlmBatchItemResult, VlmClientEvent, VlmDescriber, VlmRequest, VlmResult, VlmSampling } from './types';

/**
 * The VLM adapter: one OpenAI-compatible chat-completions client with a concurrency limit, retries with full-jitter
 * backoff for transient failures, a circuit breaker, and schema validation with one repair round.
 *
 * Accounting: every HTTP attempt takes a concurrency slot and a circuit permit. Transient failures (connection
 * refused/reset, timeout, 408, 429, 5xx, a 200 that is not a chat completion) count against the circuit and are
 * retried up to `maxRetries` times; any other answer, 4xx included, shows the server is up. Bad *content* never
 * trips the circuit: it is this image's problem, not the server's.
 */
export interface VlmClientDeps {
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  onEvent?: (e: VlmClientEvent) => void;
}

type Attempt =
  | { kind: 'ok'; completion: Completion }
  | { kind: 'transient'; reason: VlmUnavailableReason; detail: string; status: number | null; cause?: unknown; retryAfterMs: number | null }
  | { kind: 'rejected'; status: number; body: string }
  | { kind: 'circuit_open' };

const abortedError = (signal: AbortSignal, attempts: number) =>
  new VlmUnavailable('aborted', `aborted: ${String((signal.reason as Error | undefined)?.message ?? signal.reason)}`, attempts, null, { cause: signal.reason });

export function createVlmClient(config: Readonly<VlmConfig>, deps: VlmClientDeps = {}): VlmDescriber {
  const doFetch = deps.fetch ?? fetch;
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const wait = deps.sleep ?? sleep;
  const emit = deps.onEvent ?? (() => {});
  const limiter = new ConcurrencyLimiter(config.concurrency);
  const breaker = new CircuitBreaker(config.breaker, now, (from, to) => emit({ type: 'circuit', from, to }));
  const url = `${config.baseUrl}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;

  /** One HTTP request, classified. Throws only when the caller's signal aborted. */
  async function once(id: string, body: string, signal: AbortSignal | undefined, attemptNo: number): Promise<Attempt> {
    const permit = breaker.acquire();
    if (!permit) return { kind: 'circuit_open' };
    const timeout = AbortSignal.timeout(config.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const started = now();
    try {
      const res = await doFetch(url, { method: 'POST', headers, body, signal: combined });
      const text = await res.text();
      emit({ type: 'response', id, status: res.status, latencyMs: now() - started });
      if (res.ok) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = null;
        }
        const completion = readCompletion(parsed);
        if (!completion) {
          permit.failure();
          return { kind: 'transient', reason: 'protocol', detail: `not a chat completion: ${text.slice(0, 200)}`, status: res.status, retryAfterMs: null };
        }
        permit.success();
        return { kind: 'ok', completion };
      }
      if (res.status === 408 || res.status === 429 || res.status >= 500) {
        permit.failure();
        return { kind: 'transient', reason: 'http_status', detail: text.slice(0, 300), status: res.status, retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), now()) };
      }
      permit.success();
      return { kind: 'rejected', status: res.status, body: text };
    } catch (err) {
      if (signal?.aborted) {
        permit.release();
        throw abortedError(signal, attemptNo);
      }
      permit.failure();
      if (timeout.aborted) {
        return { kind: 'transient', reason: 'timeout', detail: `no answer within ${config.timeoutMs} ms`, status: null, cause: err, retryAfterMs: null };
      }
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const detail = cause?.code ?? cause?.message ?? (err as Error).message;
      return { kind: 'transient', reason: 'connection', detail: String(detail), status: null, cause: err, retryAfterMs: null };
    }
  }

  /** One logical call: retries transient failures with backoff; returns the completion and the attempts used. */
  async function call(id: string, body: ChatCompletionBody, signal: AbortSignal | undefined, attemptsBefore: number): Promise<{ completion: Completion; attempts: number }> {
    const json = JSON.stringify(body);
    let attempts = attemptsBefore;
    let last: VlmUnavailable | null = null;
    for (let retry = 0; ; retry++) {
      let outcome: Attempt;
      try {
        outcome = await limiter.run(() => once(id, json, signal, attempts + 1), signal);
      } catch (err) {
        if (err instanceof VlmUnavailable) throw err;
        if (signal?.aborted) throw abortedError(signal, attempts);
        throw err;
      }
      if (outcome.kind === 'circuit_open') {
        throw new VlmUnavailable('circuit_open', last ? `circuit open; last error: ${last.message}` : 'circuit open', attempts, last?.status ?? null, { cause: last ?? undefined });
      }
      attempts++;
      if (outcome.kind === 'ok') return { completion: outcome.completion, attempts };
      if (outcome.kind === 'rejected') throw new VlmRequestRejected(outcome.status, outcome.body, attempts);
      last = new VlmUnavailable(outcome.reason, outcome.detail, attempts, outcome.status, { cause: outcome.cause });
      if (retry >= config.maxRetries) throw last;
      const delayMs = fullJitterDelay(retry, config.backoffBaseMs, config.backoffCapMs, random, outcome.retryAfterMs);
      emit({ type: 'retry', id, attempt: attempts, delayMs, reason: `${last.reason}${last.status !== null ? ` ${last.status}` : ''}` });
      try {
        await wait(delayMs, signal);
      } catch {
        throw abortedError(signal!, attempts);
      }
    }
  }

  async function describe(req: VlmRequest, signal?: AbortSignal): Promise<VlmResult> {
    const started = now();
    if (signal?.aborted) throw abortedError(signal, 0);
    const sampling: VlmSampling = { ...config.sampling, ...req.sampling };
    const image = toDataUrl(req.image.mimeType, req.image.bytes);
    const first = await call(req.id, buildChatBody(config.model, req, image, sampling), signal, 0);
    let usage = { promptTokens: first.completion.promptTokens, completionTokens: first.completion.completionTokens };
    const check = (c: Completion) => {
      const parsed = parseVlmOutput(c.content, req.schema);
      if (parsed.ok || c.finishReason !== 'length') return parsed;
      return { ok: false as const, errors: [...parsed.errors, `/: the reply was cut off at ${sampling.maxTokens} tokens; answer more briefly`] };
    };
    const firstCheck = check(first.completion);
    if (firstCheck.ok) {
      return { id: req.id, output: firstCheck.value, model: first.completion.model, attempts: first.attempts, repaired: false, usage, latencyMs: now() - started };
    }
    if (!config.repair) throw new VlmBadOutput(firstCheck.errors, (first.completion.content ?? '').slice(0, 2000), first.attempts);
    emit({ type: 'repair', id: req.id, errors: firstCheck.errors });
    const repairBody = buildChatBody(config.model, req, image, sampling, { previousContent: first.completion.content ?? '', errors: firstCheck.errors });
    const second = await call(req.id, repairBody, signal, first.attempts);
    usage = { promptTokens: usage.promptTokens + second.completion.promptTokens, completionTokens: usage.completionTokens + second.completion.completionTokens };
    const secondCheck = check(second.completion);
    if (!secondCheck.ok) throw new VlmBadOutput(secondCheck.errors, (second.completion.content ?? '').slice(0, 2000), second.attempts);
    return { id: req.id, output: secondCheck.value, model: second.completion.model, attempts: second.attempts, repaired: true, usage, latencyMs: now() - started };
  }

  const toVlmError = (e: unknown): VlmError =>
    isVlmError(e) ? e : new VlmUnavailable('protocol', e instanceof Error ? e.message : String(e), 0, null, { cause: e });

  async function describeBatch(requests: readonly VlmRequest[], signal?: AbortSignal): Promise<VlmBatchItemResult[]> {
    const results: VlmBatchItemResult[] = new Array(requests.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < requests.length; i = next++) {
        const r = requests[i]!;
        try {
          results[i] = { id: r.id, ok: true, result: await describe(r, signal) };
        } catch (e) {
          results[i] = { id: r.id, ok: false, error: toVlmError(e) };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(config.concurrency, requests.length) }, worker));
    return results;
  }

  async function probe(signal?: AbortSignal): Promise<boolean> {
    const timeout = AbortSignal.timeout(Math.min(config.timeoutMs, 5_000));
    try {
      const res = await doFetch(`${config.baseUrl}/models`, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      if (!res.ok) return false;
      const body = (await res.json()) as { data?: Array<{ id?: unknown }> };
      return Array.isArray(body.data) && body.data.some((m) => m.id === config.model);
    } catch {
      return false;
    }
  }

  return {
    describe,
    describeBatch,
    isOpen: () => breaker.isOpen(),
    circuitState: () => breaker.state(),
    load: () => ({ inFlight: limiter.inFlight, queued: limiter.queued }),
    probe,
  };
}
