import { parseArgs } from 'node:util';
import { categories } from '@vitrine/taxonomy';
import { parseStreamConfig } from '@vitrine/stream';
import { clusterEnv, clusterOptions, clusterUsage } from '../cluster';

export const replayUsage = `vitrine replay --model-version <v> [--since <time>] [--category <c>] [--product <id>…] [--dry-run] [--json] ${clusterUsage}`;

export const replayHelp = `${replayUsage}

Re-describes uploads after a model or LoRA upgrade. Reads ImageUploaded from the beginning of the log up to its end
at the start of the run, in the consumer group vitrine.replay.<v>, and runs every selected upload through the
preprocessor and describer pinned to MODEL_VERSION=<v>. The near-duplicate cache misses (it is keyed by model
version); the new DescriptionGenerated events go to the real topics, so the translator, moderator, publisher, the
catalog and the search indexers move each product to the new version. The old version's events stay in the log.
Running the same command again resumes where it stopped (the group's committed offsets, one micro-batch at most is
redone, with the same event ids). With a model server (DESCRIBER=vlm) the replay decodes greedily (temperature 0)
with a seed derived from <v>, so a replay of one version is reproducible.

  --model-version <v>   the new model version (required)
  --since <time>        only uploads at or after: ISO 8601 (2026-11-30, 2026-11-30T12:00:00Z) or a duration (36h, 7d)
  --category <c>        only uploads whose category hint resolves to this taxonomy code, group or label
  --product <id>        only this product (repeat the flag, or give a comma-separated list)
  --dry-run             report how many uploads (images) and products would be replayed; change nothing
  --json                print the final report as JSON on stdout (progress stays on stderr)

The preprocessor and describer read their usual environment (BLOB_STORE_DIR, REDIS_URL, DESCRIBER, VLM_URL, OCR_*,
ORT_*, NEARDUP_*); KAFKA_BROKERS, SCHEMA_REGISTRY_URL, TOPIC_PREFIX, TOPIC_PARTITIONS, MAX_BATCH_SIZE (uploads per
micro-batch and offset commit, default 32) and MAX_RECORD_ATTEMPTS as for the stage services (flags win).`;

export async function runReplayCommand(argv: string[], env: NodeJS.ProcessEnv = process.env, out: { write(s: string): unknown } = process.stdout, err: { write(s: string): unknown } = process.stderr): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...clusterOptions,
      'model-version': { type: 'string' },
      since: { type: 'string' },
      category: { type: 'string' },
      product: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length) throw new Error(`unexpected argument "${positionals[0]}"\n\n${replayUsage}`);
  const modelVersion = values['model-version']?.trim();
  if (!modelVersion) throw new Error(`--model-version is required\n\n${replayUsage}`);
  if (modelVersion.length > 200) throw new Error('--model-version is longer than 200 characters');

  const { runReplay, parseSince, parseCategoryFilter } = await import('@vitrine/replay');
  const products = (values.product ?? []).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  const groups = new Set(categories.map((c) => c.code.split('.')[0]!));
  const selection = {
    ...(values.since !== undefined ? { since: parseSince(values.since, Date.now()) } : {}),
    ...(values.category !== undefined ? { category: parseCategoryFilter(values.category, groups) } : {}),
    ...(products.length ? { products: new Set(products) } : {}),
  };
  const serviceEnv = clusterEnv(values, env);
  const cfg = parseStreamConfig(serviceEnv);
  const tty = Boolean((err as { isTTY?: boolean }).isTTY);
  const report = await runReplay({
    modelVersion,
    selection,
    dryRun: values['dry-run'] ?? false,
    brokers: cfg.brokers,
    registryUrl: cfg.schemaRegistryUrl,
    topicPrefix: cfg.topicPrefix,
    topicPartitions: cfg.topicPartitions,
    maxBatchSize: cfg.maxBatchSize,
    maxRecordAttempts: cfg.maxRecordAttempts,
    env: serviceEnv,
    logLevel: 'warn',
    // On a terminal the line redraws in place; in a log it is one line per tick.
    onProgress: (line) => err.write(tty ? `\r\x1b[2K${line}` : `${line}\n`),
  });
  if (tty) err.write('\n');
  const c = report.counts;
  if (values.json) out.write(`${JSON.stringify(report)}\n`);
  else if (report.dryRun) out.write(`dry run: would replay ${c.selected} image(s) of ${c.products} product(s) under ${modelVersion} (of ${c.read} upload(s) in the log); nothing was changed\n`);
  else out.write(`replayed ${c.selected} image(s) of ${c.products} product(s) under ${modelVersion}: ${c.described} described, ${c.cached} from the near-duplicate cache, ${c.deadLettered} dead-lettered, in ${(report.elapsedMs / 1000).toFixed(1)} s (group ${report.groupId})\n`);
  return c.deadLettered > 0 ? 1 : 0;
}
