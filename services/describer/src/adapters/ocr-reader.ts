import { createOcr, type Ocr } from '@vitrine/ocr';
import type { InferenceLogger } from '@vitrine/inference';
import { UnavailableError } from '@vitrine/stream';
import type { ReadText } from '../ports';

/**
 * The PP-OCR models behind the ReadText port, loaded in the background so the service can start, answer /readyz with
 * the reason while loading or after a load failure, and never consume a record it cannot describe: until the models
 * are ready, readText throws UnavailableError and the runner holds the batch.
 */
export interface OcrReader {
  readText: ReadText;
  /** Empty when ready; otherwise why not ("loading", or the load error). */
  readiness(): string[];
  /** Settles when loading finished (resolves on failure too: the failure is in readiness()). */
  loaded: Promise<void>;
  /** The loaded OCR, once ready (for model info in logs and benchmarks). */
  ocr(): Ocr | null;
  close(): Promise<void>;
}

export function createOcrReader(opts: { config?: unknown; logger?: InferenceLogger; onError?: (err: Error) => void } = {}): OcrReader {
  let ocr: Ocr | null = null;
  let failure: Error | null = null;
  let closed = false;
  const loaded = createOcr({ ...(opts.config !== undefined ? { config: opts.config } : {}), ...(opts.logger ? { logger: opts.logger } : {}) }).then(
    async (o) => {
      if (closed) await o.close();
      else ocr = o;
    },
    (e: unknown) => {
      failure = e instanceof Error ? e : new Error(String(e));
      opts.onError?.(failure);
    },
  );
  return {
    loaded,
    ocr: () => ocr,
    readiness() {
      if (failure) return [`OCR models failed to load: ${failure.message}`];
      if (!ocr) return ['OCR models are loading'];
      const st = ocr.status();
      if (!st.ready) return st.models.filter((m) => m.state !== 'ready').map((m) => `model ${m.id} not ready: ${m.error ?? m.state}`);
      return [];
    },
    async readText(images) {
      if (images.length === 0) return [];
      if (!ocr) throw new UnavailableError(failure ? `OCR models failed to load: ${failure.message}` : 'OCR models are still loading');
      // Boxes in whole derivative pixels: the contract's PrintedText.box is an int array.
      return (await ocr.read(images)).map((lines) => lines.map((l) => ({ text: l.text, confidence: l.confidence, box: l.box.map((v) => Math.round(v)) })));
    },
    async close() {
      closed = true;
      await loaded;
      await ocr?.close();
      ocr = null;
    },
  };
}
