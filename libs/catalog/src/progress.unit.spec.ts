import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatDuration, formatProgress } from './progress';

const p = { phase: 'building' as const, ns: 'g2', done: 2500, total: 10_000, rate: 1234.4, etaSeconds: 75 };

describe('rebuild progress', () => {
  it('draws a bar with events/s and ETA on a terminal, redrawing one line', () => {
    const out: string[] = [];
    const report = createProgressReporter({ write: (s: string) => out.push(s), isTTY: true }, { width: 10 });
    report(p);
    report({ ...p, phase: 'done', done: 10_000, etaSeconds: 0 });
    expect(out[0]).toBe('\r\x1b[2K[###-------] 25.0% 2,500/10,000 events, 1,234 events/s, ETA 1m15s — building g2');
    expect(out[1]!.endsWith('done: g2 serves\n')).toBe(true);
  });
  it('prints plain lines at most every interval otherwise, and every phase change', () => {
    let t = 0;
    const out: string[] = [];
    const report = createProgressReporter({ write: (s: string) => out.push(s) }, { lineEveryMs: 2000, now: () => t });
    report(p);
    t = 500;
    report({ ...p, done: 3000 });
    t = 2600;
    report({ ...p, done: 4000 });
    report({ ...p, phase: 'switched' });
    expect(out).toHaveLength(3);
    expect(out.every((l) => l.endsWith('\n') && !l.includes('\r') && !l.includes('#'))).toBe(true);
    expect(out[0]).toBe('25.0% 2,500/10,000 events, 1,234 events/s, ETA 1m15s — building g2\n');
  });
  it('formats durations and an unknown ETA', () => {
    expect(formatDuration(59.6)).toBe('1m00s');
    expect(formatDuration(3725)).toBe('1h02m');
    expect(formatProgress({ ...p, etaSeconds: null, total: 0, done: 0 }, 4, true)).toBe('[####] 100.0% 0/0 events, 1,234 events/s, ETA ? — building g2');
  });
});
