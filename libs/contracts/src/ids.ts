import { createHash, randomUUID } from 'node:crypto';

/**
 * Derived event ids are deterministic: the same causing event, stage and model version always yield the same id,
 * so a re-delivered input produces an output that consumers can dedupe (shared/DESIGN.md "Events").
 * Format: an RFC 9562 version-8 UUID built from a SHA-256 of the parts (custom, name-based).
 */
export function deriveEventId(causationId: string, stage: string, modelVersion = '', discriminator = ''): string {
  const h = createHash('sha256').update(`${causationId}\u0000${stage}\u0000${modelVersion}\u0000${discriminator}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x80; // version 8
  h[8] = (h[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** Ids of events that enter the system (uploads) are random: they have no cause to derive from. */
export const newEventId = (): string => randomUUID();
