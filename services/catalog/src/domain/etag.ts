import { createHash } from 'node:crypto';

/** A strong ETag of the exact bytes served: equal bodies, equal tags, in every namespace and process. */
export const etagOf = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** If-None-Match (RFC 9110 §13.1.2): "*" or a list of tags; weak comparison, so W/"x" matches "x". */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}
