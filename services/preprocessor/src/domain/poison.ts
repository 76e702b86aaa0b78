// Dead-letter reasons (the vitrine.dlq.reason header): stable strings an operator can filter and count on.

import type { RejectionCode } from '@vitrine/imaging';

/** e.g. "image_truncated", "image_too_many_pixels", "image_unsupported_format". */
export const rejectionReason = (code: RejectionCode): string => `image_${code}`;

export const BLOB_NOT_FOUND = 'blob_not_found';
export const BLOB_URI_INVALID = 'blob_uri_invalid';
