/** One `vitrine` subcommand: lazy-loaded so `vitrine --help` does not load sharp, onnxruntime or kafkajs. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Full help for `vitrine <command> --help`; the usage line and summary when absent. */
  help?: () => Promise<string>;
  run: (argv: string[]) => Promise<number>;
}

export const commands: Command[] = [
  {
    name: 'describe',
    summary: 'describe product photos in one process, no infrastructure: JSON per product, HTML preview, Avro event log',
    usage: 'vitrine describe <files|folders|URLs…> [--out DIR] [--locales en,de,…] [--market M] [--category-hint C] [--describer offline|vlm --vlm-url URL --vlm-model NAME]',
    help: async () => (await import('./describe/options')).describeHelp,
    run: async (argv) => (await import('./describe/run')).runDescribe(argv),
  },
  {
    name: 'publish-log',
    summary: 'publish the event log of a describe run (OUT/events/*.avro) into the Kafka topics',
    usage: 'vitrine publish-log <file.avro|dir…> [--brokers H:P,…] [--registry URL] [--topic-prefix P] [--partitions N]',
    help: async () => (await import('./commands/publish-log')).publishLogHelp,
    run: async (argv) => (await import('./commands/publish-log')).runPublishLog(argv),
  },
  {
    name: 'up',
    summary: 'run every stage service in one process against Kafka (development)',
    usage: 'vitrine up [--only preprocessor,describer,…] [--brokers H:P,…] [--registry URL] [--topic-prefix P]',
    help: async () => (await import('./commands/up')).upHelp,
    run: async (argv) => (await import('./commands/up')).runUp(argv),
  },
  {
    name: 'dlq',
    summary: 'list, show or re-drive dead-letter topics',
    usage: 'vitrine dlq list|show|redrive [<topic>] [--limit N] [--dry-run]',
    help: async () => (await import('./commands/dlq')).dlqHelp,
    run: async (argv) => (await import('./commands/dlq')).runDlq(argv),
  },
  {
    name: 'catalog',
    summary: 'rebuild the catalog read model blue/green from the log (resumable), or show which namespace serves',
    usage: 'vitrine catalog rebuild|status [--redis URL] [--key-prefix P] [--pin-model-version V] [--keep-old]',
    help: async () => (await import('./commands/catalog')).catalogHelp,
    run: async (argv) => (await import('./commands/catalog')).runCatalog(argv),
  },
  {
    name: 'replay',
    summary: 'after a model upgrade, re-describe the selected uploads under the new model version (resumable; --dry-run counts)',
    usage: 'vitrine replay --model-version <v> [--since <time>] [--category <c>] [--product <id>] [--dry-run]',
    help: async () => (await import('./commands/replay')).replayHelp,
    run: async (argv) => (await import('./commands/replay')).runReplayCommand(argv),
  },
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
