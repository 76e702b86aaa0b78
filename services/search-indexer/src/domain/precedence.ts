/**
 * Version precedence (docs/consumer-contract.md): for one product, the description of the newest model version
 * wins; within one model version, the later `occurredAt` wins; the event id breaks a remaining tie so every
 * consumer picks the same winner whatever order it saw the events in.
 *
 * "Newer" compares model versions as natural strings: digit runs compare as numbers, so "glm-4.6v-flash@10" is
 * newer than "glm-4.6v-flash@9" and "offline@2026-12-02" newer than "offline@2026-11-30". An operator who names
 * versions so they sort (a counter or a date after the "@") gets the newest one in every projection.
 */
export interface VersionStamp {
  modelVersion: string;
  occurredAt: number;
  eventId: string;
}

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

export const compareModelVersions = (a: string, b: string): number => Math.sign(natural.compare(a, b));

/** > 0 when `a` takes precedence over `b`, < 0 when `b` does, 0 only for the same event. */
export function comparePrecedence(a: VersionStamp, b: VersionStamp): number {
  return compareModelVersions(a.modelVersion, b.modelVersion) || Math.sign(a.occurredAt - b.occurredAt) || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);
}

/** Should `incoming` replace what the index holds (`current`, or nothing yet)? */
export const supersedes = (incoming: VersionStamp, current: VersionStamp | undefined): boolean => !current || comparePrecedence(incoming, current) > 0;
