/** The URI names no stored blob (or the file:// path does not exist). */
export class BlobNotFoundError extends Error {
  constructor(readonly uri: string, where?: string) {
    super(`blob not found: ${uri}${where ? ` (looked at ${where})` : ''}; check that the producer and this service share the same blob store (BLOB_STORE_DIR)`);
    this.name = 'BlobNotFoundError';
  }
}

/** The string is not a URI this store understands. */
export class InvalidBlobUriError extends Error {
  constructor(readonly uri: string, reason: string) {
    super(`invalid blob URI "${uri}": ${reason}; expected blob://sha256/<64 lowercase hex digits> or file:///absolute/path`);
    this.name = 'InvalidBlobUriError';
  }
}

/** put() was told which digest to expect and the bytes hash to something else (corruption or a caller bug). */
export class BlobIntegrityError extends Error {
  constructor(readonly expected: string, readonly actual: string) {
    super(`blob integrity check failed: expected sha256 ${expected}, the bytes hash to ${actual}`);
    this.name = 'BlobIntegrityError';
  }
}
