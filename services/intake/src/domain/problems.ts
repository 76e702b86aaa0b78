/**
 * Every refusal the intake can give, as RFC 9457 problem details (https://www.rfc-editor.org/rfc/rfc9457).
 * `type` is a stable URI per kind of problem (clients switch on it); `detail` tells a person what to change.
 */

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Extension members (RFC 9457 §3.2), e.g. the list of invalid fields. */
  extensions?: Record<string, unknown>;
  /** Response headers that belong to this problem (WWW-Authenticate, Retry-After, Allow). */
  headers?: Record<string, string>;
}

export const PROBLEM_BASE = 'https://vitrine.dev/problems/';

type Kind =
  | 'unauthorized'
  | 'invalid-fields'
  | 'empty-image'
  | 'unsupported-media-type'
  | 'svg-refused'
  | 'payload-too-large'
  | 'malformed-request'
  | 'url-not-allowed'
  | 'url-fetch-failed'
  | 'url-fetch-timeout'
  | 'not-found'
  | 'method-not-allowed'
  | 'idempotency-key-in-use'
  | 'idempotency-key-reused'
  | 'unavailable'
  | 'internal';

const TITLES: Record<Kind, [number, string]> = {
  unauthorized: [401, 'Missing or invalid API key'],
  'invalid-fields': [400, 'Invalid upload fields'],
  'empty-image': [400, 'Empty image'],
  'unsupported-media-type': [415, 'Not a supported image'],
  'svg-refused': [415, 'SVG images are not accepted'],
  'payload-too-large': [413, 'Upload too large'],
  'malformed-request': [400, 'Malformed request'],
  'url-not-allowed': [422, 'URL not allowed'],
  'url-fetch-failed': [422, 'Could not fetch the image URL'],
  'url-fetch-timeout': [504, 'Fetching the image URL timed out'],
  'not-found': [404, 'No such endpoint'],
  'method-not-allowed': [405, 'Method not allowed'],
  'idempotency-key-in-use': [409, 'Idempotency key in use'],
  'idempotency-key-reused': [422, 'Idempotency key reused for another request'],
  unavailable: [503, 'Temporarily unavailable'],
  internal: [500, 'Internal error'],
};

export function problem(kind: Kind, detail: string, more: Pick<Problem, 'extensions' | 'headers'> = {}): Problem {
  const [status, title] = TITLES[kind];
  return { type: PROBLEM_BASE + kind, title, status, detail, ...more };
}

/** An error that carries the problem to answer with; adapters throw it, the HTTP adapter renders it. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

export const problemKinds = Object.keys(TITLES) as Kind[];
export const problemStatus = (kind: Kind): number => TITLES[kind][0];
export type ProblemKind = Kind;

/** The JSON body of a problem response. */
export const problemBody = (p: Problem, instance?: string) => ({ type: p.type, title: p.title, status: p.status, detail: p.detail, ...(instance ? { instance } : {}), ...p.extensions });
