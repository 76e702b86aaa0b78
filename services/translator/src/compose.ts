import type { TranslateFn } from '@vitrine/localization';
import type { FetchFn } from './adapters/http';
import { createLibreTranslator } from './adapters/libretranslate';
import { createLlmTranslator } from './adapters/llm-translator';
import type { TranslatorConfig } from './config';
import type { TranslatorPorts } from './ports';

/** The translator's ports from its parsed config; the CLI and `vitrine up` reuse it. `fetch` is injectable for tests. */
export function composeTranslator(config: TranslatorConfig, deps: { fetch?: FetchFn } = {}): TranslatorPorts {
  return { translate: createTranslate(config, deps) };
}

function createTranslate(c: TranslatorConfig, deps: { fetch?: FetchFn }): TranslateFn | null {
  switch (c.mt) {
    case 'none':
      return null;
    case 'llm':
      return createLlmTranslator({ baseUrl: c.mtUrl!, model: c.mtModel!, apiKey: c.mtApiKey ?? null, timeoutMs: c.mtTimeoutMs, disableThinking: c.mtDisableThinking }, deps);
    case 'libretranslate':
      return createLibreTranslator({ baseUrl: c.mtUrl!, apiKey: c.mtApiKey ?? null, timeoutMs: c.mtTimeoutMs }, deps);
  }
}
