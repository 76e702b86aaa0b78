import type { AttributeSchema, VlmOutput } from '@vitrine/describe-prompts';
import type { CircuitState } from './circuit-breaker';
import type { VlmError } from './errors';

/**
 * The describer's port to a vision-language model server (OpenAI-compatible chat completions: vLLM, SGLang).
 * Declared here, next to its adapter, because the lead owns src/ports.ts; re-export it from there when wiring.
 *
 * Error contract (shared/DESIGN.md "Conventions", error routes):
 * - VlmUnavailable: transient (connection refused/reset, timeout, 429, 5xx after the retries, circuit open, aborted).
 *   The service pauses consumption while `isOpen()` and redelivers the item later; nothing is lost or dead-lettered.
 * - VlmBadOutput: the server answered but its JSON failed the attribute schema twice (reply + one repair). Poison for
 *   that image: dead-letter it (or fall back to the offline description, the lead's choice).
 * - VlmRequestRejected: a non-retryable 4xx (400, 413, 422...): the request itself is wrong for that image (too large,
 *   context too long) or the deployment is misconfigured (401/403/404). Not retried; does not trip the circuit.
 */
export interface VlmImage {
  bytes: Uint8Array;
  mimeType: 'image/jpeg' | 'image/png' | 'image/webp';
}

export interface VlmSampling {
  temperature: number;
  topP: number;
  maxTokens: number;
  /** Fixed seed (replays pin temperature 0 and a seed); null lets the server choose. */
  seed: number | null;
}

export interface VlmRequest {
  /** Correlates results and events with the input (e.g. the imageId). */
  id: string;
  image: VlmImage;
  /** Rendered by @vitrine/describe-prompts renderPrompt; the adapter adds the image to the user message. */
  prompt: { system: string; user: string };
  /** Sent as response_format and used to validate the reply. */
  schema: AttributeSchema;
  /** Overrides of the configured sampling for this request. */
  sampling?: Partial<VlmSampling>;
}

export interface VlmResult {
  id: string;
  output: VlmOutput;
  /** The model name the server reported. */
  model: string;
  /** HTTP requests made for this result (retries and the repair included). */
  attempts: number;
  /** True when the first reply failed validation and the repair reply passed. */
  repaired: boolean;
  usage: { promptTokens: number; completionTokens: number };
  latencyMs: number;
}

export type VlmBatchItemResult = { id: string; ok: true; result: VlmResult } | { id: string; ok: false; error: VlmError };

export interface VlmDescriber {
  describe(request: VlmRequest, signal?: AbortSignal): Promise<VlmResult>;
  /** Runs the items with the configured concurrency; one result per item, in input order. Never rejects. */
  describeBatch(requests: readonly VlmRequest[], signal?: AbortSignal): Promise<VlmBatchItemResult[]>;
  /** True while the circuit is open: the consumer should pause (resume when it turns false: half-open probes). */
  isOpen(): boolean;
  circuitState(): CircuitState;
  /** HTTP requests in flight and waiting for a slot. */
  load(): { inFlight: number; queued: number };
  /** Readiness: GET {baseUrl}/models answers 200 and lists the configured model. */
  probe(signal?: AbortSignal): Promise<boolean>;
}

/** Observations for logs and metrics (the adapter itself does not log). */
export type VlmClientEvent =
  | { type: 'retry'; id: string; attempt: number; delayMs: number; reason: string }
  | { type: 'repair'; id: string; errors: string[] }
  | { type: 'circuit'; from: CircuitState; to: CircuitState }
  | { type: 'response'; id: string; status: number; latencyMs: number };
