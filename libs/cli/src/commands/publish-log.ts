import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Message } from 'kafkajs';
import { ensureTopics } from '@vitrine/events';
import { readEventLog, sortLogFiles } from '@vitrine/pipeline';
import { clusterOptions, connectCluster } from '../cluster';

export const publishLogUsage = `vitrine publish-log <file.avro|dir…> [--brokers H:P,…] [--registry URL] [--topic-prefix P] [--partitions N]`;

export const publishLogHelp = `${publishLogUsage}

Publishes the event log of a \`vitrine describe\` run (OUT/events/*.avro, one Avro object container file per event
type) into the Kafka topics, each value re-encoded through the schema registry (Confluent wire format), keyed by
productId so every product's events stay ordered on one partition. A folder stands for the *.avro files in it
(the output folder of a describe run for its events/ folder);
files are published in pipeline order (ImageUploaded first). Derived event ids are deterministic, so consumers
dedupe a log that is published twice. Missing topics are created (with their .dlq) with --partitions partitions.

Environment: KAFKA_BROKERS, SCHEMA_REGISTRY_URL, TOPIC_PREFIX, TOPIC_PARTITIONS (flags win).`;

export async function runPublishLog(argv: string[], out: { write(s: string): unknown } = process.stdout): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { ...clusterOptions, partitions: { type: 'string' } } });
  if (!positionals.length) throw new Error(`no log given\n\n${publishLogUsage}`);
  const files = sortLogFiles((await Promise.all(positionals.map(expand))).flat());
  if (!files.length) throw new Error(`no .avro files in ${positionals.join(', ')}`);
  const { cfg, kafka, topics, codec } = connectCluster(values);
  const partitions = values.partitions ? Number(values.partitions) : cfg.topicPartitions;
  if (!Number.isInteger(partitions) || partitions < 1) throw new Error(`--partitions must be a positive integer, got "${values.partitions}"`);

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const admin = kafka.admin();
  await Promise.all([producer.connect(), admin.connect()]);
  try {
    let total = 0;
    for (const file of files) {
      let batch: Message[] = [];
      let topic = '';
      let count = 0;
      const flush = async () => {
        if (batch.length) await producer.send({ topic, messages: batch, acks: -1 });
        count += batch.length;
        batch = [];
      };
      for await (const { event, value } of readEventLog(file)) {
        if (!topic) {
          topic = topics.topic(event);
          await ensureTopics(admin, [{ topic, partitions, withDlq: true }]);
        }
        batch.push({ key: value.productId, value: await codec.encode(event, value), headers: { 'vitrine.event': event, 'vitrine.event-id': value.eventId } });
        if (batch.length >= 500) await flush();
      }
      await flush();
      total += count;
      out.write(`${file} → ${topic || '(empty)'}: ${count} event(s)\n`);
    }
    out.write(`published ${total} event(s) from ${files.length} file(s) to ${cfg.brokers.join(',')}\n`);
    return 0;
  } finally {
    await Promise.allSettled([producer.disconnect(), admin.disconnect()]);
  }
}

async function expand(path: string): Promise<string[]> {
  const s = await stat(path).catch(() => {
    throw new Error(`${path}: no such file or folder`);
  });
  if (!s.isDirectory()) return [path];
  const names = await readdir(path);
  // The output folder of a describe run stands for its events/ folder.
  if (!names.some((f) => f.endsWith('.avro')) && names.includes('events')) return expand(join(path, 'events'));
  return names.filter((f) => f.endsWith('.avro')).map((f) => join(path, f));
}
