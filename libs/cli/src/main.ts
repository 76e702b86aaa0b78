import { commands, type Command } from './commands';

export async function main(argv: string[]): Promise<number> {
  // The CLI (a composition root) keys every message by productId with kafkajs' default partitioner on purpose.
  process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    process.stdout.write(target ? await helpOf(target) : helpText());
    return 0;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`vitrine: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(await helpOf(cmd));
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    process.stderr.write(`vitrine ${name}: ${(e as Error).message}\n`);
    return 1;
  }
}

async function helpOf(cmd: Command): Promise<string> {
  return cmd.help ? `${(await cmd.help()).trimEnd()}\n` : `${cmd.usage}\n\n${cmd.summary}\n`;
}

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `usage: vitrine <command> [options]\n\ncommands:\n${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}\n\nRun "vitrine <command> --help" for a command's options.\n`;
}
