import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Admin, IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { committedOffsets, dlqHeaders, readDeadLetterHeaders, topicRanges, type PartitionRange } from '@vitrine/stream';
import { clusterOptions, clusterUsage, connectCluster, type Cluster } from '../cluster';

export const dlqUsage = `vitrine dlq list|show|redrive [<topic>] [--limit N] [--dry-run] ${clusterUsage}`;

export const dlqHelp = `${dlqUsage}

Dead-letter topics (<topic>.dlq) hold the messages a stage could not process, untouched, with why and where in
vitrine.dlq.* headers (error, error-class, reason, stage, source-topic, source-partition, source-offset,
first-failure-at, attempts).

  list                   every .dlq topic (under --topic-prefix) with its message count and how many are still
                         waiting for a re-drive
  show <topic> [--limit N]
                         the dead letters of <topic> (the source topic or its .dlq), oldest first: headers, key,
                         and the event id and product id when the value still decodes (default limit 20)
  redrive <topic> [--limit N] [--dry-run]
                         re-publishes dead letters to their source topic, original key, value and headers (the
                         vitrine.dlq.* headers dropped, vitrine.redriven-from added). Runs as consumer group
                         "vitrine.dlq-redrive.<dlq topic>" and commits that group's offsets in the same Kafka
                         transaction as the re-published messages, so a message is re-driven once, even when the
                         command is interrupted and run again. It stops at the end the topic had when it started, so
                         messages that fail again are not looped. Fix the cause first (deploy the fix), then re-drive.

Environment: KAFKA_BROKERS, SCHEMA_REGISTRY_URL, TOPIC_PREFIX (flags win).`;

type Out = { write(s: string): unknown };

export async function runDlq(argv: string[], out: Out = process.stdout): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...clusterOptions, limit: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  });
  const [action, topicArg] = positionals;
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new Error(`--limit must be a positive integer, got "${values.limit}"`);
  if (action !== 'list' && action !== 'show' && action !== 'redrive') {
    out.write(`${dlqHelp}\n`);
    return 2;
  }
  if (action !== 'list' && !topicArg) throw new Error(`dlq ${action} needs a topic (the source topic or its .dlq)`);
  const cluster = connectCluster(values);
  const admin = cluster.kafka.admin();
  await admin.connect();
  try {
    if (action === 'list') return await list(cluster, admin, out);
    const dlq = await resolveDlqTopic(admin, cluster, topicArg!);
    if (action === 'show') return await show(cluster, admin, dlq, limit ?? 20, out);
    return await redrive(cluster, admin, dlq, { limit, dryRun: values['dry-run'] }, out);
  } finally {
    await admin.disconnect();
  }
}

export const redriveGroupId = (dlq: string) => `vitrine.dlq-redrive.${dlq}`;

async function resolveDlqTopic(admin: Admin, cluster: Cluster, arg: string): Promise<string> {
  const names = new Set(await admin.listTopics());
  const candidates = arg.endsWith('.dlq') ? [arg, cluster.topics.prefix + arg] : [`${arg}.dlq`, `${cluster.topics.prefix}${arg}.dlq`];
  const found = candidates.find((t) => names.has(t));
  if (!found) throw new Error(`no dead-letter topic ${candidates[0]}${cluster.topics.prefix ? ` (nor ${candidates[1]})` : ''}; "vitrine dlq list" shows them`);
  return found;
}

interface Range extends PartitionRange {
  /** Next offset the re-drive group will read (its committed offset, or low). */
  next: bigint;
}

async function ranges(admin: Admin, topic: string, groupId?: string): Promise<Range[]> {
  const rs = await topicRanges(admin, topic);
  const committed = groupId ? await committedOffsets(admin, groupId, topic) : new Map<number, bigint>();
  return rs.map((r) => {
    const c = committed.get(r.partition);
    return { ...r, next: c === undefined || c < r.low ? r.low : c };
  });
}

