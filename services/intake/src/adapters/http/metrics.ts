import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of the intake API, served at /metrics. */
export interface IntakeMetrics {
  registry: Registry;
  requests: Counter<'route' | 'status' | 'problem'>;
  seconds: Histogram<'route'>;
  acceptedBytes: Counter<'source'>;
}

export function createIntakeMetrics(registry = new Registry(), opts: { defaultMetrics?: boolean } = {}): IntakeMetrics {
  if (opts.defaultMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({ name: 'vitrine_intake_requests_total', help: 'Intake API requests by route, status and problem type', labelNames: ['route', 'status', 'problem'], registers }),
    seconds: new Histogram({ name: 'vitrine_intake_request_seconds', help: 'Intake API request latency', labelNames: ['route'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers }),
    acceptedBytes: new Counter({ name: 'vitrine_intake_accepted_bytes_total', help: 'Image bytes accepted, by upload or by URL', labelNames: ['source'], registers }),
  };
}
