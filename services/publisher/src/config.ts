import { env, parseConfig, z } from '@vitrine/config';
import { parseStreamConfig, type StreamConfig } from '@vitrine/stream';

const publisherShape = {
  requireAllTargetLocales: env.bool().default('false'),
  producer: z.string().regex(/^[a-z0-9-]+@[\w.+-]+$/, 'expected "<service>@<version>"').default('publisher@0.1.0'),
};
const publisherVars = { requireAllTargetLocales: 'PUBLISH_REQUIRE_ALL_TARGET_LOCALES', producer: 'PRODUCER' } as const;

export interface PublisherConfig {
  stream: StreamConfig;
  requireAllTargetLocales: boolean;
  producer: string;
}

/** Stream settings plus the publisher's own; frozen, and an error names the bad environment variable. */
export function parsePublisherConfig(source: Record<string, string | undefined>): Readonly<PublisherConfig> {
  const own = parseConfig(publisherShape, source, publisherVars);
  return Object.freeze({ stream: parseStreamConfig(source), ...own });
}