async function list(cluster: Cluster, admin: Admin, out: Out): Promise<number> {
  const topics = (await admin.listTopics()).filter((t) => t.endsWith('.dlq') && t.startsWith(cluster.topics.prefix)).sort();
  if (!topics.length) {
    out.write(`no dead-letter topics${cluster.topics.prefix ? ` under prefix "${cluster.topics.prefix}"` : ''}\n`);
    return 0;
  }
  const rows = [['topic', 'messages', 'not re-driven']];
  for (const t of topics) {
    const rs = await ranges(admin, t, redriveGroupId(t));
    rows.push([t, String(rs.reduce((n, r) => n + (r.high - r.low), 0n)), String(rs.reduce((n, r) => n + (r.high - r.next), 0n))]);
  }
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) out.write(`${r[0]!.padEnd(w[0]!)}  ${r[1]!.padStart(w[1]!)}  ${r[2]!.padStart(w[2]!)}\n`);
  return 0;
}

/** Reads the given ranges (from `from` up to `high`, exclusive) with a throwaway group that commits nothing. */
async function readRanges(kafka: Kafka, admin: Admin, topic: string, rs: Range[], max: number, onMessage: (partition: number, m: KafkaMessage) => Promise<void>): Promise<number> {
  const todo = rs.filter((r) => r.next < r.high);
  if (!todo.length) return 0;
  const groupId = `vitrine-cli.dlq-show.${randomBytes(4).toString('hex')}`;
  const consumer = kafka.consumer({ groupId, readUncommitted: false });
  let seen = 0;
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const remaining = new Map(todo.map((r) => [r.partition, r]));
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    const idle = idleTimer(done);
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        idle.touch();
        const r = remaining.get(partition);
        if (!r || BigInt(message.offset) < r.next) return;
        if (seen < max) {
          seen++;
          await onMessage(partition, message);
        }
        if (BigInt(message.offset) + 1n >= r.high) remaining.delete(partition);
        if (!remaining.size || seen >= max) done();
      },
    });
    for (const r of todo) consumer.seek({ topic, partition: r.partition, offset: String(r.next) });
    await finished;
    idle.stop();
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await admin.deleteGroups([groupId]).catch(() => undefined);
  }
  return seen;
}

async function show(cluster: Cluster, admin: Admin, dlq: string, limit: number, out: Out): Promise<number> {
  const rs = (await ranges(admin, dlq)).map((r) => ({ ...r, next: r.low }));
  const total = rs.reduce((n, r) => n + (r.high - r.low), 0n);
  out.write(`${dlq}: ${total} dead letter(s)${total > BigInt(limit) ? `, showing the first ${limit}` : ''}\n`);
  await readRanges(cluster.kafka, admin, dlq, rs, limit, async (partition, m) => {
    const h = readDeadLetterHeaders(m.headers);
    out.write(`\n— ${dlq} partition ${partition} offset ${m.offset}  key ${m.key?.toString() ?? '(none)'}\n`);
    for (const [name, header] of Object.entries(dlqHeaders)) {
      const v = h[name as keyof typeof dlqHeaders];
      if (v !== undefined) out.write(`  ${header}: ${v}\n`);
    }
    out.write(`  value: ${await describeValue(cluster, h.sourceTopic, m.value)}\n`);
  });
  return 0;
}

async function describeValue(cluster: Cluster, sourceTopic: string | undefined, value: Buffer | null): Promise<string> {
  if (!value) return '(empty)';
  const event = sourceTopic ? cluster.topics.eventOf(sourceTopic) : undefined;
  if (!event) return `${value.length} bytes (source topic is not a Vitrine event topic)`;
  try {
    const v = await cluster.codec.decode(event, value);
    return `${event} eventId ${v.eventId} productId ${v.productId} (${value.length} bytes)`;
  } catch (e) {
    return `${value.length} bytes that do not decode as ${event}: ${(e as Error).message}`;
  }
}

