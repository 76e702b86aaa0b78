import type { IncomingMessage } from 'node:http';

/**
 * Reads a request or response body into memory, refusing with `tooLarge()` as soon as it is over `limit` bytes —
 * before reading anything when Content-Length already says so. `onOverflow` runs first (a response from a remote
 * server is destroyed rather than drained).
 */
export async function readLimited(message: IncomingMessage, limit: number, tooLarge: () => Error, onOverflow: () => void = () => {}): Promise<Buffer> {
  const refuse = () => {
    onOverflow();
    return tooLarge();
  };
  const declared = Number(message.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw refuse();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw refuse();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
