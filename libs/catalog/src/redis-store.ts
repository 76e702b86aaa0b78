import { Redis } from 'ioredis';
import { applyScript, switchScript } from './apply-script';
import type { ApplyResult, ProductHead, Projection } from './domain/documents';
import { firstNamespace, keyLayout, type KeyLayout } from './domain/keys';
import { encodeCursor, indexFor, lexLowerBound, type ListFilter } from './domain/listing';

/** Which namespace a writer writes, and who says it may: the pointer (live projector) or the rebuild state. */
export type WriteTarget = { ns: string; as: 'live' } | { ns: string; as: 'rebuild' };

export interface ListPage {
  items: ProductHead[];
  nextCursor: string | null;
}

/** Rebuild progress kept in Redis so that a rebuild resumes after a crash. */
export interface RebuildState {
  ns: string;
  /** The namespace that served when the rebuild started (null: none). */
  from: string | null;
  groupId: string;
  phase: 'building' | 'switched';
  /** topic → partition → end offset taken at start (the catch-up target). */
  targets: Record<string, Record<string, string>>;
  startedAt: number;
  pinnedModelVersion?: string | undefined;
}

export interface CatalogStore {
  readonly keys: KeyLayout;
  readonly redis: Redis;
  /** The serving namespace, or null before the first projector ran. */
  currentNamespace(): Promise<string | null>;
  /** The serving namespace, creating the first one when there is none. */
  ensureNamespace(): Promise<string>;
  /** Applies projections in order, pipelined; one result per projection ("moved": not written, re-resolve the namespace). */
  apply(target: WriteTarget, projections: Projection[]): Promise<Array<ApplyResult | 'moved'>>;
  getDocument(ns: string, productId: string, locale: string): Promise<string | null>;
  getHead(ns: string, productId: string): Promise<ProductHead | null>;
  list(ns: string, filter: ListFilter, cursorMember: string | undefined, limit: number): Promise<ListPage>;
  /** Every key of a namespace with its value, prefix stripped, sorted: two equal catalogs have equal dumps. */
  dump(ns: string): Promise<string>;
  countProducts(ns: string): Promise<number>;
  dropNamespace(ns: string): Promise<number>;
  getRebuild(): Promise<RebuildState | null>;
  putRebuild(s: RebuildState): Promise<void>;
  clearRebuild(): Promise<void>;
  /** Compare-and-set of the pointer from `from` to `to`, recording the switch in the rebuild state atomically. */
  switchTo(from: string | null, to: string, now: number): Promise<'switched' | 'already'>;
  close(): Promise<void>;
}

interface Scripted extends Redis {
  catalogApply(...keysThenArgs: string[]): Promise<string>;
  catalogSwitch(pointer: string, state: string, from: string, to: string, now: string): Promise<string>;
}

