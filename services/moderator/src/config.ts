import { readFileSync } from 'node:fs';
import { ConfigError, deepFreeze, env, parseConfig, z } from '@vitrine/config';
import { parseModerationPolicy, PolicyError, type ModerationPolicy } from '@vitrine/moderation';
import { DEFAULT_POLICY_INPUT } from './domain/default-policy';

const shape = {
  policyFile: z.string().min(1).optional(),
  policyJson: z.string().min(1).optional(),
  authorisedBrands: z.string().min(1).optional(),
  classifierUrl: env.url().optional(),
  classifierModel: z.string().min(1).optional(),
  classifierApiKey: z.string().min(1).optional(),
  classifierTimeoutMs: env.int(100, 300_000).default(15_000),
  onClassifierError: z.enum(['retry', 'review']).default('retry'),
  concurrency: env.int(1, 256).default(4),
};

/** The environment variables the moderator reads (besides the shared stream settings). */
export const moderatorConfigVars = {
  policyFile: 'MODERATION_POLICY_FILE',
  policyJson: 'MODERATION_POLICY',
  authorisedBrands: 'MODERATION_AUTHORISED_BRANDS',
  classifierUrl: 'MODERATION_CLASSIFIER_URL',
  classifierModel: 'MODERATION_CLASSIFIER_MODEL',
  classifierApiKey: 'MODERATION_CLASSIFIER_API_KEY',
  classifierTimeoutMs: 'MODERATION_CLASSIFIER_TIMEOUT_MS',
  onClassifierError: 'MODERATION_ON_CLASSIFIER_ERROR',
  concurrency: 'MODERATION_CONCURRENCY',
} as const;

export interface ModeratorConfig {
  readonly policy: ModerationPolicy;
  /** Where the policy came from: "default", "file:<path>" or "env". */
  readonly policySource: string;
  readonly classifier: { readonly baseUrl: string; readonly model: string; readonly apiKey?: string; readonly timeoutMs: number } | null;
  readonly onClassifierError: 'retry' | 'review';
  readonly concurrency: number;
}

const fail = (field: string, message: string): never => {
  throw new ConfigError([{ field, message }]);
};

function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    return fail(field, `not valid JSON (${(e as Error).message})`);
  }
}

/**
 * Parses the moderator's configuration: the routing policy from MODERATION_POLICY_FILE (a JSON file) or
 * MODERATION_POLICY (JSON), laid over the default policy (it must carry its own policyVersion), else the default; supplier brand authorisations from MODERATION_AUTHORISED_BRANDS
 * (JSON supplierId → brand ids, added to the policy's own); the optional classifier endpoint. The result is frozen;
 * a bad value throws ConfigError naming the environment variable (and, for the policy, the field inside it).
 */
export function parseModeratorConfig(source: Record<string, string | undefined>, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): ModeratorConfig {
  const c = parseConfig(shape, source, moderatorConfigVars);
  const v = moderatorConfigVars;
  if (c.policyFile && c.policyJson) fail(v.policyJson, `set either ${v.policyFile} or ${v.policyJson}, not both`);

  let input: unknown = DEFAULT_POLICY_INPUT;
  let policySource = 'default';
  let policyVar: string = v.policyJson;
  if (c.policyFile) {
    let text = '';
    try {
      text = readFile(c.policyFile);
    } catch (e) {
      fail(v.policyFile, `cannot read ${c.policyFile} (${(e as Error).message})`);
    }
    input = parseJson(text, v.policyFile);
    policySource = `file:${c.policyFile}`;
    policyVar = v.policyFile;
  } else if (c.policyJson) {
    input = parseJson(c.policyJson, v.policyJson);
    policySource = 'env';
  }

  if (policySource !== 'default') {
    // A configured policy is laid over the default one (top-level fields), so operators state only what they change.
    // It must name its own version: a verdict under a changed policy must not carry the default's version.
    if (typeof input !== 'object' || input === null || Array.isArray(input)) fail(policyVar, 'must be a JSON object (a moderation policy)');
    const own = input as Record<string, unknown>;
    if (typeof own.policyVersion !== 'string' || own.policyVersion.trim() === '') fail(policyVar, 'moderation policy: policyVersion must be set (a non-empty string) when the policy is configured');
    input = { ...DEFAULT_POLICY_INPUT, ...own };
  }

  if (c.authorisedBrands) {
    const auth = parseJson(c.authorisedBrands, v.authorisedBrands);
    if (typeof auth !== 'object' || auth === null || Array.isArray(auth)) fail(v.authorisedBrands, 'must be a JSON object supplierId → list of brand ids');
    const base = input as { trademark?: { authorisations?: Record<string, unknown> } };
    input = { ...base, trademark: { ...base.trademark, authorisations: { ...base.trademark?.authorisations, ...(auth as Record<string, unknown>) } } };
  }

  let policy: ModerationPolicy;
  try {
    policy = parseModerationPolicy(input);
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    const field = e.field.startsWith('trademark.authorisations') && c.authorisedBrands ? v.authorisedBrands : policyVar;
    return fail(field, e.message);
  }

  if (c.classifierUrl && !c.classifierModel) fail(v.classifierModel, `required when ${v.classifierUrl} is set`);
  const classifier = c.classifierUrl
    ? { baseUrl: c.classifierUrl, model: c.classifierModel!, ...(c.classifierApiKey ? { apiKey: c.classifierApiKey } : {}), timeoutMs: c.classifierTimeoutMs }
    : null;
  return deepFreeze({ policy, policySource, classifier, onClassifierError: c.onClassifierError, concurrency: c.concurrency });
}
