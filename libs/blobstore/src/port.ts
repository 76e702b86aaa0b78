/** What put() returns: the content address and facts about the stored bytes. */
export interface StoredBlob {
  uri: string;
  sha256: string;
  size: number;
}

export interface PutOptions {
  /** When given, put() refuses bytes whose digest differs (BlobIntegrityError) instead of storing them. */
  expectedSha256?: string;
}

/**
 * Content-addressed blob storage. Events carry the URI, never the bytes (shared/DESIGN.md).
 * put() is idempotent: the same bytes always give the same URI and are stored once.
 * get() reads blob://sha256/<hex> and, for the CLI and tests, file:// URIs.
 */
export interface BlobStore {
  put(bytes: Uint8Array, opts?: PutOptions): Promise<StoredBlob>;
  get(uri: string): Promise<Buffer>;
  has(uri: string): Promise<boolean>;
}
