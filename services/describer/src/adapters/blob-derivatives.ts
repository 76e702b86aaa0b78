import { BlobNotFoundError, InvalidBlobUriError, type BlobStore } from '@vitrine/blobstore';
import { UnavailableError } from '@vitrine/stream';
import { DerivativeNotFound, InvalidDerivative, type LoadDerivative } from '../ports';

/**
 * Loads derivatives from the blob store (blob://sha256/… or file://). A missing blob and a bad URI are this record's
 * problem; any other failure (I/O error, permissions, a store that is down) is the store's, so the batch waits.
 */
export function createBlobDerivativeLoader(store: BlobStore): LoadDerivative {
  return async (uri) => {
    try {
      return await store.get(uri);
    } catch (e) {
      if (e instanceof BlobNotFoundError) throw new DerivativeNotFound(uri, { cause: e });
      if (e instanceof InvalidBlobUriError) throw new InvalidDerivative(e.message, { cause: e });
      throw new UnavailableError(`blob store failed reading ${uri}: ${(e as Error).message}`, { cause: e });
    }
  };
}