async function redrive(cluster: Cluster, admin: Admin, dlq: string, o: { limit?: number; dryRun: boolean }, out: Out): Promise<number> {
  const groupId = redriveGroupId(dlq);
  const rs = await ranges(admin, dlq, groupId);
  const waiting = rs.reduce((n, r) => n + (r.high - r.next), 0n);
  if (waiting === 0n) {
    out.write(`${dlq}: nothing to re-drive (every dead letter was re-driven already)\n`);
    return 0;
  }
  const max = o.limit ?? Number.MAX_SAFE_INTEGER;
  if (o.dryRun) {
    out.write(`${dlq}: would re-drive ${o.limit === undefined ? waiting : Math.min(o.limit, Number(waiting))} of ${waiting} waiting dead letter(s):\n`);
    await readRanges(cluster.kafka, admin, dlq, rs, max, async (partition, m) => {
      const h = readDeadLetterHeaders(m.headers);
      out.write(`  ${partition}/${m.offset} → ${h.sourceTopic ?? dlq.replace(/\.dlq$/, '')}  (${h.reason ?? '?'}: ${h.error ?? ''})\n`);
    });
    return 0;
  }

  const producer = cluster.kafka.producer({ transactionalId: `vitrine-cli.redrive.${dlq}`, idempotent: true, maxInFlightRequests: 1 });
  const consumer = cluster.kafka.consumer({ groupId, readUncommitted: false });
  const targets = new Map<string, number>();
  let moved = 0;
  try {
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic: dlq, fromBeginning: true });
    const remaining = new Map(rs.filter((r) => r.next < r.high).map((r) => [r.partition, r]));
    let done!: () => void;
    let failed!: (e: unknown) => void;
    const finished = new Promise<void>((res, rej) => ((done = res), (failed = rej)));
    const idle = idleTimer(() => done());
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        idle.touch();
        const r = remaining.get(partition);
        if (!r || moved >= max) return;
        if (BigInt(message.offset) >= r.high) return; // arrived after we started: a later re-drive takes it
        try {
          const h = readDeadLetterHeaders(message.headers);
          const target = h.sourceTopic ?? dlq.replace(/\.dlq$/, '');
          const txn = await producer.transaction();
          try {
            await txn.send({ topic: target, acks: -1, messages: [{ key: message.key, value: message.value, headers: redrivenHeaders(message.headers, dlq, partition, message.offset) }] });
            await txn.sendOffsets({ consumerGroupId: groupId, topics: [{ topic: dlq, partitions: [{ partition, offset: String(BigInt(message.offset) + 1n) }] }] });
            await txn.commit();
          } catch (e) {
            await txn.abort().catch(() => undefined);
            throw e;
          }
          moved++;
          targets.set(target, (targets.get(target) ?? 0) + 1);
          if (BigInt(message.offset) + 1n >= r.high) remaining.delete(partition);
          if (!remaining.size || moved >= max) done();
        } catch (e) {
          failed(e);
          throw e;
        }
      },
    });
    await finished.finally(() => idle.stop());
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
  }
  out.write(`${dlq}: re-drove ${moved} dead letter(s)${[...targets].map(([t, n]) => `; ${n} → ${t}`).join('')}\n`);
  return 0;
}

/**
 * Ends a read when nothing arrives for a while. The high watermark counts transaction markers (stages running
 * exactly-once write their dead letters in transactions), so the last message may sit below high - 1 and offsets
 * alone cannot say "done".
 */
function idleTimer(onIdle: () => void, ms = 4000): { touch(): void; stop(): void } {
  let t = setTimeout(onIdle, ms * 3); // the first fetch includes joining the group
  return {
    touch() {
      clearTimeout(t);
      t = setTimeout(onIdle, ms);
    },
    stop: () => clearTimeout(t),
  };
}

/** The original headers, without the vitrine.dlq.* ones, plus where this message was re-driven from. */
export function redrivenHeaders(headers: IHeaders | undefined, dlq: string, partition: number, offset: string): IHeaders {
  const kept = Object.fromEntries(Object.entries(headers ?? {}).filter(([k]) => !k.startsWith('vitrine.dlq.') && k !== 'vitrine.redriven-from'));
  return { ...kept, 'vitrine.redriven-from': `${dlq}/${partition}/${offset}` };
}
