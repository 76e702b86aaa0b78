/**
 * Listing: every product is a member of a few sorted sets whose members sort by (updatedAt, productId), so a listing
 * is one ZRANGE BYLEX and a cursor is the last member returned (stable under concurrent updates: a product updated
 * meanwhile moves behind the cursor and shows up again later, as "updated since" consumers expect).
 */
export interface ListFilter {
  category?: string | undefined;
  market?: string | undefined;
  /** Epoch millis, inclusive. */
  updatedSince?: number | undefined;
}

const NONE = '_';

/** The one index that answers a filter on category and/or market. */
export function indexFor(f: Pick<ListFilter, 'category' | 'market'>): string {
  if (f.category && f.market) return `cm:${f.category}|${f.market}`;
  if (f.category) return `cat:${f.category}`;
  if (f.market) return `mkt:${f.market}`;
  return 'all';
}

/** Every index a product belongs to. */
export function indexesOf(category: string | null, market: string): string[] {
  const c = category ?? NONE;
  return ['all', `cat:${c}`, `mkt:${market}`, `cm:${c}|${market}`];
}

export const listMember = (updatedAt: number, productId: string): string => `${String(updatedAt).padStart(15, '0')}|${productId}`;

export function parseListMember(member: string): { updatedAt: number; productId: string } {
  const bar = member.indexOf('|');
  return { updatedAt: Number(member.slice(0, bar)), productId: member.slice(bar + 1) };
}

/** ZRANGE BYLEX lower bound for a page: after the cursor, and not before updatedSince. */
export function lexLowerBound(cursorMember: string | undefined, updatedSince: number | undefined): string {
  const since = updatedSince !== undefined ? `${String(updatedSince).padStart(15, '0')}|` : undefined;
  if (cursorMember !== undefined && (since === undefined || cursorMember >= since)) return `(${cursorMember}`;
  return since !== undefined ? `[${since}` : '-';
}

/** Opaque cursor: base64url of the last member. */
export const encodeCursor = (member: string): string => Buffer.from(member, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const member = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{15}\|.+$/.test(member)) throw new Error('cursor is not one this API returned');
  return member;
}
