/** One `vitrine` subcommand: lazy-loaded so `vitrine --help` does not load sharp, onnxruntime or kafkajs. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run: (argv: string[]) => Promise<number>;
}

export const commands: Command[] = [
  {
    name: 'infra',
    summary: 'start, stop or inspect the local Kafka, schema registry, Redis and PostgreSQL',
    usage: 'vitrine infra up|down|status [--only kafka,registry,redis,postgres]',
    run: async (argv) => (await import('@vitrine/infra')).runInfraCommand(argv),
  },
  {
    name: 'schemas',
    summary: 'register the Avro schemas, check them for BACKWARD compatibility, or regenerate the TypeScript types',
    usage: 'vitrine schemas register|check|codegen [--registry URL] [--topic-prefix P]',
    run: async (argv) => (await import('@vitrine/events')).runSchemasCommand(argv),
  },
];
