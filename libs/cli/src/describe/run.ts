import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pino from 'pino';
import type { DescriptionModerated, DescriptionPublished, UploadContext } from '@vitrine/contracts';
import { createEmbeddedPipeline, createEventLogWriter, type PipelineFailure } from '@vitrine/pipeline';
import { renderPreview, type PreviewFailure, type PreviewProduct } from './html';
import { expandInputs, readSource, type InputSource } from './inputs';
import { parseDescribeArgs, UsageError, type DescribeOptions } from './options';
import { createProgress } from './progress';
import { composeEmbeddedStages } from './stages';
import { thumbnailDataUrl } from './thumbnail';
import { uploadImage } from './upload';

export interface DescribeIo {
  stdout: { write(s: string): unknown };
  stderr: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
}

export interface DescribeSummary {
  products: Array<{ productId: string; source: string; status: string; file: string }>;
  failures: PreviewFailure[];
  skipped: string[];
}

/** `vitrine describe`: exit 0 when every input was described, 1 when some were not, 2 on a usage error. */
export async function runDescribe(argv: string[], io: DescribeIo = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  let opts: DescribeOptions;
  try {
    opts = parseDescribeArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`vitrine describe: ${e.message}\nRun "vitrine describe --help" for the options.\n`);
      return 2;
    }
    throw e;
  }
  const summary = await describe(opts, io);
  return summary.failures.length ? 1 : 0;
}

