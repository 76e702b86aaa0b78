import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * API-key check in constant time. Keys are compared as sha256 digests so every comparison has the same length
 * (timingSafeEqual needs equal lengths, and comparing raw keys would leak a key's length), and every configured
 * key is compared so the time does not reveal which one matched.
 */
export function createApiKeyCheck(keys: readonly string[]): (presented: string | undefined) => boolean {
  const digests = keys.map((k) => createHash('sha256').update(k).digest());
  return (presented) => {
    if (presented === undefined || presented === '') return false;
    const d = createHash('sha256').update(presented).digest();
    let ok = false;
    for (const k of digests) ok = timingSafeEqual(k, d) || ok;
    return ok;
  };
}

/** The key from `Authorization: Bearer <key>` or `X-Api-Key: <key>`. */
export function presentedKey(headers: { authorization?: string; 'x-api-key'?: string | string[] }): string | undefined {
  const auth = headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return m ? m[1] : undefined;
  }
  const x = headers['x-api-key'];
  return Array.isArray(x) ? undefined : x?.trim() || undefined;
}