export function createRedisCatalogStore(redisOrUrl: Redis | string, root: string): CatalogStore {
  const owned = typeof redisOrUrl === 'string';
  const redis = (owned ? new Redis(redisOrUrl, { maxRetriesPerRequest: 3, lazyConnect: false }) : redisOrUrl) as Scripted;
  // defineCommand loads the script once and calls it with EVALSHA (falling back to EVAL after a SCRIPT FLUSH).
  if (typeof (redis as Partial<Scripted>).catalogApply !== 'function') {
    redis.defineCommand('catalogApply', { numberOfKeys: 3, lua: applyScript });
    redis.defineCommand('catalogSwitch', { numberOfKeys: 2, lua: switchScript });
  }
  const keys = keyLayout(root);

  const scan = async (match: string): Promise<string[]> => {
    const out: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', match, 'COUNT', 1000);
      cursor = next;
      out.push(...batch);
    } while (cursor !== '0');
    return out;
  };
  // SCAN MATCH treats * ? [ ] \ as glob syntax; our prefixes are restricted to safe characters, but escape anyway.
  const glob = (prefix: string) => `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;

  return {
    keys,
    redis,
    currentNamespace: () => redis.get(keys.pointer),
    async ensureNamespace() {
      await redis.set(keys.pointer, firstNamespace, 'NX');
      return (await redis.get(keys.pointer))!;
    },
    async apply(target, projections) {
      if (!projections.length) return [];
      const ns = keys.ns(target.ns);
      const [ownerKey, field] = target.as === 'live' ? [keys.pointer, ''] : [keys.rebuildState, 'ns'];
      const pipe = redis.pipeline() as unknown as Scripted & { exec(): Promise<Array<[Error | null, unknown]>> };
      for (const p of projections) {
        void pipe.catalogApply(
          ownerKey, ns.product(p.productId), ns.seen(p.productId), target.ns, field, ns.prefix, p.eventId, p.rank, p.member, ns.docPrefix(p.productId),
          JSON.stringify(p.indexes), JSON.stringify(p.head.locales), JSON.stringify(p.head), String(p.indexes.length), ...p.indexes, ...p.docs.flat(),
        );
      }
      const results = (await pipe.exec()) ?? [];
      return results.map(([err, r]) => {
        if (err) throw err;
        return r as ApplyResult | 'moved';
      });
    },
    getDocument: (ns, productId, locale) => redis.get(keys.ns(ns).doc(productId, locale)),
    async getHead(ns, productId) {
      const h = await redis.hget(keys.ns(ns).product(productId), 'head');
      return h ? (JSON.parse(h) as ProductHead) : null;
    },
    async list(ns, filter, cursorMember, limit) {
      const idx = keys.ns(ns).index(indexFor(filter));
      const members = await redis.zrangebylex(idx, lexLowerBound(cursorMember, filter.updatedSince), '+', 'LIMIT', 0, limit + 1);
      const page = members.slice(0, limit);
      const heads = page.length ? await redis.pipeline(page.map((m) => ['hget', keys.ns(ns).product(m.slice(m.indexOf('|') + 1)), 'head'])).exec() : [];
      const items = (heads ?? []).flatMap(([err, h]) => {
        if (err) throw err;
        return h ? [JSON.parse(h as string) as ProductHead] : [];
      });
      return { items, nextCursor: members.length > limit ? encodeCursor(page[page.length - 1]!) : null };
    },
    async dump(ns) {
      const prefix = keys.namespacePrefix(ns);
      const all = (await scan(glob(prefix))).sort();
      const lines: string[] = [];
      for (const key of all) {
        const type = await redis.type(key);
        const name = key.slice(prefix.length);
        if (type === 'string') lines.push(`${name} string ${await redis.get(key)}`);
        else if (type === 'hash') {
          const h = await redis.hgetall(key);
          lines.push(`${name} hash ${JSON.stringify(Object.keys(h).sort().map((k) => [k, h[k]]))}`);
        } else if (type === 'set') lines.push(`${name} set ${JSON.stringify((await redis.smembers(key)).sort())}`);
        else if (type === 'zset') lines.push(`${name} zset ${JSON.stringify(await redis.zrange(key, 0, -1, 'WITHSCORES'))}`);
        else lines.push(`${name} ${type}`);
      }
      return lines.join('\n');
    },
    countProducts: (ns) => redis.zcard(keys.ns(ns).index('all')),
    async dropNamespace(ns) {
      let n = 0;
      const all = await scan(glob(keys.namespacePrefix(ns)));
      for (let i = 0; i < all.length; i += 500) n += await redis.unlink(...all.slice(i, i + 500));
      return n;
    },
    async getRebuild() {
      const h = await redis.hgetall(keys.rebuildState);
      if (!h.ns) return null;
      return {
        ns: h.ns, from: h.from || null, groupId: h.groupId!, phase: h.phase as RebuildState['phase'],
        targets: JSON.parse(h.targets ?? '{}') as RebuildState['targets'], startedAt: Number(h.startedAt),
        pinnedModelVersion: h.pinnedModelVersion || undefined,
      };
    },
    async putRebuild(s) {
      await redis.multi().del(keys.rebuildState).hset(keys.rebuildState, {
        ns: s.ns, from: s.from ?? '', groupId: s.groupId, phase: s.phase, targets: JSON.stringify(s.targets), startedAt: String(s.startedAt),
        pinnedModelVersion: s.pinnedModelVersion ?? '',
      }).exec();
    },
    async clearRebuild() {
      await redis.del(keys.rebuildState);
    },
    async switchTo(from, to, now) {
      const r = await redis.catalogSwitch(keys.pointer, keys.rebuildState, from ?? '', to, String(now));
      if (r.startsWith('conflict:')) throw new Error(`cannot switch the catalog to ${to}: it serves "${r.slice(9)}", not "${from ?? ''}" as expected (another rebuild?)`);
      return r as 'switched' | 'already';
    },
    async close() {
      if (owned) await redis.quit().catch(() => undefined);
    },
  };
}
