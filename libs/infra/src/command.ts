// `vitrine infra up|down|status [--only kafka,registry]`: human-readable output, exit code as the result.
import { ENV_VARS, ENDPOINT_KEYS, SERVICE_NAMES, VERSIONS, parseServiceList, type ServiceName } from './config';
import { infraDown, infraStatus, infraUp } from './infra';

const USAGE = `usage: vitrine infra <up|down|status> [--only ${SERVICE_NAMES.join(',')}]

  up      start Kafka ${VERSIONS.kafka} (KRaft), Apicurio Registry ${VERSIONS.apicurio}, Redis, PostgreSQL on 127.0.0.1,
          or reuse what already runs; prints the env vars to use. A set KAFKA_BROKERS, SCHEMA_REGISTRY_URL,
          REDIS_URL or DATABASE_URL means "use that service, start none".
  down    stop what 'up' started in this checkout
  status  show what runs (exit code 1 when a selected service is not up)`;

export interface CommandIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const consoleIO: CommandIO = { out: (l) => console.log(l), err: (l) => console.error(l) };

export async function runInfraCommand(argv: readonly string[], io: CommandIO = consoleIO): Promise<number> {
  const [verb, ...rest] = argv;
  let only: ServiceName[] | undefined;
  try {
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i] ?? '';
      if (arg === '--only') only = parseServiceList(rest[++i] ?? '');
      else if (arg.startsWith('--only=')) only = parseServiceList(arg.slice('--only='.length));
      else if (arg === '-h' || arg === '--help') return usage(io, 0);
      else throw new Error(`unknown argument "${arg}"`);
    }
  } catch (err) {
    io.err(`vitrine infra: ${(err as Error).message}`);
    return usage(io, 2);
  }
  try {
    switch (verb) {
      case 'up': {
        const t0 = Date.now();
        const result = await infraUp({ only, log: io.out });
        io.out(`infra: up in ${((Date.now() - t0) / 1000).toFixed(1)} s (started: ${result.started.join(', ') || 'none'})`);
        for (const name of only ?? SERVICE_NAMES) {
          const value = result[ENDPOINT_KEYS[name]];
          if (value !== undefined) io.out(`export ${ENV_VARS[name]}=${value}`);
        }
        return 0;
      }
      case 'down':
        await infraDown({ only, log: io.out });
        return 0;
      case 'status': {
        const statuses = await infraStatus({ only });
        for (const s of statuses) {
          const pid = s.pid !== undefined ? `pid ${s.pid}` : '';
          io.out(`${s.name.padEnd(9)} ${s.state.padEnd(9)} ${s.endpoint.padEnd(44)} ${pid.padEnd(10)} ${s.state === 'external' ? '' : (s.logFile ?? '')}`.trimEnd());
        }
        return statuses.every((s) => s.state === 'running' || s.state === 'foreign' || s.state === 'external') ? 0 : 1;
      }
      case undefined:
      case 'help':
        return usage(io, verb === undefined ? 2 : 0);
      default:
        io.err(`vitrine infra: unknown command "${verb}"`);
        return usage(io, 2);
    }
  } catch (err) {
    io.err((err as Error).message);
    return 1;
  }
}

function usage(io: CommandIO, code: number): number {
  (code === 0 ? io.out : io.err)(USAGE);
  return code;
}