export async function describe(opts: DescribeOptions, io: DescribeIo): Promise<DescribeSummary> {
  const failures: PreviewFailure[] = [];
  const { sources, problems, skipped } = await expandInputs(opts.inputs, [opts.out]);
  for (const p of problems) failures.push({ source: p.label, stage: 'input', reason: p.reason });
  for (const p of problems) io.stderr.write(`vitrine describe: ${p.label}: ${p.reason}\n`);

  // Logs go to stderr, errors only unless LOG_LEVEL says otherwise: failures are reported once, in plain words, below.
  const log = pino({ level: io.env.LOG_LEVEL ?? 'error', base: { service: 'vitrine-describe' } }, pino.destination(2));
  await mkdir(opts.out, { recursive: true });
  // The event log and products describe this run only; blobs/ is content-addressed and safe to reuse.
  await Promise.all(['events', 'products'].map((d) => rm(join(opts.out, d), { recursive: true, force: true })));

  const stages = await composeEmbeddedStages(opts, io.env, log);
  const eventLog = createEventLogWriter(join(opts.out, 'events'));
  const bySource = new Map(sources.map((s) => [s.productId, s]));
  const progress = opts.quiet ? { done: () => {}, finish: () => {} } : createProgress({ total: sources.length, stream: io.stderr });
  const finished = new Set<string>();
  const finish = (productId: string, outcome: string) => {
    if (finished.has(productId)) return;
    finished.add(productId);
    progress.done(productId, outcome);
  };

  const published = new Map<string, DescriptionPublished>();
  const moderated = new Map<string, DescriptionModerated>();
  const pipeline = createEmbeddedPipeline({
    stages: stages.definitions,
    log,
    onEvent: (e) => {
      eventLog.append(e.event, e.value);
      if (e.event === 'DescriptionPublished') {
        published.set(e.value.productId, e.value as DescriptionPublished);
        finish(e.value.productId, (e.value as DescriptionPublished).moderation.status);
      } else if (e.event === 'DescriptionModerated') {
        const m = e.value as DescriptionModerated;
        moderated.set(m.productId, m);
        if (!stages.publishes(m)) finish(m.productId, m.verdict.status);
      }
    },
    onFailure: (f: PipelineFailure) => finish(f.productId, `failed in ${f.stage}: ${f.reason}`),
  });

  const context: UploadContext = { supplierId: opts.supplier, market: opts.market, categoryHint: opts.categoryHint, targetLocales: opts.locales, priceMinor: null, currency: null };
  try {
    // Intake runs a few files at a time while the stages work on what has arrived.
    let next = 0;
    const intake = async () => {
      while (next < sources.length) {
        const s = sources[next++]!;
        try {
          const upload = await uploadImage(s, await readSource(s), stages.blobs, context, Date.now());
          pipeline.publish([{ event: 'ImageUploaded', value: upload }]);
        } catch (e) {
          failures.push({ source: s.label, stage: 'intake', reason: (e as Error).message });
          finish(s.productId, `not read: ${(e as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, sources.length) }, intake));
    await pipeline.idle();
  } finally {
    progress.finish();
    await stages.close();
    await eventLog.close();
  }

  for (const f of pipeline.failures) {
    failures.push({ source: bySource.get(f.productId)?.label ?? f.productId, stage: f.stage, reason: `${f.reason}: ${f.error.message}` });
  }

  // One record per product: the published description, or for a product held by moderation (needs review or rejected,
  // which the publisher does not publish) the same shape built from its moderation, so the preview shows why.
  const products: PreviewProduct[] = [];
  const written: DescribeSummary['products'] = [];
  await mkdir(join(opts.out, 'products'), { recursive: true });
  for (const s of sources) {
    const p = published.get(s.productId) ?? heldForReview(moderated.get(s.productId));
    if (!p) {
      // A stage that filters an event out (e.g. a describer pinned to another model version) reports no failure.
      if (!failures.some((f) => f.source === s.label)) failures.push({ source: s.label, stage: 'pipeline', reason: 'no description came out of the pipeline, and no stage reported a failure' });
      continue;
    }
    const file = join(opts.out, 'products', `${s.productId}.json`);
    await writeFile(file, `${JSON.stringify(p, null, 2)}\n`);
    products.push({ product: p, source: s.label, thumbnail: await thumbnailDataUrl(stages.blobs, p.imageId, log) });
    written.push({ productId: s.productId, source: s.label, status: p.moderation.status, file });
  }

  const locales = opts.locales.length ? opts.locales : [...new Set(products.flatMap((p) => p.product.locales.map((l) => l.locale)))];
  await writeFile(join(opts.out, 'index.html'), renderPreview({ products, failures, locales, generatedAt: new Date() }));
  await writeFile(join(opts.out, 'failures.json'), `${JSON.stringify(failures, null, 2)}\n`);

  for (const f of failures.filter((x) => x.stage !== 'input')) io.stderr.write(`vitrine describe: ${f.source}: ${f.stage}: ${f.reason}\n`);
  const counts = new Map<string, number>();
  for (const w of written) counts.set(w.status, (counts.get(w.status) ?? 0) + 1);
  const fromCwd = relative(process.cwd(), opts.out);
  const rel = fromCwd === '' ? '.' : fromCwd.startsWith('..') ? opts.out : fromCwd;
  io.stdout.write(
    `described ${written.length} of ${sources.length + problems.length} input(s) into ${rel}/ (${[...counts].map(([k, n]) => `${n} ${k.replace('_', ' ')}`).join(', ') || 'none'})` +
      `${failures.length ? `; ${failures.length} not described, see ${rel}/failures.json` : ''}` +
      `${skipped.length ? `; ${skipped.length} non-image file(s) in folders skipped` : ''}\n` +
      `preview: ${join(rel, 'index.html')}\n`,
  );
  return { products: written, failures, skipped };
}

/** The DescriptionPublished shape for a product moderation held back (needs review, rejected): not an event. */
function heldForReview(m: DescriptionModerated | undefined): DescriptionPublished | undefined {
  if (!m) return undefined;
  const { verdict, ...rest } = m;
  return {
    ...rest,
    moderation: { status: verdict.status, policyVersion: verdict.policyVersion, moderatedEventId: m.eventId, reasons: verdict.reasons.map((r) => `${r.code}: ${r.message}`) },
    review: null,
  };
}

export type { InputSource };
