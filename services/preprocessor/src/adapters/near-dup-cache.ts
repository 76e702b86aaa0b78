// The cache lookup port over a NearDupIndex. A failing index (Redis down, timeouts) is a dependency outage:
// it becomes UnavailableError, so the runner retries the whole batch with backoff and stops fetching meanwhile
// instead of dead-lettering good images. Argument errors (a malformed fingerprint) are bugs and pass through.

import type { NearDupIndex } from '@vitrine/neardup';
import { UnavailableError } from '@vitrine/stream';
import type { FindCached } from '../ports';

export function nearDupLookup(index: NearDupIndex): FindCached {
  return async (fingerprint) => {
    try {
      return await index.lookup(fingerprint);
    } catch (e) {
      if (e instanceof RangeError || e instanceof TypeError) throw e;
      throw new UnavailableError(`near-duplicate index unavailable (model version ${index.config.modelVersion}): ${(e as Error).message}`, { cause: e });
    }
  };
}
