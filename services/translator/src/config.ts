import { ConfigError, env, parseConfig, z } from '@vitrine/config';

/** The translator's own settings (the stream settings come from parseStreamConfig). */
export const translatorConfigShape = {
  mt: z.enum(['none', 'llm', 'libretranslate']).default('none'),
  mtUrl: env.url().optional(),
  mtModel: z.string().min(1).optional(),
  mtApiKey: z.string().min(1).optional(),
  mtTimeoutMs: env.int(100, 600_000).default(30_000),
  mtDisableThinking: env.bool().default('true'),
  concurrency: env.int(1, 256).default(4),
};

export const translatorConfigVars = {
  mt: 'MT',
  mtUrl: 'MT_URL',
  mtModel: 'MT_MODEL',
  mtApiKey: 'MT_API_KEY',
  mtTimeoutMs: 'MT_TIMEOUT_MS',
  mtDisableThinking: 'MT_DISABLE_THINKING',
  concurrency: 'TRANSLATOR_CONCURRENCY',
} as const;

export type TranslatorConfig = ReturnType<typeof parseTranslatorConfig>;

/**
 * MT=none (default): no machine translation, free text stays in its source locale.
 * MT=llm: an OpenAI-compatible chat-completions server; MT_URL (base URL with /v1) and MT_MODEL required.
 * MT=libretranslate: a LibreTranslate server; MT_URL (server root) required.
 * MT_API_KEY (optional), MT_TIMEOUT_MS (per request, default 30000), MT_DISABLE_THINKING (llm, default true),
 * TRANSLATOR_CONCURRENCY (records translated at once, default 4). A bad value throws ConfigError naming the variable.
 */
export function parseTranslatorConfig(source: Record<string, string | undefined>) {
  const c = parseConfig(translatorConfigShape, source, translatorConfigVars);
  const issues: Array<{ field: string; message: string }> = [];
  if (c.mt !== 'none' && !c.mtUrl) issues.push({ field: translatorConfigVars.mtUrl, message: `required when MT=${c.mt}` });
  if (c.mt === 'llm' && !c.mtModel) issues.push({ field: translatorConfigVars.mtModel, message: 'required when MT=llm' });
  if (issues.length > 0) throw new ConfigError(issues);
  return c;
}
