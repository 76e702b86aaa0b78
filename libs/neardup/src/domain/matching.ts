// Confirmation of candidates found through the bands: Hamming distance within the threshold, then the
// colour check, then the closest one wins (ties broken by colour distance, then image id, so a lookup is
// deterministic whatever order the store returns its members in).

import type { Fingerprint, FingerprintInput, NearDupMatch } from '../port';
import { assertColourLayout, colourLayoutDistance } from './colour-layout';
import type { StoredEntry } from './entry-codec';
import { formatHash64, parseHash64 } from './hash64';
import type { NearDupConfig } from './options';

export interface NormalizedFingerprint {
  hash: bigint;
  hex: string;
  colour: Uint8Array | undefined;
}

export function normalizeFingerprint(input: FingerprintInput): NormalizedFingerprint {
  const fp: Fingerprint = typeof input === 'bigint' || typeof input === 'string' ? { phash: input } : input;
  const hash = parseHash64(fp.phash);
  if (fp.colour !== undefined) assertColourLayout(fp.colour, 'fingerprint.colour');
  return { hash, hex: formatHash64(hash), colour: fp.colour };
}

export interface ConfirmCandidate {
  hashHex: string;
  distance: number;
  imageId: string;
  entry: StoredEntry;
}

export function pickBestMatch(query: NormalizedFingerprint, candidates: Iterable<ConfirmCandidate>, config: NearDupConfig): NearDupMatch | null {
  let best: NearDupMatch | null = null;
  for (const c of candidates) {
    if (c.distance > config.scheme.threshold) continue;
    let colourDistance: number | null = null;
    if (query.colour && c.entry.colour && query.colour.length === c.entry.colour.length) {
      colourDistance = colourLayoutDistance(query.colour, c.entry.colour);
      if (config.colourThreshold !== null && colourDistance > config.colourThreshold) continue;
    }
    const match: NearDupMatch = { imageId: c.imageId, distance: c.distance, colourDistance, hash: c.hashHex, payload: c.entry.payload };
    if (best === null || compareMatches(match, best) < 0) best = match;
  }
  return best;
}

function compareMatches(a: NearDupMatch, b: NearDupMatch): number {
  if (a.distance !== b.distance) return a.distance - b.distance;
  const ca = a.colourDistance ?? 0;
  const cb = b.colourDistance ?? 0;
  if (ca !== cb) return ca - cb;
  return a.imageId < b.imageId ? -1 : a.imageId > b.imageId ? 1 : 0;
}
