// vitest globalSetup for the `int` and `e2e` projects: makes sure Kafka, the schema registry, Redis and
// PostgreSQL answer, then hands their addresses to the tests as env vars (KAFKA_BROKERS,
// SCHEMA_REGISTRY_URL, REDIS_URL, DATABASE_URL) and as `inject('infra')`.
//
// Env vars: globalSetup runs in the main vitest process before the test workers are forked, and the
// workers inherit process.env (checked by libs/infra/src/global-setup.int.spec.ts). Already-set vars
// win: infraUp then starts nothing for that service (CI or a developer pointing at other servers).
//
// Teardown leaves the services running by default: the next run reuses them (a warm start costs
// nothing, a cold one ~15 s of JVM start), and two test runs in one checkout share them, so one run
// stopping them would break the other. `npm run infra:down` stops them; VITRINE_INFRA_STOP=1 makes the
// teardown stop what this setup started (and only that).
// https://vitest.dev/config/#globalsetup
import type { TestProject } from 'vitest/node';
import { ENV_VARS, infraDown, infraUp, type InfraEndpoints, type ServiceName } from '@vitrine/infra';

declare module 'vitest' {
  export interface ProvidedContext {
    infra: Partial<InfraEndpoints>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const t0 = Date.now();
  const result = await infraUp({ log: (line) => console.log(line) });
  const endpoints: Partial<InfraEndpoints> = {
    kafkaBrokers: result.kafkaBrokers,
    schemaRegistryUrl: result.schemaRegistryUrl,
    redisUrl: result.redisUrl,
    databaseUrl: result.databaseUrl,
  };
  const values: Record<ServiceName, string | undefined> = {
    kafka: endpoints.kafkaBrokers,
    registry: endpoints.schemaRegistryUrl,
    redis: endpoints.redisUrl,
    postgres: endpoints.databaseUrl,
  };
  for (const [name, value] of Object.entries(values) as [ServiceName, string | undefined][]) {
    if (value !== undefined) process.env[ENV_VARS[name]] = value;
  }
  project.provide('infra', endpoints);
  if (result.started.length > 0) console.log(`infra: started ${result.started.join(', ')} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  return async () => {
    if (process.env.VITRINE_INFRA_STOP === '1' && result.started.length > 0) {
      await infraDown({ only: result.started, log: (line) => console.log(line) });
    }
  };
}
