import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, formatMismatches, formatReport, parseCorpusLine, type CorpusItem, type EvaluationReport } from './evaluate';
import { engineFor } from './moderate';
import { parseModerationPolicy } from './policy';
import { scanContent } from './scan';

/**
 * The labelled corpus (libs/moderation/corpus/*.jsonl) scored against the rule packs.
 *
 * Two parts, reported separately so over-fitting shows:
 * - "dev": the items the rules were tuned on;
 * - "held-out" (tag "set:holdout"): written after the packs by the helper who wrote them, and not used to change a
 *   rule since;
 * - "blind" (tag "set:blind"): written by another person before it was ever run against the packs, committed before
 *   its first evaluation (commit 9a7f614), and never used to change a rule.
 * The held-out and blind figures are the honest estimate of how the packs do on unseen copy. A miss there is fixed by
 * writing a *new* dev item that shows the gap, and the held-out parts are then no longer blind to that change — so
 * write a new blind part after it.
 *
 * Target (issue 6): recall ≥ 0.95 on hard violations at precision ≥ 0.9.
 */
const dir = new URL('../corpus/', import.meta.url);
const items: CorpusItem[] = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(new URL(f, dir), 'utf8')
      .split('\n')
      .map((line, i) => ({ line, where: `${f}:${i + 1}` }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, where }) => parseCorpusLine(line, where)),
  );
const isHeldOut = (i: CorpusItem) => i.tags.includes('set:holdout');
const isBlind = (i: CorpusItem) => i.tags.includes('set:blind');
const dev = items.filter((i) => !isHeldOut(i) && !isBlind(i));
const heldOut = items.filter(isHeldOut);
const blind = items.filter(isBlind);

// The corpus's suppliers: one authorised for Nike, one official LEGO licensee (tags "authorised").
const policy = parseModerationPolicy({
  policyVersion: 'corpus-eval',
  regulatedCategories: [],
  priceReview: { thresholdsMinor: {} },
  trademark: { authorisations: { 'sup-nike-authorised': ['nike'], 'sup-lego-official': ['lego'] } },
});

const LOCALES = ['de', 'en', 'es', 'fr', 'ja', 'zh-CN'];
const TARGET = { hardRecall: 0.95, hardPrecision: 0.9 };

function print(title: string, r: EvaluationReport): void {
  console.log(`\n### ${title}\n\n${formatReport(r)}\n${r.mismatches.length > 0 ? `\nmismatches:\n${formatMismatches(r)}\n` : ''}`);
}

describe('labelled moderation corpus', () => {
  it('has at least 300 valid, uniquely identified descriptions across the six locales, clean and risky, with evasions', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const locale of LOCALES) {
      const mine = items.filter((i) => i.locale === locale);
      expect(mine.filter((i) => Object.keys(i.expect).length === 0).length, `${locale} clean`).toBeGreaterThanOrEqual(15);
      expect(mine.filter((i) => Object.values(i.expect).includes('hard')).length, `${locale} hard`).toBeGreaterThanOrEqual(15);
      expect(mine.filter((i) => Object.values(i.expect).includes('soft')).length, `${locale} soft`).toBeGreaterThanOrEqual(5);
    }
    expect(items.filter((i) => i.tags.some((t) => t.startsWith('evasion:'))).length).toBeGreaterThanOrEqual(30);
    expect(heldOut.length).toBeGreaterThanOrEqual(90);
    expect(new Set(heldOut.map((i) => i.locale))).toEqual(new Set(LOCALES));
    expect(blind.length).toBeGreaterThanOrEqual(60);
    expect(new Set(blind.map((i) => i.locale))).toEqual(new Set(LOCALES));
  });

  it('meets the target on the whole corpus and on the dev part, per family and overall', () => {
    const all = evaluateCorpus(items, policy);
    const d = evaluateCorpus(dev, policy);
    print(`all ${all.items} items`, all);
    print(`dev part (${d.items} items, used while tuning)`, d);
    for (const r of [all, d]) {
      expect(r.hardOverall.recall).toBeGreaterThanOrEqual(TARGET.hardRecall);
      expect(r.hardOverall.precision).toBeGreaterThanOrEqual(TARGET.hardPrecision);
    }
    for (const f of d.families) {
      if (f.hardSupport === 0) continue;
      expect(f.hard.recall, `${f.family} hard recall (dev)`).toBeGreaterThanOrEqual(TARGET.hardRecall);
      expect(f.hard.precision, `${f.family} hard precision (dev)`).toBeGreaterThanOrEqual(TARGET.hardPrecision);
    }
  });

  it.each([
    ['held-out', () => heldOut],
    ['blind', () => blind],
    ['held-out and blind together', () => [...heldOut, ...blind]],
  ] as const)('reports the %s part separately, and keeps it above a regression floor', (name, part) => {
    const set = part();
    const h = evaluateCorpus(set, policy);
    print(`${name} (${h.items} items, never used for tuning)`, h);
    for (const locale of LOCALES) {
      const r = evaluateCorpus(
        set.filter((i) => i.locale === locale),
        policy,
      );
      console.log(`${name} ${locale}: hard recall ${r.hardOverall.recall.toFixed(3)} precision ${r.hardOverall.precision.toFixed(3)} (n=${r.items})`);
    }
    // A floor, not the target: unseen-copy figures are what they are; this only catches a pack change that quietly
    // makes them much worse.
    expect(h.hardOverall.recall).toBeGreaterThanOrEqual(0.8);
    expect(h.hardOverall.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('routes every dev item to the verdict its labels imply', () => {
    const d = evaluateCorpus(dev, policy);
    expect(d.statusAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('gives every hit on the corpus a span that maps back to the field it came from', () => {
    const engine = engineFor(policy);
    let checked = 0;
    for (const item of items) {
      const locales = [{ locale: item.locale, title: item.title, bullets: [...item.bullets], longDescription: item.longDescription, seoKeywords: [...item.seoKeywords], attributeLabels: {}, freeTextStatus: 'none' as const }];
      for (const h of scanContent(engine, { locales })) {
        expect(h.locale).toBe(item.locale);
        expect(fieldText(item, h.field).slice(h.start, h.end), `${item.id} ${h.ruleId}`).toBe(h.matched);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(items.filter((i) => Object.keys(i.expect).length > 0).length);
  });
});

function fieldText(item: CorpusItem, field: string): string {
  if (field === 'title') return item.title;
  if (field === 'longDescription') return item.longDescription;
  const m = /^(bullets|seoKeywords)\[(\d+)\]$/.exec(field);
  if (!m) throw new Error(`unexpected field ${field}`);
  return (m[1] === 'bullets' ? item.bullets : item.seoKeywords)[Number(m[2])]!;
}
