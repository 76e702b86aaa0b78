// The describer's adapter to an OpenAI-compatible vision-language model server (vLLM / SGLang).
export * from './types';
export * from './errors';
export * from './config';
export * from './circuit-breaker';
export * from './backoff';
export * from './limiter';
export * from './chat-protocol';
export * from './vlm-client';
