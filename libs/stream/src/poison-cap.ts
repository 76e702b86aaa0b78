import { PoisonCapExceeded } from './errors';

/**
 * Counts consecutive poison messages in processing order. A success resets the count. `plan` checks a whole unit
 * of work before anything of it is written, so a unit that would cross the cap is refused as a whole and its
 * messages stay in the topic for after the fix.
 */
export class PoisonCap {
  private consecutive = 0;
  constructor(readonly cap: number) {}

  plan(outcomes: Array<{ poison: boolean; error?: string }>): () => void {
    let n = this.consecutive;
    for (const o of outcomes) {
      n = o.poison ? n + 1 : 0;
      if (n > this.cap) throw new PoisonCapExceeded(n, this.cap, o.error ?? 'unknown');
    }
    return () => {
      this.consecutive = n;
    };
  }

  get current(): number {
    return this.consecutive;
  }
}
