import type { IncomingMessage } from 'node:http';
import { problem, ProblemError } from '../../domain/problems';
import { readLimited } from '../read-limited';

/** Reads a request body into memory, refusing (413) as soon as it is over `limit` bytes — before, if Content-Length says so. */
export function readBody(req: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  return readLimited(req, limit, () =>
    new ProblemError(problem('payload-too-large', `${what} is larger than the ${limit}-byte limit; send a smaller image`, { extensions: { limitBytes: limit }, headers: { connection: 'close' } })),
  );
}

export interface MultipartUpload {
  fields: Record<string, string | string[]>;
  file: { bytes: Buffer; filename: string | null } | null;
  fileFieldCount: number;
}

export const FILE_FIELDS = ['image', 'file'] as const;

/**
 * multipart/form-data (RFC 7578) through the runtime's own parser (undici's Response.formData), so no extra
 * dependency. The whole body is already in memory and bounded by readBody's limit.
 */
export async function parseMultipart(body: Buffer, contentType: string): Promise<MultipartUpload> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new ProblemError(problem('malformed-request', 'the multipart/form-data body could not be parsed; check the boundary in Content-Type and that the client sends a complete form'));
  }
  const fields: Record<string, string | string[]> = {};
  let file: MultipartUpload['file'] = null;
  let fileFieldCount = 0;
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') {
      if (!(FILE_FIELDS as readonly string[]).includes(name)) {
        throw new ProblemError(problem('invalid-fields', `the file part is named "${name}"; name it "image"`, { extensions: { errors: [{ field: name, message: 'file parts must be named "image"' }] } }));
      }
      fileFieldCount++;
      file = { bytes: Buffer.from(await value.arrayBuffer()), filename: (value as File).name || null };
      continue;
    }
    const prev = fields[name];
    fields[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return { fields, file, fileFieldCount };
}

/** Query parameters as a field map; repeated names become arrays. */
export function queryFields(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}
