import { renderRepairMessage, responseFormat } from '@vitrine/describe-prompts';
import type { VlmRequest, VlmSampling } from './types';

/**
 * The OpenAI chat-completions wire format as vLLM and SGLang serve it.
 * - Request: https://platform.openai.com/docs/api-reference/chat/create ; images as `image_url` content parts with a
 *   base64 data URL (vLLM "Multimodal Inputs": https://docs.vllm.ai/en/latest/features/multimodal_inputs.html).
 * - `response_format: {type: "json_schema", ...}` turns on constrained decoding (vLLM "Structured Outputs").
 * - `chat_template_kwargs: {enable_thinking: false}` is passed to the chat template: GLM-4.5V/4.6V templates read it to
 *   skip the thinking block, which would cost latency and tokens for no gain in an extraction task.
 * - `seed` is a vLLM/SGLang extension honoured per request (replays pin it with temperature 0).
 */
export type ChatContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } };

export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string | ChatContentPart[] }
  | { role: 'assistant'; content: string };

export interface ChatCompletionBody {
  model: string;
  messages: ChatMessage[];
  response_format: ReturnType<typeof responseFormat>;
  chat_template_kwargs: { enable_thinking: boolean };
  temperature: number;
  top_p: number;
  max_tokens: number;
  seed?: number;
  stream: false;
}

export const toDataUrl = (mimeType: string, bytes: Uint8Array): string =>
  `data:${mimeType};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;

/** The request body; with `repair`, the previous reply and its validation errors are appended as two more turns. */
export function buildChatBody(
  model: string,
  req: VlmRequest,
  imageDataUrl: string,
  sampling: VlmSampling,
  repair?: { previousContent: string; errors: readonly string[] },
): ChatCompletionBody {
  const messages: ChatMessage[] = [
    { role: 'system', content: req.prompt.system },
    {
      role: 'user',
      content: [
        { type: 'image_url', image_url: { url: imageDataUrl } },
        { type: 'text', text: req.prompt.user },
      ],
    },
  ];
  if (repair) {
    messages.push({ role: 'assistant', content: repair.previousContent });
    messages.push({ role: 'user', content: renderRepairMessage(repair.errors) });
  }
  return {
    model,
    messages,
    response_format: responseFormat(req.schema),
    chat_template_kwargs: { enable_thinking: false },
    temperature: sampling.temperature,
    top_p: sampling.topP,
    max_tokens: sampling.maxTokens,
    ...(sampling.seed !== null ? { seed: sampling.seed } : {}),
    stream: false,
  };
}

export interface Completion {
  content: string | null;
  finishReason: string | null;
  model: string;
  promptTokens: number;
  completionTokens: number;
}

/** Reads the first choice of a chat.completion object; null when the body is not one. */
export function readCompletion(body: unknown): Completion | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as { model?: unknown; choices?: unknown; usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } };
  if (!Array.isArray(b.choices) || b.choices.length === 0) return null;
  const choice = b.choices[0] as { message?: { content?: unknown }; finish_reason?: unknown };
  if (!choice || typeof choice !== 'object' || !choice.message || typeof choice.message !== 'object') return null;
  const content = choice.message.content;
  if (content !== null && content !== undefined && typeof content !== 'string') return null;
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    content: typeof content === 'string' ? content : null,
    finishReason: typeof choice.finish_reason === 'string' ? choice.finish_reason : null,
    model: typeof b.model === 'string' ? b.model : '',
    promptTokens: n(b.usage?.prompt_tokens),
    completionTokens: n(b.usage?.completion_tokens),
  };
}
