/**
 * How the catalog orders the events of one product, so that "the newest model version wins" is a total order that
 * does not depend on the order events arrive in (a rebuild, a redelivery and a live run all converge on the same
 * read model).
 *
 * Model versions compare *naturally*: the version is split into runs of digits and runs of other characters;
 * digit runs compare as numbers ("1.10" > "1.9", "lora-12" > "lora-9", "2026-12-01" > "2026-11-30"), other runs
 * compare by their UTF-8 bytes, a digit run sorts before a text run, and a version that is a prefix of another is
 * older ("1.9" < "1.9.1"). Semver pre-release tags are NOT special ("1.0.0-rc1" > "1.0.0"): give releases versions
 * that grow.
 *
 * Rank = (pinned by policy, model version, occurredAt, eventId): a pinned version beats every other one; among equal
 * versions the later event wins (a review after an approval), and the event id breaks exact ties.
 */

const pad = (n: number, width: number): string => {
  const s = String(n);
  if (s.length > width) throw new RangeError(`${n} does not fit in ${width} digits`);
  return s.padStart(width, '0');
};

/**
 * A string whose plain byte order is the natural order of model versions. Prefix-free, ASCII only:
 * end = "0", digit run = "1" + 3-digit length + digits (leading zeros dropped), text run = "2" + hex(UTF-8) + ".".
 */
export function versionSortKey(version: string): string {
  let out = '';
  for (const run of version.match(/\d+|\D+/g) ?? []) {
    if (/^\d/.test(run)) {
      const digits = run.replace(/^0+(?=\d)/, '');
      out += `1${pad(digits.length, 3)}${digits}`;
    } else out += `2${Buffer.from(run, 'utf8').toString('hex')}.`;
  }
  return `${out}0`;
}

/** Negative, zero or positive, like Array.prototype.sort expects. */
export function compareModelVersions(a: string, b: string): number {
  const ka = versionSortKey(a);
  const kb = versionSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Which model version a projection serves: the newest unless pinned. */
export interface VersionPolicy {
  /** When set, events of this model version beat any other version (until the pin is lifted and the catalog rebuilt). */
  pinnedModelVersion?: string | undefined;
}

export interface Rankable {
  eventId: string;
  modelVersion: string;
  occurredAt: number;
}

/** The event's rank under a policy; compare ranks as plain strings (byte order). */
export function rankKey(e: Rankable, policy: VersionPolicy = {}): string {
  const pinned = policy.pinnedModelVersion !== undefined && e.modelVersion === policy.pinnedModelVersion ? '1' : '0';
  if (!Number.isSafeInteger(e.occurredAt) || e.occurredAt < 0) throw new RangeError(`occurredAt ${e.occurredAt} is not a valid epoch millis`);
  return `${pinned}${versionSortKey(e.modelVersion)}|${pad(e.occurredAt, 15)}|${e.eventId}`;
}

/** True when `candidate` should replace `current` (which may be absent). */
export const outranks = (candidate: string, current: string | null | undefined): boolean => current == null || candidate > current;
