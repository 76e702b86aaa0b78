// Local infrastructure for development, tests and CI: Kafka (KRaft), Apicurio Registry (Confluent-compatible
// API), Redis and PostgreSQL as plain local processes on 127.0.0.1, state under .vitrine/infra/.
export { infraUp, infraDown, infraStatus } from './infra';
export type { InfraOptions, InfraUpResult, ServiceStatus, ServiceState } from './infra';
export { runInfraCommand } from './command';
export type { CommandIO } from './command';
export { DEFAULT_PORTS, ENV_VARS, SERVICE_NAMES, VERSIONS, localEndpoints } from './config';
export type { InfraEndpoints, Ports, ServiceName } from './config';
export { freePort, logTail } from './process';
