/**
 * Aho–Corasick multi-pattern matcher over UTF-16 code units (Aho & Corasick, "Efficient string matching",
 * CACM 18(6), 1975). One pass over the text finds every occurrence of every pattern, so adding rules costs memory,
 * not time per character.
 */
export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  /** Pattern ids ending at each state, including those reached through failure links. */
  private out: number[][] = [[]];
  private readonly lengths: number[] = [];
  private built = false;

  /** Adds a pattern; returns its id (dense, from 0). */
  add(pattern: string): number {
    if (this.built) throw new Error('AhoCorasick: add() after build()');
    if (pattern.length === 0) throw new Error('AhoCorasick: empty pattern');
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let t = this.next[s]!.get(c);
      if (t === undefined) {
        t = this.next.length;
        this.next.push(new Map());
        this.out.push([]);
        this.next[s]!.set(c, t);
      }
      s = t;
    }
    const id = this.lengths.length;
    this.lengths.push(pattern.length);
    this.out[s]!.push(id);
    return id;
  }

  build(): this {
    const n = this.next.length;
    this.fail = new Int32Array(n);
    const queue: number[] = [];
    for (const t of this.next[0]!.values()) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      for (const [c, t] of this.next[s]!) {
        queue.push(t);
        let f = this.fail[s]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const g = this.next[f]!.get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        const inherited = this.out[this.fail[t]!]!;
        if (inherited.length > 0) this.out[t] = this.out[t]!.concat(inherited);
      }
    }
    this.built = true;
    return this;
  }

  /**
   * Every occurrence as flat triples (patternId, start, end) appended to `out`, in order of `end`. Flat numbers, no
   * callback and no per-match objects: the hot path of the rule engine calls this once per text.
   */
  matches(text: string, out: number[]): void {
    if (!this.built) throw new Error('AhoCorasick: matches() before build()');
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = this.next[s]!.get(c);
      while (t === undefined && s !== 0) {
        s = this.fail[s]!;
        t = this.next[s]!.get(c);
      }
      s = t ?? 0;
      const ids = this.out[s]!;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        out.push(id, i + 1 - this.lengths[id]!, i + 1);
      }
    }
  }

  get size(): number {
    return this.lengths.length;
  }
}
