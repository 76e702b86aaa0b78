#!/usr/bin/env node
// The `vitrine` command. Registers tsx so the workspace's TypeScript sources (and their @vitrine/* path mapping)
// run as written, then hands over to the command router.
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../tsconfig.json', import.meta.url).pathname });
const { main } = await import('../libs/cli/src/main.ts');
process.exitCode = await main(process.argv.slice(2));
