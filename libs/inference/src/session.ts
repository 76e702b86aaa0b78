import ort from 'onnxruntime-node';
import type { ExecutionProviderName, SessionSettings } from './config';
import { describeError } from './errors';
import type { InferenceLogger } from './logger';

export interface ProviderAttempt {
  readonly provider: ExecutionProviderName;
  readonly reason: string;
}

export interface CreatedSession {
  readonly session: ort.InferenceSession;
  readonly provider: ExecutionProviderName;
  /** Providers tried before the active one, with why each failed. Empty when the first choice worked. */
  readonly fallbacks: readonly ProviderAttempt[];
}

/** Provider order actually tried: the configured list, then the CPU provider unless disabled or already listed. */
export function providerOrder(requested: readonly ExecutionProviderName[], cpuFallback: boolean): ExecutionProviderName[] {
  const order = [...new Set(requested)];
  if (cpuFallback && !order.includes('cpu')) order.push('cpu');
  return order;
}

function sessionOptions(provider: ExecutionProviderName, s: SessionSettings): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: provider === 'cuda' ? [{ name: 'cuda', deviceId: s.cudaDeviceId }] : ['cpu'],
    intraOpNumThreads: s.intraOpNumThreads,
    interOpNumThreads: s.interOpNumThreads,
    graphOptimizationLevel: s.graphOptimizationLevel,
    executionMode: s.executionMode,
    enableCpuMemArena: s.enableCpuMemArena,
    // Native logging at "error" and above; we log provider fallbacks ourselves with context.
    logSeverityLevel: 3,
  };
}

/**
 * Creates a session on the first provider that works. onnxruntime-node does not fall back by itself:
 * `executionProviders: ['cuda', 'cpu']` makes the whole create() fail when the CUDA provider library is
 * absent (the npm package ships the CPU build; providers_shared/providers_cuda are not bundled), so each
 * provider gets its own attempt. See https://onnxruntime.ai/docs/get-started/with-javascript/node.html
 * and https://onnxruntime.ai/docs/execution-providers/CUDA-ExecutionProvider.html (requirements).
 */
export async function createSessionWithFallback(
  modelBytesOrPath: string | Uint8Array,
  settings: SessionSettings,
  requested: readonly ExecutionProviderName[],
  logger: InferenceLogger,
  context: Record<string, unknown> = {},
): Promise<CreatedSession> {
  const order = providerOrder(requested, settings.cpuFallback);
  const fallbacks: ProviderAttempt[] = [];
  for (const provider of order) {
    try {
      const options = sessionOptions(provider, settings);
      const session =
        typeof modelBytesOrPath === 'string'
          ? await ort.InferenceSession.create(modelBytesOrPath, options)
          : await ort.InferenceSession.create(modelBytesOrPath, options);
      if (fallbacks.length > 0) {
        logger.warn({ ...context, provider, fallbacks }, `execution provider fallback: running on ${provider}`);
      }
      return { session, provider, fallbacks };
    } catch (err) {
      const reason = describeError(err);
      fallbacks.push({ provider, reason });
      logger.warn({ ...context, provider, reason }, `execution provider ${provider} unavailable`);
    }
  }
  const summary = fallbacks.map((f) => `${f.provider}: ${f.reason}`).join('; ');
  throw new Error(`no execution provider could create a session (tried ${order.join(', ')}): ${summary}`);
}
