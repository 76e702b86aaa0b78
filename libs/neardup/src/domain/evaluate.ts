// Pairwise evaluation of the near-duplicate decision on a labelled corpus: every unordered pair of images
// is a positive when both show the same product (same group) and a negative otherwise. Precision and recall
// follow https://en.wikipedia.org/wiki/Precision_and_recall.

import { colourLayoutDistance } from './colour-layout';
import { bandValues, type BandScheme } from './bands';
import { hammingDistance, parseHash64, popcount32 } from './hash64';

export interface LabelledFingerprint {
  /** Images of one group are near-duplicates of each other; different groups are different products. */
  group: string;
  name: string;
  phash: bigint | string;
  colour?: Uint8Array;
}

export interface DecisionRule {
  threshold: number;
  /** null: no colour check. */
  colourThreshold: number | null;
  /** When given, a pair also needs to be reachable through the band probe (an index with a reduced radius). */
  scheme?: BandScheme;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  /** The pairs the rule got wrong, for the report. */
  errors: Array<{ a: string; b: string; kind: 'fp' | 'fn'; distance: number; colourDistance: number | null }>;
}

export function isNearDuplicatePair(a: LabelledFingerprint, b: LabelledFingerprint, rule: DecisionRule): { match: boolean; distance: number; colourDistance: number | null } {
  const distance = hammingDistance(a.phash, b.phash);
  const colourDistance = a.colour && b.colour && a.colour.length === b.colour.length ? colourLayoutDistance(a.colour, b.colour) : null;
  const colourOk = rule.colourThreshold === null || colourDistance === null || colourDistance <= rule.colourThreshold;
  const reachable = rule.scheme === undefined || bandReachable(parseHash64(a.phash), parseHash64(b.phash), rule.scheme);
  return { match: distance <= rule.threshold && colourOk && reachable, distance, colourDistance };
}

/** Whether a lookup of `a` reads a band key under which `b` is stored: some band differs in ≤ probeRadius bits. */
export function bandReachable(a: bigint, b: bigint, scheme: BandScheme): boolean {
  const va = bandValues(a, scheme);
  const vb = bandValues(b, scheme);
  return va.some((v, i) => popcount32((v ^ vb[i]!) >>> 0) <= scheme.probeRadius);
}

export function pairwiseConfusion(items: readonly LabelledFingerprint[], rule: DecisionRule): Confusion {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0, precision: 1, recall: 1, errors: [] };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const same = a.group === b.group;
      const { match, distance, colourDistance } = isNearDuplicatePair(a, b, rule);
      if (same && match) c.tp++;
      else if (same) {
        c.fn++;
        c.errors.push({ a: a.name, b: b.name, kind: 'fn', distance, colourDistance });
      } else if (match) {
        c.fp++;
        c.errors.push({ a: a.name, b: b.name, kind: 'fp', distance, colourDistance });
      } else c.tn++;
    }
  }
  c.precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  c.recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return c;
}

/** Largest within-group and smallest between-group Hamming distance: the margin a threshold must sit in. */
export function distanceMargins(items: readonly LabelledFingerprint[]): { maxWithin: number; minBetween: number } {
  let maxWithin = 0;
  let minBetween = 64;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const d = hammingDistance(items[i]!.phash, items[j]!.phash);
      if (items[i]!.group === items[j]!.group) maxWithin = Math.max(maxWithin, d);
      else minBetween = Math.min(minBetween, d);
    }
  }
  return { maxWithin, minBetween };
}
