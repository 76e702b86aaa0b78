/** What a replay has done so far; counted in the handler, shown as progress and returned as the report. */
export interface ReplayCounts {
  /** Uploads read from the log (selected or not), up to the end offsets taken at start. */
  read: number;
  /** Uploads in the log up to those end offsets. */
  total: number;
  selected: number;
  /** Distinct products among the selected uploads. */
  products: number;
  /** Selected uploads the describer described under the new version. */
  described: number;
  /** Selected uploads answered from the new version's near-duplicate cache (an image seen earlier in the replay). */
  cached: number;
  /** Selected uploads sent to the dead-letter topic. */
  deadLettered: number;
}

export const emptyCounts = (total = 0): ReplayCounts => ({ read: 0, total, selected: 0, products: 0, described: 0, cached: 0, deadLettered: 0 });

const duration = (ms: number): string => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};

/** One progress line: how far through the log, what was done, the rate and the time left. */
export function progressLine(modelVersion: string, c: ReplayCounts, elapsedMs: number): string {
  const pct = c.total ? Math.floor((c.read / c.total) * 100) : 100;
  const rate = elapsedMs > 0 ? (c.read / elapsedMs) * 1000 : 0;
  const eta = rate > 0 && c.read < c.total ? ` ETA ${duration(((c.total - c.read) / rate) * 1000)}` : '';
  return `replay ${modelVersion}: ${c.read}/${c.total} uploads read (${pct}%), ${c.selected} selected (${c.products} products), ${c.described} described, ${c.cached} from cache, ${c.deadLettered} dead-lettered, ${rate.toFixed(1)} uploads/s, ${duration(elapsedMs)} elapsed${eta}`;
}
