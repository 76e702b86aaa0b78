import type { LocalizedContent, ProductDescription, RuleHit, Severity, UploadContext, VerdictStatus } from '@vitrine/contracts';
import { moderateContent } from './moderate';
import type { ModerationPolicy } from './policy';
import { FAMILIES, type Family } from './types';

/** One labelled description of the evaluation corpus (libs/moderation/corpus/*.jsonl, one JSON object a line). */
export interface CorpusItem {
  readonly id: string;
  readonly locale: string;
  readonly title: string;
  readonly bullets: readonly string[];
  readonly longDescription: string;
  readonly seoKeywords: readonly string[];
  readonly supplierId: string;
  /** Families a careful reviewer finds in the text, each with its worst severity; {} for a clean description. */
  readonly expect: Readonly<Partial<Record<Family, Severity>>>;
  /** "clean", "risky", "tricky:*", "evasion:*", "compatibility", "authorised" … for slicing the results. */
  readonly tags: readonly string[];
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Parses and validates one corpus line; `where` (e.g. "en.jsonl:12") prefixes every error. */
export function parseCorpusLine(line: string, where: string): CorpusItem {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch (e) {
    throw new Error(`${where}: not JSON (${(e as Error).message})`);
  }
  if (typeof o !== 'object' || o === null) throw new Error(`${where}: not an object`);
  const r = o as Record<string, unknown>;
  for (const k of ['id', 'locale', 'title', 'longDescription', 'supplierId'] as const) {
    if (typeof r[k] !== 'string') throw new Error(`${where}: ${k} must be a string`);
  }
  for (const k of ['bullets', 'seoKeywords', 'tags'] as const) {
    if (!isStringArray(r[k])) throw new Error(`${where}: ${k} must be a list of strings`);
  }
  const expect = r.expect;
  if (typeof expect !== 'object' || expect === null || Array.isArray(expect)) throw new Error(`${where}: expect must be an object`);
  for (const [fam, sev] of Object.entries(expect)) {
    if (!(FAMILIES as readonly string[]).includes(fam)) throw new Error(`${where}: expect.${fam} is not a family`);
    if (sev !== 'hard' && sev !== 'soft') throw new Error(`${where}: expect.${fam} must be "hard" or "soft"`);
  }
  return r as unknown as CorpusItem;
}

export interface Metrics {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** NaN when nothing was predicted. */
  readonly precision: number;
  /** NaN when nothing was expected. */
  readonly recall: number;
}

export interface FamilyRow {
  readonly family: Family;
  /** Detected with any severity vs labelled with any severity. */
  readonly any: Metrics;
  /** Hard hit vs labelled hard. */
  readonly hard: Metrics;
  /** Items labelled with the family / labelled hard. */
  readonly support: number;
  readonly hardSupport: number;
}

export interface ItemOutcome {
  readonly id: string;
  readonly expected: Readonly<Partial<Record<Family, Severity>>>;
  readonly predicted: Readonly<Partial<Record<string, Severity>>>;
  readonly expectedStatus: VerdictStatus;
  readonly status: VerdictStatus;
  readonly hits: readonly RuleHit[];
}

export interface EvaluationReport {
  readonly items: number;
  readonly families: readonly FamilyRow[];
  /** Item level: "has a hard violation" labelled vs any hard hit. The acceptance target. */
  readonly hardOverall: Metrics;
  /** Item level: "has any violation" labelled vs any hit. */
  readonly anyOverall: Metrics;
  /** Share of items whose verdict status equals the status implied by the labels. */
  readonly statusAccuracy: number;
  /** Items where the family set/severities or the status differ from the labels. */
  readonly mismatches: readonly ItemOutcome[];
}

const metrics = (tp: number, fp: number, fn: number): Metrics => ({
  tp,
  fp,
  fn,
  precision: tp + fp === 0 ? NaN : tp / (tp + fp),
  recall: tp + fn === 0 ? NaN : tp / (tp + fn),
});

/**
 * A neutral description and context, so routing reflects the text alone (no category, price or confidence reason),
 * and the scan finds only the locale's text (no printed text, free text or attributes of its own).
 */
const NEUTRAL_DESCRIPTION: ProductDescription = {
  category: { code: 'eval.unregulated', confidence: 1, source: 'operator' },
  colors: [],
  materials: [],
  styles: [],
  useScenes: [],
  features: [],
  attributes: [],
  printedText: [],
  freeText: null,
};

function toContent(item: CorpusItem): LocalizedContent {
  return {
    locale: item.locale,
    title: item.title,
    bullets: [...item.bullets],
    longDescription: item.longDescription,
    seoKeywords: [...item.seoKeywords],
    attributeLabels: {},
    freeTextStatus: 'none',
  };
}

const worst = (a: Severity | undefined, b: Severity): Severity => (a === 'hard' || b === 'hard' ? 'hard' : 'soft');

/** Runs every item through the rule engine and the routing of `policy`, and scores it against the labels. */
export function evaluateCorpus(items: readonly CorpusItem[], policy: ModerationPolicy): EvaluationReport {
  const outcomes: ItemOutcome[] = items.map((item) => {
    const content = toContent(item);
    const context: UploadContext = {
      supplierId: item.supplierId,
      market: 'XX',
      categoryHint: null,
      targetLocales: [item.locale],
      priceMinor: null,
      currency: null,
    };
    const verdict = moderateContent({ locales: [content], description: NEUTRAL_DESCRIPTION, context }, policy);
    const hits = verdict.hits;
    const predicted: Partial<Record<string, Severity>> = {};
    for (const h of hits) predicted[h.family] = worst(predicted[h.family], h.severity);
    const labels = Object.values(item.expect);
    const expectedStatus: VerdictStatus = labels.includes('hard') ? 'rejected' : labels.length > 0 ? 'needs_review' : 'approved';
    return { id: item.id, expected: item.expect, predicted, expectedStatus, status: verdict.status, hits };
  });

  const families: FamilyRow[] = FAMILIES.map((family) => {
    let tp = 0, fp = 0, fn = 0, htp = 0, hfp = 0, hfn = 0, support = 0, hardSupport = 0;
    for (const o of outcomes) {
      const e = o.expected[family];
      const p = o.predicted[family];
      if (e) support++;
      if (e === 'hard') hardSupport++;
      if (e && p) tp++;
      else if (p) fp++;
      else if (e) fn++;
      if (e === 'hard' && p === 'hard') htp++;
      else if (p === 'hard') hfp++;
      else if (e === 'hard') hfn++;
    }
    return { family, any: metrics(tp, fp, fn), hard: metrics(htp, hfp, hfn), support, hardSupport };
  });

  let htp = 0, hfp = 0, hfn = 0, atp = 0, afp = 0, afn = 0, statusOk = 0;
  const mismatches: ItemOutcome[] = [];
  for (const o of outcomes) {
    const eh = Object.values(o.expected).includes('hard');
    const ph = Object.values(o.predicted).includes('hard');
    if (eh && ph) htp++;
    else if (ph) hfp++;
    else if (eh) hfn++;
    const ea = Object.keys(o.expected).length > 0;
    const pa = Object.keys(o.predicted).length > 0;
    if (ea && pa) atp++;
    else if (pa) afp++;
    else if (ea) afn++;
    if (o.status === o.expectedStatus) statusOk++;
    const fams = new Set([...Object.keys(o.expected), ...Object.keys(o.predicted)]);
    const same = [...fams].every((f) => (o.expected as Record<string, Severity | undefined>)[f] === o.predicted[f]);
    if (!same || o.status !== o.expectedStatus) mismatches.push(o);
  }
  return {
    items: outcomes.length,
    families,
    hardOverall: metrics(htp, hfp, hfn),
    anyOverall: metrics(atp, afp, afn),
    statusAccuracy: outcomes.length === 0 ? NaN : statusOk / outcomes.length,
    mismatches,
  };
}

const pct = (x: number): string => (Number.isNaN(x) ? '   -  ' : (x * 100).toFixed(1).padStart(5) + '%');

/** The per-family table (markdown), as printed by the test and pasted into reports. */
export function formatReport(r: EvaluationReport): string {
  const lines = [
    `| family | support (hard) | precision | recall | hard precision | hard recall | tp/fp/fn (any) | tp/fp/fn (hard) |`,
    `|---|---|---|---|---|---|---|---|`,
  ];
  for (const f of r.families) {
    lines.push(
      `| ${f.family} | ${f.support} (${f.hardSupport}) | ${pct(f.any.precision)} | ${pct(f.any.recall)} | ${pct(f.hard.precision)} | ${pct(f.hard.recall)} | ${f.any.tp}/${f.any.fp}/${f.any.fn} | ${f.hard.tp}/${f.hard.fp}/${f.hard.fn} |`,
    );
  }
  lines.push(
    `| **any hard violation (item level)** | ${r.hardOverall.tp + r.hardOverall.fn} | ${pct(r.hardOverall.precision)} | ${pct(r.hardOverall.recall)} | | | ${r.hardOverall.tp}/${r.hardOverall.fp}/${r.hardOverall.fn} | |`,
    `| **any violation (item level)** | ${r.anyOverall.tp + r.anyOverall.fn} | ${pct(r.anyOverall.precision)} | ${pct(r.anyOverall.recall)} | | | ${r.anyOverall.tp}/${r.anyOverall.fp}/${r.anyOverall.fn} | |`,
  );
  lines.push('', `items: ${r.items}; verdict status accuracy: ${pct(r.statusAccuracy)}; mismatching items: ${r.mismatches.length}`);
  return lines.join('\n');
}

/** One line per mismatching item, for debugging the packs. */
export function formatMismatches(r: EvaluationReport): string {
  return r.mismatches
    .map((o) => {
      const hits = o.hits.map((h) => `${h.ruleId}:${h.severity}:"${h.matched}"`).join(', ');
      return `${o.id}: expected ${JSON.stringify(o.expected)} (${o.expectedStatus}), got ${JSON.stringify(o.predicted)} (${o.status}) [${hits}]`;
    })
    .join('\n');
}
