/**
 * Redis key layout of the catalog read model. Everything lives under a root prefix (one per deployment, e.g.
 * "vitrine:catalog"); each build of the read model is a namespace under it, and one pointer says which namespace
 * serves:
 *
 *   <root>:current                         → name of the serving namespace (the atomic blue/green switch)
 *   <root>:rebuild                         → hash: state of a rebuild in progress (resumable)
 *   <root>:ns:<ns>:product:<productId>     → hash: the winning event's rank, id, version, category, market, locales …
 *   <root>:ns:<ns>:doc:<productId>:<loc>   → string: the JSON document served for one product and locale
 *   <root>:ns:<ns>:seen:<productId>        → set: every event id applied or judged for the product (dedupe)
 *   <root>:ns:<ns>:idx:<index>             → zset (all scores 0): "<updatedAt, 15 digits>|<productId>" for listing
 *
 * A namespace is self-contained, so dropping one is a SCAN of its prefix.
 */
export interface KeyLayout {
  root: string;
  pointer: string;
  rebuildState: string;
  namespacePrefix(ns: string): string;
  ns(ns: string): NamespaceKeys;
}

export interface NamespaceKeys {
  prefix: string;
  product(productId: string): string;
  docPrefix(productId: string): string;
  doc(productId: string, locale: string): string;
  seen(productId: string): string;
  index(name: string): string;
}

const NAME = /^[A-Za-z0-9._:-]+$/;

export function keyLayout(root: string): KeyLayout {
  if (!NAME.test(root)) throw new Error(`catalog key prefix "${root}" may only contain letters, digits, ".", "_", ":" and "-"`);
  const namespacePrefix = (ns: string) => {
    if (!/^[A-Za-z0-9_-]+$/.test(ns)) throw new Error(`catalog namespace "${ns}" may only contain letters, digits, "_" and "-"`);
    return `${root}:ns:${ns}:`;
  };
  return {
    root,
    pointer: `${root}:current`,
    rebuildState: `${root}:rebuild`,
    namespacePrefix,
    ns(ns) {
      const prefix = namespacePrefix(ns);
      return {
        prefix,
        product: (id) => `${prefix}product:${id}`,
        docPrefix: (id) => `${prefix}doc:${id}:`,
        doc: (id, locale) => `${prefix}doc:${id}:${locale}`,
        seen: (id) => `${prefix}seen:${id}`,
        index: (name) => `${prefix}idx:${name}`,
      };
    },
  };
}

/** Namespaces are generations: g1, g2, … A rebuild builds the next one. */
export const firstNamespace = 'g1';
export function nextNamespace(current: string | null): string {
  if (current === null) return firstNamespace;
  const m = /^g(\d+)$/.exec(current);
  if (!m) throw new Error(`catalog namespace "${current}" is not a generation name (g1, g2, …)`);
  return `g${Number(m[1]) + 1}`;
}
