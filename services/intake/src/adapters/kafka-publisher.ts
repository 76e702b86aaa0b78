import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import type { ImageUploaded } from '@vitrine/contracts';
import type { EventCodec } from '@vitrine/events';
import type { PublishImageUploaded } from '../ports';

export interface KafkaPublisher {
  publish: PublishImageUploaded;
  connected(): boolean;
  close(): Promise<void>;
}

/**
 * ImageUploaded to Kafka: Avro via the registry codec, key = productId (a product's events stay on one partition),
 * idempotent producer with acks=all, so a retried send never writes a duplicate and an acknowledged upload survives a
 * broker loss. One send in flight at a time (what the idempotent producer needs for ordering); uploads that arrive
 * while a send is in flight are batched into the next send, so throughput grows with concurrency without a linger
 * delay on a quiet API.
 */
export async function createKafkaPublisher(kafka: Kafka, codec: EventCodec, opts: { maxBatch?: number; maxQueueMs?: number } = {}): Promise<KafkaPublisher> {
  const topic = codec.topics.topic('ImageUploaded');
  const maxBatch = opts.maxBatch ?? 500;
  // An upload still waiting for its send after this long is failed without being sent: its HTTP request has (or is
  // about to have) answered 503, and a client retry must not find the first attempt recorded after all.
  const maxQueueMs = opts.maxQueueMs ?? 10_000;
  // The murmur2 partitioner (kafkajs' v2 default, same as the Java client): key = productId → same partition everywhere.
  const producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
  let isConnected = false;
  producer.on(producer.events.CONNECT, () => (isConnected = true));
  producer.on(producer.events.DISCONNECT, () => (isConnected = false));
  await producer.connect();
  isConnected = true;

  type Pending = { message: Message; since: number; resolve: () => void; reject: (e: unknown) => void };
  let queue: Pending[] = [];
  let sending = false;

  const flush = async (): Promise<void> => {
    if (sending || queue.length === 0) return;
    sending = true;
    const now = Date.now();
    for (const p of queue) if (now - p.since > maxQueueMs) p.reject(new Error(`not sent: waited over ${maxQueueMs} ms for the producer`));
    queue = queue.filter((p) => now - p.since <= maxQueueMs);
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    if (batch.length === 0) return void (sending = false);
    try {
      await producer.send({ topic, acks: -1, messages: batch.map((p) => p.message) });
      for (const p of batch) p.resolve();
    } catch (e) {
      for (const p of batch) p.reject(e);
    } finally {
      sending = false;
      void flush();
    }
  };

  return {
    async publish(event: ImageUploaded) {
      const value = await codec.encode('ImageUploaded', event);
      await new Promise<void>((resolve, reject) => {
        queue.push({ message: { key: event.productId, value, headers: { correlationId: event.correlationId } }, since: Date.now(), resolve, reject });
        void flush();
      });
    },
    connected: () => isConnected,
    async close() {
      while (sending || queue.length) await new Promise((r) => setTimeout(r, 10));
      await producer.disconnect();
    },
  };
}
