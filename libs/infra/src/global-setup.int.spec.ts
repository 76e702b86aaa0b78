// test/setup/infra.global.ts runs in the main vitest process; this proves its env vars and provided values
// reach the test workers (forked after the setup ran), and that they point at answering services.
import { describe, expect, inject, it } from 'vitest';
import { infraStatus } from './index';

describe('infra globalSetup', () => {
  it('hands the endpoints to test workers as env vars and as inject("infra")', () => {
    const provided = inject('infra');
    expect(process.env.KAFKA_BROKERS).toBe(provided.kafkaBrokers);
    expect(process.env.SCHEMA_REGISTRY_URL).toBe(provided.schemaRegistryUrl);
    expect(process.env.REDIS_URL).toBe(provided.redisUrl);
    expect(process.env.DATABASE_URL).toBe(provided.databaseUrl);
    for (const value of Object.values(provided)) expect(value).toBeTruthy();
  });

  it('left every service up (running here or reused from elsewhere)', async () => {
    const statuses = await infraStatus();
    for (const s of statuses) expect([s.name, s.state]).toEqual([s.name, expect.stringMatching(/^(running|foreign|external)$/)]);
  });
});
