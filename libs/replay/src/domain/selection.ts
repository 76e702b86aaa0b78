import type { ImageUploaded } from '@vitrine/contracts';
import { resolveCategory } from '@vitrine/taxonomy';

/**
 * Which uploads a replay re-describes. All given filters must hold (AND); none given selects every upload.
 * - since: the upload happened at or after this instant (epoch millis);
 * - category: the supplier's category hint, resolved through the taxonomy, is this category or lies under it
 *   ("food" selects "food.tea"); the hint is what the upload carries, so the filter needs no read model;
 * - products: the upload is of one of these product ids.
 */
export interface ReplaySelection {
  since?: number;
  category?: string;
  products?: ReadonlySet<string>;
}

export function selects(upload: ImageUploaded, s: ReplaySelection): boolean {
  if (s.since !== undefined && upload.occurredAt < s.since) return false;
  if (s.products && !s.products.has(upload.productId)) return false;
  if (s.category !== undefined) {
    const code = resolveCategory(upload.context.categoryHint)?.code;
    if (!code || !(code === s.category || code.startsWith(`${s.category}.`))) return false;
  }
  return true;
}

/** A category filter as an operator types it: a taxonomy code ("food.tea"), a group ("food") or a label ("green tea"). */
export function parseCategoryFilter(input: string, groups: ReadonlySet<string>): string {
  const t = input.trim();
  if (!t) throw new RangeError('--category is empty');
  if (groups.has(t.toLowerCase())) return t.toLowerCase();
  const r = resolveCategory(t);
  if (!r || r.confidence < 0.9) throw new RangeError(`--category "${input}" is not a category code, group or label of the taxonomy`);
  return r.code;
}

const units: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * `--since` as an ISO 8601 instant ("2026-11-30", "2026-11-30T12:00:00Z") or a duration back from `now`
 * ("36h", "7d", "90m").
 */
export function parseSince(input: string, now: number): number {
  const t = input.trim();
  const rel = /^(\d+)\s*([smhdw])$/.exec(t);
  if (rel) return now - Number(rel[1]) * units[rel[2]!]!;
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) {
    const ms = Date.parse(t.length === 10 ? `${t}T00:00:00Z` : t);
    if (Number.isFinite(ms)) return ms;
  }
  throw new RangeError(`--since "${input}" is neither an ISO 8601 time (2026-11-30, 2026-11-30T12:00:00Z) nor a duration (36h, 7d)`);
}
