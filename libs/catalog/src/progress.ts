import type { RebuildProgress } from './rebuild';

/**
 * Progress of a rebuild for a person: a redrawn bar with events/s and ETA on a terminal, a plain line every few
 * seconds otherwise (CI logs, pipes), so logs never fill with carriage returns.
 */
export function createProgressReporter(out: { write(s: string): unknown; isTTY?: boolean }, opts: { width?: number; lineEveryMs?: number; now?: () => number } = {}): (p: RebuildProgress) => void {
  const width = opts.width ?? 30;
  const now = opts.now ?? Date.now;
  let lastLine = -Infinity;
  let lastPhase: string | undefined;
  return (p) => {
    const text = formatProgress(p, width, !!out.isTTY);
    if (out.isTTY) {
      out.write(`\r\x1b[2K${text}${p.phase === 'done' ? '\n' : ''}`);
      return;
    }
    const t = now();
    if (p.phase !== lastPhase || p.phase === 'done' || t - lastLine >= (opts.lineEveryMs ?? 2000)) {
      out.write(`${text}\n`);
      lastLine = t;
      lastPhase = p.phase;
    }
  };
}

export function formatProgress(p: RebuildProgress, width: number, bar: boolean): string {
  const frac = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  const pct = `${(frac * 100).toFixed(1)}%`;
  const filled = Math.round(frac * width);
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const eta = p.etaSeconds === null ? '?' : formatDuration(p.etaSeconds);
  const label = p.phase === 'building' ? `building ${p.ns}` : p.phase === 'switched' ? `draining into ${p.ns} (serving)` : `done: ${p.ns} serves`;
  const head = bar ? `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ` : '';
  return `${head}${pct} ${n(p.done)}/${n(p.total)} events, ${n(p.rate)} events/s, ETA ${eta} — ${label}`;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
