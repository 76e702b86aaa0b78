import { createHttpClassifier } from './adapters/http-classifier';
import { parseModeratorConfig, type ModeratorConfig } from './config';
import type { ModeratorPorts } from './ports';
import type { ModeratorStageOptions } from './stage';

export { parseModeratorConfig };
export type { ModeratorConfig };

/**
 * The moderator's ports from its parsed config: the policy, and the HTTP classifier when an endpoint is configured
 * (else none: rules only). Shared by main.ts, the CLI and `vitrine up`.
 */
export function composeModerator(config: ModeratorConfig, deps: { fetch?: typeof fetch } = {}): ModeratorPorts {
  if (!config.classifier) return { policy: config.policy };
  const c = config.classifier;
  return {
    policy: config.policy,
    classify: createHttpClassifier({ ...c, fetch: deps.fetch }),
    classifierId: `http:${c.model}`,
  };
}

/** Stage options from the same config. */
export const moderatorStageOptions = (config: ModeratorConfig): ModeratorStageOptions => ({
  onClassifierError: config.onClassifierError,
  concurrency: config.concurrency,
});
