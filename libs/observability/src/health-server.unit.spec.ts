import { describe, expect, it } from 'vitest';
import { createStageMetrics } from './metrics';
import { startHealthServer } from './health-server';

describe('health server', () => {
  it('answers liveness, readiness with reasons, and Prometheus metrics', async () => {
    const m = createStageMetrics();
    m.consumed.inc({ stage: 's', topic: 't' }, 3);
    let ready = false;
    const h = await startHealthServer({ port: 0, host: '127.0.0.1', registry: m.registry, live: () => true, ready: () => ({ ready, reasons: ready ? [] : ['model ocr-det failed to load'] }) });
    try {
      const base = `http://127.0.0.1:${h.port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const notReady = await fetch(`${base}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ reasons: ['model ocr-det failed to load'] });
      ready = true;
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      expect(await (await fetch(`${base}/metrics`)).text()).toContain('vitrine_consumed_total{stage="s",topic="t"} 3');
    } finally {
      await h.close();
    }
  });

  it("hands every other path to the service's own handler, and answers 404 without one", async () => {
    const m = createStageMetrics();
    const seen: string[] = [];
    const h = await startHealthServer({
      port: 0, host: '127.0.0.1', registry: m.registry, live: () => true, ready: () => ({ ready: true, reasons: [] }),
      handle: (req, res) => { seen.push(req.url ?? ''); res.writeHead(200, { 'content-type': 'text/plain' }).end('search'); },
    });
    const bare = await startHealthServer({ port: 0, host: '127.0.0.1', registry: m.registry, live: () => true, ready: () => ({ ready: true, reasons: [] }) });
    try {
      expect(await (await fetch(`http://127.0.0.1:${h.port}/v1/search?q=mug`)).text()).toBe('search');
      expect((await fetch(`http://127.0.0.1:${h.port}/healthz`)).status).toBe(200);
      expect(seen).toEqual(['/v1/search?q=mug']);
      expect((await fetch(`http://127.0.0.1:${bare.port}/v1/search`)).status).toBe(404);
    } finally {
      await Promise.all([h.close(), bare.close()]);
    }
  });
});
