export type { BlobStore, PutOptions, StoredBlob } from './port';
export { BlobIntegrityError, BlobNotFoundError, InvalidBlobUriError } from './errors';
export { BLOB_URI_PREFIX, blobUriFor, parseBlobUri, sha256Hex, type ParsedBlobUri } from './uri';
export { createFsBlobStore, type FsBlobStoreOptions } from './fs-store';
export { createMemoryBlobStore } from './memory-store';
