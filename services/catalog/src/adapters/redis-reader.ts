import type { CatalogStore } from '@vitrine/catalog';
import type { CatalogReader } from '../ports';

/** CatalogReader over the Redis store: resolves the serving namespace (the pointer) on every read. */
export function createRedisCatalogReader(store: CatalogStore): CatalogReader {
  const ns = () => store.currentNamespace();
  return {
    async document(productId, locale) {
      const n = await ns();
      return n ? store.getDocument(n, productId, locale) : null;
    },
    async head(productId) {
      const n = await ns();
      return n ? store.getHead(n, productId) : null;
    },
    async list(filter, cursorMember, limit) {
      const n = await ns();
      return n ? store.list(n, filter, cursorMember, limit) : { items: [], nextCursor: null };
    },
    async titles(productIds, locale) {
      const n = await ns();
      if (!n || !productIds.length) return productIds.map(() => null);
      const docs = await store.redis.mget(productIds.map((id) => store.keys.ns(n).doc(id, locale)));
      return docs.map((d) => (d ? (JSON.parse(d) as { title: string }).title : null));
    },
  };
}
