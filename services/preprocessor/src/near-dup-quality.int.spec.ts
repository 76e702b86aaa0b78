// Pairwise quality of the near-duplicate decision on the generated corpus (libs/imaging/test-fixtures):
// every unordered pair of images is a positive when both are variants of one photo (same group) and a
// negative otherwise, including the same product in another colour. Fingerprints come from the real pipeline
// (preprocessImage → derivative → cacheFingerprint, sharp) and the rule is the index's default configuration.
// The pairwise numbers are stricter than the cache test's (variant vs original), because variant-vs-variant
// pairs (a crop against a watermark) differ more.

import { beforeAll, describe, expect, it } from 'vitest';
import { cacheFingerprint, preprocessImage } from '@vitrine/imaging';
import { distanceMargins, isNearDuplicatePair, pairwiseConfusion, parseNearDupOptions, type LabelledFingerprint } from '@vitrine/neardup';
import { generateProductCorpus } from '@vitrine/imaging/test-fixtures';

let items: LabelledFingerprint[];
let recolourPairs: Array<[LabelledFingerprint, LabelledFingerprint]>;

beforeAll(async () => {
  const corpus = await generateProductCorpus();
  items = [];
  for (const c of corpus) {
    const fp = await cacheFingerprint((await preprocessImage(c.bytes)).derivative.bytes);
    items.push({ group: c.group, name: c.name, phash: fp.phash, colour: fp.colour });
  }
  const productOf = new Map(corpus.map((c) => [c.name, c.product]));
  recolourPairs = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (items[i]!.group !== items[j]!.group && productOf.get(items[i]!.name) === productOf.get(items[j]!.name)) recolourPairs.push([items[i]!, items[j]!]);
}, 180_000);

describe('near-duplicate decision quality on the generated corpus', () => {
  it('meets the documented precision and recall with the default rule', () => {
    const config = parseNearDupOptions({ modelVersion: 'quality' });
    // The rule as the index applies it: Hamming and colour thresholds, and reachable through the band probe.
    const rule = { threshold: config.scheme.threshold, colourThreshold: config.colourThreshold, scheme: config.scheme };
    const c = pairwiseConfusion(items, rule);
    const margins = distanceMargins(items);
    const pHashOnly = pairwiseConfusion(items, { threshold: rule.threshold, colourThreshold: null, scheme: config.scheme });
    const exactProbe = pairwiseConfusion(items, { threshold: rule.threshold, colourThreshold: rule.colourThreshold });
    console.log(
      `pairwise near-duplicate decision (${items.length} images, ${c.tp + c.fp + c.fn + c.tn} pairs, pHash ≤ ${rule.threshold}, colour ≤ ${rule.colourThreshold}, probe radius ${config.scheme.probeRadius}): ` +
        `precision ${c.precision.toFixed(4)}, recall ${c.recall.toFixed(4)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}); ` +
        `pHash alone: precision ${pHashOnly.precision.toFixed(4)}, recall ${pHashOnly.recall.toFixed(4)}; ` +
        `with the exact probe radius: precision ${exactProbe.precision.toFixed(4)}, recall ${exactProbe.recall.toFixed(4)}; ` +
        `pHash margins: max within-group ${margins.maxWithin}, min between-group ${margins.minBetween}`,
    );
    // Documented in services/preprocessor/README.md.
    expect(c.precision).toBeGreaterThanOrEqual(0.99);
    expect(c.recall).toBeGreaterThanOrEqual(0.9);
    // The exact probe radius can only find more.
    expect(exactProbe.recall).toBeGreaterThanOrEqual(c.recall);
    expect(exactProbe.precision).toBeGreaterThanOrEqual(0.99);
    // The colour check is what keeps recolours apart: without it they are near-duplicates.
    expect(pHashOnly.precision).toBeLessThan(c.precision);
  });

  it('no recoloured pair passes the rule', () => {
    expect(recolourPairs.length).toBeGreaterThan(0);
    const config = parseNearDupOptions({ modelVersion: 'quality' });
    // The rule as the index applies it: Hamming and colour thresholds, and reachable through the band probe.
    const rule = { threshold: config.scheme.threshold, colourThreshold: config.colourThreshold, scheme: config.scheme };
    const passing = recolourPairs.filter(([a, b]) => isNearDuplicatePair(a, b, rule).match).map(([a, b]) => `${a.name} ~ ${b.name}`);
    expect(passing).toEqual([]);
  });
});
