import { env, parseConfig, z } from '@vitrine/config';

/** Stream settings every stage service shares; each service's main.ts passes process.env here, once. */
export const streamConfigShape = {
  brokers: env.brokers().default('127.0.0.1:9092'),
  schemaRegistryUrl: env.url().default('http://127.0.0.1:8081/apis/ccompat/v7'),
  topicPrefix: z.string().regex(/^[a-zA-Z0-9._-]*$/, 'letters, digits, ".", "_" and "-" only').default(''),
  topicPartitions: env.int(1, 1024).default(6),
  groupId: z.string().min(1).optional(),
  instanceId: z.string().min(1).default(process.pid.toString()),
  mode: z.enum(['per-message', 'batch']).optional(),
  delivery: z.enum(['at-least-once', 'exactly-once']).default('at-least-once'),
  maxBatchSize: env.int(1, 10_000).default(32),
  maxWaitMs: env.int(0, 60_000).default(50),
  partitionsConsumedConcurrently: env.int(1, 256).default(6),
  maxRecordAttempts: env.int(1, 100).default(3),
  poisonCap: env.int(1, 1_000_000).default(100),
  sessionTimeoutMs: env.int(6000, 300_000).default(30_000),
  fromBeginning: env.bool().default('true'),
  httpPort: env.int(0, 65535).default(0),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};

export const streamConfigVars = {
  brokers: 'KAFKA_BROKERS',
  schemaRegistryUrl: 'SCHEMA_REGISTRY_URL',
  topicPrefix: 'TOPIC_PREFIX',
  topicPartitions: 'TOPIC_PARTITIONS',
  groupId: 'GROUP_ID',
  instanceId: 'INSTANCE_ID',
  mode: 'STAGE_MODE',
  delivery: 'DELIVERY',
  maxBatchSize: 'MAX_BATCH_SIZE',
  maxWaitMs: 'MAX_WAIT_MS',
  partitionsConsumedConcurrently: 'PARTITIONS_CONSUMED_CONCURRENTLY',
  maxRecordAttempts: 'MAX_RECORD_ATTEMPTS',
  poisonCap: 'POISON_CAP',
  sessionTimeoutMs: 'SESSION_TIMEOUT_MS',
  fromBeginning: 'FROM_BEGINNING',
  httpPort: 'HTTP_PORT',
  logLevel: 'LOG_LEVEL',
} as const;

export type StreamConfig = ReturnType<typeof parseStreamConfig>;

export function parseStreamConfig(source: Record<string, string | undefined>) {
  return parseConfig(streamConfigShape, source, streamConfigVars);
}
