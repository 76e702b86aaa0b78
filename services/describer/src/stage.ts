import type { ImagePreprocessed } from '@vitrine/contracts';
import { renderPrompt, selectTemplate, type AttributeSchema, type VlmOutput } from '@vitrine/describe-prompts';
import { sniffContentType, type SniffedFormat } from '@vitrine/imaging';
import { PoisonError, UnavailableError, type RecordOutcome, type StageDefinition, type StageHandler } from '@vitrine/stream';
import { VlmBadOutput, VlmRequestRejected, VlmUnavailable } from './adapters/vlm/errors';
import type { VlmImage, VlmRequest, VlmSampling } from './adapters/vlm/types';
import type { ColorAnalysis } from './domain/colors';
import { DESCRIBER_STAGE, type DescribingModel } from './domain/describe-event';
import { describeImage, OFFLINE_TEMPLATE, promptInputFor } from './domain/describe-image';
import type { RgbImage } from './domain/image';
import type { OcrLineInput } from './domain/ocr-line';
import type { TextRules } from './domain/text-rules';
import { templateFamilyOf } from './domain/vocabulary';
import { DerivativeNotFound, InvalidDerivative, type CacheEntry, type DescriberPorts } from './ports';

export const DESCRIBER_VERSION = '0.1.0';

export interface DescriberStageOptions {
  /** Recorded on every event: "offline-ocr-color", or the served VLM name. */
  modelId: string;
  /** This describer's model version. Input pinned to another version is skipped (a replay runs its own group). */
  modelVersion: string;
  rules: TextRules;
  schema: AttributeSchema;
  /** Locale of the VLM's free text. Default "en". */
  freeTextLocale?: string;
  /** Derivatives loaded and decoded at once. Default 8. */
  ioConcurrency?: number;
  /** Per-request overrides of the VLM sampling (a replay pins temperature 0 and a seed). */
  sampling?: Partial<VlmSampling>;
  /** Default `describer@<DESCRIBER_VERSION>`. */
  producer?: string;
}

type Log = { warn(obj: object, msg: string): void; error(obj: object, msg: string): void; debug?(obj: object, msg: string): void };
const quiet: Log = { warn: () => {}, error: () => {} };

/** One record's work in flight through the batch. */
interface Work {
  i: number;
  input: ImagePreprocessed;
  started: number;
  timings: Record<string, number>;
  bytes?: Uint8Array;
  image?: RgbImage;
  lines?: OcrLineInput[];
  colors?: ColorAnalysis;
  vlm?: VlmOutput | null;
  model?: DescribingModel;
}

/** The derivative formats a VLM data URL may carry (VlmImage's mime types). */
const VLM_FORMATS: ReadonlySet<SniffedFormat> = new Set(['jpeg', 'png', 'webp']);

const ms = (since: number) => Math.round((performance.now() - since) * 10) / 10;

/**
 * The describer's stage: micro-batches of ImagePreprocessed → DescriptionGenerated.
 *
 * Per batch: load and decode the derivatives (bounded concurrency), run OCR once over the whole batch (the OCR batches
 * detection by shape and recognition across images), measure colours, ask the model server for every image with N
 * requests in flight (VLM mode), assemble and validate each description, emit, and remember each one in the
 * near-duplicate cache of this model version.
 *
 * Routes (see ports.ts): a dependency that is down fails the batch as transient (the runner backs off and pauses);
 * one image that fails is retried, then dead-lettered; one that can never succeed is dead-lettered at once.
 */
