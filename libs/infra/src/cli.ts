// Entry point until bin/vitrine.mjs routes `vitrine infra ...` here: npx tsx libs/infra/src/cli.ts up
import { runInfraCommand } from './command';

// process.exit: probe clients (kafkajs, pg) are closed, but a stray socket must not keep `infra up` alive.
process.exit(await runInfraCommand(process.argv.slice(2)));
