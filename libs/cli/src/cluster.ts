import { Kafka, logLevel } from 'kafkajs';
import { topicMap, type TopicMap } from '@vitrine/contracts';
import { createEventCodec, createRegistryClient, type EventCodec } from '@vitrine/events';
import { parseStreamConfig, type StreamConfig } from '@vitrine/stream';

/** Options every command that talks to the cluster accepts; flags win over the environment (KAFKA_BROKERS …). */
export const clusterOptions = {
  brokers: { type: 'string' },
  registry: { type: 'string' },
  'topic-prefix': { type: 'string' },
} as const;

export const clusterUsage = '[--brokers H:P,…] [--registry URL] [--topic-prefix P]';

export interface Cluster {
  cfg: StreamConfig;
  kafka: Kafka;
  topics: TopicMap;
  codec: EventCodec;
}

export interface ClusterFlags {
  brokers?: string;
  registry?: string;
  'topic-prefix'?: string;
}

/** The environment with the cluster flags written over the variables they stand for (flags win). */
export function clusterEnv(flags: ClusterFlags, env: Record<string, string | undefined>): Record<string, string | undefined> {
  return {
    ...env,
    ...(flags.brokers !== undefined && { KAFKA_BROKERS: flags.brokers }),
    ...(flags.registry !== undefined && { SCHEMA_REGISTRY_URL: flags.registry }),
    ...(flags['topic-prefix'] !== undefined && { TOPIC_PREFIX: flags['topic-prefix'] }),
  };
}

// kafkajs logs errors it retries itself (e.g. CONCURRENT_TRANSACTIONS while a transaction completes); a command
// reports what finally failed, in words, so the client stays silent.
/** The CLI is a composition root: it reads the environment here, once, through the same parser the services use. */
export function connectCluster(flags: ClusterFlags, env: NodeJS.ProcessEnv = process.env): Cluster {
  const cfg = parseStreamConfig(clusterEnv(flags, env));
  const kafka = new Kafka({ clientId: 'vitrine-cli', brokers: [...cfg.brokers], logLevel: logLevel.NOTHING, retry: { retries: 5, initialRetryTime: 200 } });
  const topics = topicMap(cfg.topicPrefix);
  return { cfg, kafka, topics, codec: createEventCodec(createRegistryClient(cfg.schemaRegistryUrl), topics) };
}
