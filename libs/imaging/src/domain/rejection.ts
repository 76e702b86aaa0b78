// Why an image was refused: a stable machine code (safe to branch on, to count in metrics, to show in the
// review console) and a message a supplier or operator can act on.

export const REJECTION_CODES = [
  'empty',
  'too_large',
  'not_an_image',
  'unsupported_format',
  'too_many_pixels',
  'too_small',
  'animated',
  'truncated',
  'corrupt',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export type RejectionDetails = Readonly<Record<string, string | number | boolean>>;

export class ImageRejected extends Error {
  override readonly name = 'ImageRejected';
  readonly code: RejectionCode;
  readonly details: RejectionDetails;

  constructor(code: RejectionCode, message: string, details: RejectionDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

export function isImageRejected(error: unknown): error is ImageRejected {
  return error instanceof ImageRejected;
}
