import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The stream runtime's Prometheus metrics; one registry per process (or per stage in tests). */
export interface StageMetrics {
  registry: Registry;
  consumed: Counter<'stage' | 'topic'>;
  produced: Counter<'stage' | 'topic'>;
  deadLettered: Counter<'stage' | 'topic' | 'reason'>;
  batchSize: Histogram<'stage'>;
  handlerSeconds: Histogram<'stage'>;
  consumerLag: Gauge<'stage' | 'topic' | 'partition'>;
  retries: Counter<'stage'>;
}

export function createStageMetrics(registry = new Registry(), opts: { defaultMetrics?: boolean } = {}): StageMetrics {
  if (opts.defaultMetrics) collectDefaultMetrics({ register: registry });
  const r = [registry];
  return {
    registry,
    consumed: new Counter({ name: 'vitrine_consumed_total', help: 'Messages consumed', labelNames: ['stage', 'topic'], registers: r }),
    produced: new Counter({ name: 'vitrine_produced_total', help: 'Messages produced', labelNames: ['stage', 'topic'], registers: r }),
    deadLettered: new Counter({ name: 'vitrine_dead_lettered_total', help: 'Messages sent to a dead-letter topic', labelNames: ['stage', 'topic', 'reason'], registers: r }),
    batchSize: new Histogram({ name: 'vitrine_batch_size', help: 'Messages per handler call', labelNames: ['stage'], buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512], registers: r }),
    handlerSeconds: new Histogram({ name: 'vitrine_handler_seconds', help: 'Handler latency per call', labelNames: ['stage'], buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers: r }),
    consumerLag: new Gauge({ name: 'vitrine_consumer_lag', help: 'High watermark minus consumed offset', labelNames: ['stage', 'topic', 'partition'], registers: r }),
    retries: new Counter({ name: 'vitrine_transient_retries_total', help: 'Transient failures retried', labelNames: ['stage'], registers: r }),
  };
}
