import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';

/** File name extensions taken from folders; a file named on the command line is always tried, whatever its name. */
export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.tif', '.tiff', '.avif', '.heic', '.heif', '.bmp']);

export interface InputSource {
  /** What the user named (a path or URL), for messages. */
  label: string;
  kind: 'file' | 'url';
  /** Absolute path or URL. */
  location: string;
  productId: string;
}

export interface InputProblem {
  label: string;
  reason: string;
}

export interface ExpandedInputs {
  sources: InputSource[];
  problems: InputProblem[];
  /** Files in named folders that are not images by their extension (e.g. README, *.json): listed, not described. */
  skipped: string[];
}

/** A path as the user would type it: relative to the working folder when inside it. */
const shown = (abs: string) => {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
};

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/**
 * Expands the command line into the images to describe. Folders are walked recursively, in name order, for files with
 * an image extension; other files there are listed as skipped, and `exclude`d folders (the output) are not entered. Paths that do not exist are problems (reported, not
 * fatal). Product ids come from file names (see productIdFrom) and are made unique within one run.
 */
export async function expandInputs(args: readonly string[], exclude: readonly string[] = []): Promise<ExpandedInputs> {
  const excluded = exclude.map((p) => resolve(p));
  const sources: InputSource[] = [];
  const problems: InputProblem[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  const ids = new Map<string, number>();
  const add = (label: string, kind: InputSource['kind'], location: string, name: string) => {
    if (seen.has(location)) return;
    seen.add(location);
    const base = productIdFrom(name);
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    sources.push({ label, kind, location, productId: n === 1 ? base : `${base}-${n}` });
  };

  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory() && excluded.includes(p)) continue; // the run's own output folder
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && IMAGE_EXTENSIONS.has(extname(e.name).toLowerCase())) add(shown(p), 'file', p, e.name);
      else if (e.isFile()) skipped.push(p);
    }
  };

  for (const arg of args) {
    if (isUrl(arg)) {
      let url: URL;
      try {
        url = new URL(arg);
      } catch {
        problems.push({ label: arg, reason: 'not a valid URL' });
        continue;
      }
      add(arg, 'url', url.href, decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '') || url.hostname.replace(/\./g, '-'));
      continue;
    }
    const abs = resolve(arg);
    const s = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (s instanceof Error) {
      problems.push({ label: arg, reason: s.code === 'ENOENT' ? 'no such file or folder' : s.code === 'EACCES' ? 'permission denied' : s.message });
    } else if (s.isDirectory()) {
      const before = sources.length;
      await walk(abs);
      if (sources.length === before) problems.push({ label: arg, reason: `folder holds no image files (${[...IMAGE_EXTENSIONS].join(' ')})` });
    } else if (s.isFile()) add(arg, 'file', abs, basename(abs));
    else problems.push({ label: arg, reason: 'not a regular file or folder' });
  }
  return { sources, problems, skipped };
}

/**
 * Product id from a file name: the name without its extension, lower-cased, with every run of characters other than
 * a-z, 0-9, "." , "_" and "-" turned into one "-" (so "Red Mug (2).JPG" → "red-mug-2"). A second file with the same
 * id in one run gets "-2", a third "-3", in command-line order.
 */
export function productIdFrom(fileName: string): string {
  const stem = fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
  const id = stem.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return id.slice(0, 120) || 'product';
}

export const MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024;

/** The bytes of one source: a file read, or an HTTP(S) download with a timeout and a size cap. */
export async function readSource(s: InputSource, timeoutMs = 30_000): Promise<Buffer> {
  if (s.kind === 'file') {
    try {
      return await readFile(s.location);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new Error(code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : `cannot read: ${(e as Error).message}`);
    }
  }
  let res: Response;
  try {
    res = await fetch(s.location, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (e) {
    throw new Error(`download failed: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`);
  }
  if (!res.ok) throw new Error(`download failed: HTTP ${res.status} ${res.statusText}`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_DOWNLOAD_BYTES) throw new Error(`download refused: ${declared} bytes is more than ${MAX_DOWNLOAD_BYTES}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body ?? []) {
    size += chunk.length;
    if (size > MAX_DOWNLOAD_BYTES) throw new Error(`download refused: more than ${MAX_DOWNLOAD_BYTES} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
