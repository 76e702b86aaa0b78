/**
 * Progress of a describe run on stderr: on a terminal, one bar redrawn in place with images/s and ETA; otherwise
 * (CI logs, pipes) one plain line per finished image, so logs stay greppable.
 */
export interface Progress {
  /** One image is finished (described, held for review, or failed). */
  done(productId: string, outcome: string): void;
  finish(): void;
}

export interface ProgressOptions {
  total: number;
  stream: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean; columns?: number };
  now?: () => number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The bar's text for a given state (pure, for tests). */
export function progressLine(done: number, total: number, elapsedS: number, width = 80): string {
  const rate = elapsedS > 0 ? done / elapsedS : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  const stats = ` ${done}/${total} images  ${rate.toFixed(2)} images/s  ETA ${done >= total ? '0:00' : formatDuration(eta)}`;
  const barWidth = Math.max(10, Math.min(40, width - stats.length - 3));
  const filled = total ? Math.round((done / total) * barWidth) : barWidth;
  return `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]${stats}`;
}

export function createProgress(o: ProgressOptions): Progress {
  const now = o.now ?? (() => performance.now());
  const started = now();
  const tty = !!o.stream.isTTY;
  let done = 0;
  let last = 0;
  const draw = () => o.stream.write(`\r\x1b[2K${progressLine(done, o.total, (now() - started) / 1000, o.stream.columns || 80)}`);
  if (tty) draw();
  const timer = tty ? setInterval(draw, 500) : undefined;
  timer?.unref();
  return {
    done(productId, outcome) {
      done++;
      if (tty) {
        if (now() - last > 100 || done === o.total) draw();
        last = now();
      } else {
        const elapsed = (now() - started) / 1000;
        o.stream.write(`[${done}/${o.total}] ${productId}: ${outcome} (${(done / Math.max(elapsed, 1e-3)).toFixed(2)} images/s)\n`);
      }
    },
    finish() {
      if (timer) clearInterval(timer);
      if (tty) {
        draw();
        o.stream.write('\n');
      }
    },
  };
}