export function createDescriberHandler(ports: DescriberPorts, options: DescriberStageOptions, log: Log = quiet): StageHandler<'ImagePreprocessed'> {
  const producer = options.producer ?? `${DESCRIBER_STAGE}@${DESCRIBER_VERSION}`;
  const ioConcurrency = Math.max(1, options.ioConcurrency ?? 8);
  const locale = options.freeTextLocale ?? 'en';
  const schema: AttributeSchema = options.schema;

  return async (records, ctx) => {
    const out: RecordOutcome[] = new Array(records.length);
    let unavailable: UnavailableError | null = null;

    /** Routes one image's failure; a dependency failure is remembered and fails the whole batch below. */
    const settle = (w: Work, e: unknown): void => {
      const err = e instanceof Error ? e : new Error(String(e));
      if (err instanceof UnavailableError) unavailable ??= err;
      else if (err instanceof VlmUnavailable) unavailable ??= new UnavailableError(err.message, { cause: err });
      else if (err instanceof VlmRequestRejected && ![400, 413, 422].includes(err.status)) {
        // 401/403/404: the deployment is wrong (key, URL, model name), not the image; dead-lettering would drain the topic.
        unavailable ??= new UnavailableError(`model server refuses every request (${err.status}): check VLM_URL, VLM_MODEL and VLM_API_KEY; ${err.message}`, { cause: err });
      } else if (err instanceof InvalidDerivative) out[w.i] = { poison: err, reason: 'invalid_derivative' };
      else if (err instanceof PoisonError) out[w.i] = { poison: err, reason: err.reason };
      else {
        // DerivativeNotFound, VlmBadOutput (sampling may do better next time), a 400/413/422, or an unexpected error.
        if (!(err instanceof DerivativeNotFound) && !(err instanceof VlmBadOutput)) log.warn({ err, imageId: w.input.imageId }, 'describing one image failed; it will be retried');
        out[w.i] = { retry: err };
      }
    };
    const live = (ws: Work[]) => ws.filter((w) => out[w.i] === undefined);
    const check = () => {
      if (unavailable) throw unavailable;
    };

    const work: Work[] = [];
    records.forEach((r, i) => {
      if (r.value.modelVersion !== options.modelVersion) out[i] = { outputs: [] };
      else work.push({ i, input: r.value, started: performance.now(), timings: { batchSize: 0 } });
    });
    for (const w of work) w.timings.batchSize = work.length;
    if (work.length === 0) return out;

    // 1. Load and decode the derivatives.
    let next = 0;
    const loader = async () => {
      while (next < work.length && !unavailable) {
        const w = work[next++]!;
        try {
          let t = performance.now();
          w.bytes = await ports.loadDerivative(w.input.derivativeUri);
          w.timings.loadMs = ms(t);
          t = performance.now();
          w.image = await ports.decodeImage(w.bytes);
          w.timings.decodeMs = ms(t);
        } catch (e) {
          settle(w, e);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(ioConcurrency, work.length) }, loader));
    check();

    // 2. OCR over the whole batch in one call; if it fails, image by image to find the one at fault.
    let ready = live(work);
    if (ready.length > 0) {
      const t = performance.now();
      try {
        const lines = await ports.readText(ready.map((w) => w.image!));
        ready.forEach((w, k) => (w.lines = lines[k] ?? []));
      } catch (e) {
        if (e instanceof UnavailableError) throw e;
        log.warn({ err: e, images: ready.length }, 'batched OCR failed; reading image by image');
        for (const w of ready) {
          try {
            w.lines = (await ports.readText([w.image!]))[0] ?? [];
          } catch (e2) {
            settle(w, e2);
          }
        }
        check();
      }
      const batchMs = ms(t);
      for (const w of ready) {
        w.timings.ocrBatchMs = batchMs;
        w.timings.ocrMs = Math.round((batchMs / ready.length) * 10) / 10;
      }
    }

    // 3. Colours.
    for (const w of live(work)) {
      const t = performance.now();
      try {
        w.colors = ports.measureColors(w.image!);
        w.timings.colorsMs = ms(t);
      } catch (e) {
        settle(w, e);
      }
    }

    // 4. The model server (VLM mode): every image of the batch in flight at once, up to the client's concurrency.
    ready = live(work);
    if (ports.vlm && ready.length > 0) {
      if (ports.vlm.isOpen()) throw new UnavailableError('model server circuit is open: backing off');
      const requests: Array<{ w: Work; req: VlmRequest; model: DescribingModel }> = [];
      for (const w of ready) {
        // The derivative's own type, sniffed from its bytes (never a header); the sniffer names these three as VlmImage does.
        const sniffed = sniffContentType(w.bytes!);
        const mimeType = sniffed && VLM_FORMATS.has(sniffed.format) ? (sniffed.mime as VlmImage['mimeType']) : null;
        if (!mimeType) {
          settle(w, new InvalidDerivative(`derivative ${w.input.derivativeUri} is not a JPEG, PNG or WebP image`));
          continue;
        }
        const input = promptInputFor(w.input, { ocrLines: w.lines!, colors: w.colors! }, options.rules, locale);
        const template = selectTemplate(templateFamilyOf(input.category));
        const p = renderPrompt(template, input, schema);
        requests.push({
          w,
          req: { id: w.input.imageId, image: { bytes: w.bytes!, mimeType }, prompt: { system: p.system, user: p.user }, schema, ...(options.sampling ? { sampling: options.sampling } : {}) },
          model: { modelId: options.modelId, modelVersion: options.modelVersion, promptTemplateId: p.templateId, promptTemplateVersion: p.templateVersion },
        });
      }
      const t = performance.now();
      const results = await ports.vlm.describeBatch(requests.map((r) => r.req));
      const batchMs = ms(t);
      results.forEach((r, k) => {
        const { w, model } = requests[k]!;
        if (r.ok) {
          w.vlm = r.result.output;
          w.model = model;
          w.timings.vlmMs = Math.round(r.result.latencyMs * 10) / 10;
          w.timings.vlmBatchMs = batchMs;
        } else settle(w, r.error);
      });
      check();
    }

    // 5. Assemble, validate, emit.
    const cacheEntries: CacheEntry[] = [];
    for (const w of live(work)) {
      const t = performance.now();
      const model = w.model ?? { modelId: options.modelId, modelVersion: options.modelVersion, promptTemplateId: OFFLINE_TEMPLATE.id, promptTemplateVersion: OFFLINE_TEMPLATE.version };
      const timings = { ...w.timings, assembleMs: 0, totalMs: 0 };
      const result = describeImage({
        input: w.input,
        measured: { ocrLines: w.lines!, colors: w.colors! },
        vlm: w.vlm ?? null,
        rules: options.rules,
        schema,
        model,
        timings,
        now: ctx.now,
        producer,
        freeTextLocale: locale,
      });
      if (!result.ok) {
        log.error({ imageId: w.input.imageId, errors: result.errors }, 'assembled description breaks the attribute schema');
        out[w.i] = { poison: new PoisonError(`description breaks the attribute schema: ${result.errors.slice(0, 5).join('; ')}`, 'description_invalid'), reason: 'description_invalid' };
        continue;
      }
      result.event.timingsMs.assembleMs = ms(t);
      result.event.timingsMs.totalMs = ms(w.started);
      out[w.i] = { outputs: [{ event: 'DescriptionGenerated', value: result.event }] };
      cacheEntries.push({ imageId: w.input.imageId, derivativeBytes: w.bytes!, event: result.event });
    }

    // 6. The near-duplicate cache: an optimisation, so a failure is logged and the descriptions still go out.
    if (ports.storeCached && cacheEntries.length > 0) {
      try {
        await ports.storeCached(cacheEntries);
      } catch (err) {
        log.warn({ err, images: cacheEntries.length }, 'storing descriptions in the near-duplicate cache failed');
      }
    }
    return out;
  };
}

export function createDescriberStage(ports: DescriberPorts, options: DescriberStageOptions): StageDefinition<'ImagePreprocessed'> {
  return {
    stage: DESCRIBER_STAGE,
    producer: options.producer ?? `${DESCRIBER_STAGE}@${DESCRIBER_VERSION}`,
    inputs: ['ImagePreprocessed'],
    outputs: ['DescriptionGenerated'],
    defaultMode: 'batch',
    handler: ({ log }) => createDescriberHandler(ports, options, log),
    readyChecks: () => [...ports.modelReadiness(), ...(ports.vlm?.isOpen() ? ['model server circuit is open: backing off'] : [])],
  };
}
