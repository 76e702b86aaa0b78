import type { ImageUploaded } from '@vitrine/contracts';
import type { InputRecord, OutputEvent, RecordOutcome, StageHandler } from '@vitrine/stream';
import type { ReplayCounts } from './domain/progress';
import { selects, type ReplaySelection } from './domain/selection';

export interface ReplayHandlerOptions {
  selection: ReplaySelection;
  /** Per partition, the first offset NOT to replay (the end offsets taken at start): later uploads are live traffic. */
  endOffsets: ReadonlyMap<number, bigint>;
  /** The runner's attempts per record; a record still failing at this attempt is dead-lettered (for the count). */
  maxRecordAttempts: number;
  counts: ReplayCounts;
  /** Per partition, the highest offset seen (progress: uploads read). */
  seen: Map<number, bigint>;
  /** Distinct products among the selected uploads. */
  products: Set<string>;
}

/**
 * The replay's handler: ImageUploaded → the preprocessor's handler → (on a cache miss) the describer's handler, in
 * one call, both pinned to the new model version. A record's outputs are everything the two stages emitted for it
 * (ImagePreprocessed, then DescriptionGenerated; or the cached DescriptionGenerated alone), so the runner writes
 * them to the real topics and commits the upload's offset only after both are acknowledged. A failure in either
 * stage is the upload's failure: a retry re-runs the preprocessing too (it is deterministic), poison dead-letters
 * the upload. Uploads not selected, or past the end offsets, pass with no output.
 */
export function createReplayHandler(preprocess: StageHandler<'ImageUploaded'>, describe: StageHandler<'ImagePreprocessed'>, o: ReplayHandlerOptions): StageHandler<'ImageUploaded'> {
  return async (records, ctx) => {
    const out: RecordOutcome[] = records.map(() => ({ outputs: [] }));
    const chosen: number[] = [];
    records.forEach((r, i) => {
      const off = BigInt(r.offset);
      if (off > (o.seen.get(r.partition) ?? -1n)) o.seen.set(r.partition, off);
      const end = o.endOffsets.get(r.partition) ?? 0n;
      if (off < end && selects(r.value as ImageUploaded, o.selection)) chosen.push(i);
    });
    if (ctx.attempt === 1) {
      for (const i of chosen) {
        o.counts.selected++;
        o.products.add(records[i]!.value.productId);
      }
      o.counts.products = o.products.size;
    }
    if (chosen.length === 0) return out;

    const pre = await preprocess(chosen.map((i) => records[i]!), ctx);
    const toDescribe: Array<{ i: number; record: InputRecord<'ImagePreprocessed'> }> = [];
    chosen.forEach((i, k) => {
      const r = pre[k]!;
      out[i] = r;
      if (!('outputs' in r)) return;
      for (const ev of r.outputs) {
        if (ev.event === 'ImagePreprocessed') {
          const up = records[i]!;
          // The describer's handler takes input records; this one never was on the broker, so it carries the
          // upload's coordinates (they appear only in logs).
          toDescribe.push({ i, record: { event: 'ImagePreprocessed', value: ev.value, topic: up.topic, partition: up.partition, offset: up.offset, key: up.key, headers: {}, timestamp: up.timestamp } });
        }
      }
    });
    if (toDescribe.length) {
      const desc = await describe(toDescribe.map((d) => d.record), ctx);
      toDescribe.forEach(({ i }, k) => {
        const d = desc[k]!;
        out[i] = 'outputs' in d ? { outputs: [...(out[i] as { outputs: OutputEvent[] }).outputs, ...d.outputs] } : d;
      });
    }

    for (const i of chosen) {
      const r = out[i]!;
      if ('outputs' in r) {
        for (const ev of r.outputs) {
          if (ev.event === 'DescriptionGenerated') {
            if (ev.value.cached) o.counts.cached++;
            else o.counts.described++;
          }
        }
      } else if ('poison' in r || ctx.attempt > o.maxRecordAttempts) o.counts.deadLettered++; // the runner's last attempt is numbered maxRecordAttempts + 1
    }
    return out;
  };
}
