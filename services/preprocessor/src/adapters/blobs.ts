// Blob-store ports over @vitrine/blobstore (filesystem or memory adapter, chosen in compose.ts).

import type { BlobStore } from '@vitrine/blobstore';
import type { ReadBlob, StoreBlob } from '../ports';

export function blobPorts(store: BlobStore): { readBlob: ReadBlob; storeBlob: StoreBlob } {
  return { readBlob: (uri) => store.get(uri), storeBlob: (bytes) => store.put(bytes) };
}
