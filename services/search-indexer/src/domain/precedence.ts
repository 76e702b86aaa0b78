import { compareModelVersions as catalogVersionOrder } from '@vitrine/catalog';

/**
 * Version precedence (docs/consumer-contract.md): for one product, the description of the newest model version
 * wins; within one model version, the later `occurredAt` wins; the event id breaks a remaining tie so every
 * consumer picks the same winner whatever order it saw the events in.
 *
 * "Newer" is the catalog's natural version order (libs/catalog/src/domain/version-order.ts), so the catalog and
 * every index pick the same winner: digit runs compare as numbers ("glm-4.6v-flash@10" > "glm-4.6v-flash@9",
 * "offline@2026-12-02" > "offline@2026-11-30"), other runs by their UTF-8 bytes, and a prefix is older.
 */
export interface VersionStamp {
  modelVersion: string;
  occurredAt: number;
  eventId: string;
}

export const compareModelVersions = (a: string, b: string): number => Math.sign(catalogVersionOrder(a, b));

/** > 0 when `a` takes precedence over `b`, < 0 when `b` does, 0 only for the same event. */
export function comparePrecedence(a: VersionStamp, b: VersionStamp): number {
  return compareModelVersions(a.modelVersion, b.modelVersion) || Math.sign(a.occurredAt - b.occurredAt) || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);
}

/** Should `incoming` replace what the index holds (`current`, or nothing yet)? */
export const supersedes = (incoming: VersionStamp, current: VersionStamp | undefined): boolean => !current || comparePrecedence(incoming, current) > 0;
