import { PROBLEM_BASE, problemKinds, problemStatus } from '../../domain/problems';
import { MAX_TARGET_LOCALES } from '../../domain/upload-fields';

/** The OpenAPI 3.1 description served at /openapi.json (https://spec.openapis.org/oas/v3.1.0). */
export function openApiDocument(o: { maxImageBytes: number }) {
  const field = (description: string, extra: Record<string, unknown> = {}) => ({ type: 'string', description, ...extra });
  const uploadFields = {
    productId: field('Product id; the Kafka key, so one product\'s events stay ordered.', { pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' }),
    supplierId: field('Supplier id.', { pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' }),
    market: field('ISO 3166-1 alpha-2 market code (case-insensitive, stored upper-case).', { pattern: '^[A-Za-z]{2}$', examples: ['DE'] }),
    categoryHint: field('Optional category hint: taxonomy code or free text, at most 200 characters.', { maxLength: 200 }),
    targetLocales: field(`Comma-separated BCP 47 locales to render (1–${MAX_TARGET_LOCALES}); the field may also be repeated.`, { examples: ['en,de,zh-CN'] }),
    price: field('Optional decimal price in major units, e.g. "19.99"; stored as integer minor units of the currency. Requires currency.', { pattern: '^\\d{1,15}(\\.\\d+)?$' }),
    currency: field('ISO 4217 currency code; required with price.', { pattern: '^[A-Za-z]{3}$', examples: ['EUR'] }),
  };
  const required = ['productId', 'supplierId', 'market', 'targetLocales'];
  const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
  const errors = {
    '400': problemResponse('Invalid fields, an empty image or a malformed body (problem types invalid-fields, empty-image, malformed-request).'),
    '401': problemResponse('Missing or invalid API key.'),
    '413': problemResponse(`Image larger than ${o.maxImageBytes} bytes.`),
    '415': problemResponse('Not a supported image by its magic bytes (JPEG, PNG, WebP, AVIF, GIF, TIFF); SVG is refused.'),
    '503': problemResponse('Event bus unavailable; retry after the Retry-After seconds.'),
  };
  const idempotencyKey = {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'Optional, 1–255 printable ASCII characters (e.g. a UUID), unique per upload. A retry with the same key and the same request gets the ' +
      'first answer again, with the header Idempotent-Replayed: true, and records no second event; answers are kept 24 h (IDEMPOTENCY_TTL_SECONDS). ' +
      'Keys are scoped to the API key.',
    schema: { type: 'string', minLength: 1, maxLength: 255 },
  };
  const idempotencyErrors = {
    '409': problemResponse('A request with the same Idempotency-Key is still being processed (idempotency-key-in-use); retry after it is answered.'),
    '422': problemResponse('The Idempotency-Key was used for a different upload (idempotency-key-reused).'),
  };
  const accepted = { '202': { description: 'Stored and recorded; the pipeline continues asynchronously.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Accepted' } } } } };

  return {
    openapi: '3.1.0',
    info: {
      title: 'Vitrine intake API',
      version: '1.0.0',
      description:
        'Accepts supplier product images, stores the bytes content-addressed (sha256) and records an ImageUploaded event. ' +
        'The content type is sniffed from the bytes. Errors are RFC 9457 problem details. Uploading the same bytes twice stores them once ' +
        'and records two events with the same imageId, unless both requests carry the same Idempotency-Key.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { apiKey: [] }],
    paths: {
      '/v1/images': {
        post: {
          summary: 'Upload image bytes',
          description:
            'Either multipart/form-data with the upload fields and one file part named "image", or the raw image bytes as the body ' +
            '(any Content-Type except JSON and form-urlencoded, e.g. application/octet-stream or image/jpeg) with the upload fields as query parameters.',
          parameters: [
            idempotencyKey,
            ...Object.entries(uploadFields).map(([name, schema]) => ({ name, in: 'query', required: false, description: `${schema.description} (raw-body uploads: required ones are ${required.join(', ')})`, schema: { type: 'string' } })),
          ],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: { type: 'object', required: [...required, 'image'], properties: { ...uploadFields, image: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The image file.' } } },
              },
              'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
              'image/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
            },
          },
          responses: { ...accepted, ...errors, ...idempotencyErrors },
        },
      },
      '/v1/images:fromUrl': {
        post: {
          summary: 'Have the intake fetch an image URL',
          description:
            'Fetches an http(s) URL: every resolved address (and every redirect target) must be a public address, or in the operator\'s allowlist; ' +
            'redirects, size and time are limited. Loopback, private, CGNAT, link-local, unique-local, multicast and cloud metadata addresses are refused with 422 url-not-allowed.',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['url', ...required],
                  additionalProperties: false,
                  properties: { url: { type: 'string', format: 'uri', maxLength: 2048 }, ...uploadFields, targetLocales: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, price: { oneOf: [{ type: 'string' }, { type: 'number' }] } },
                },
              },
            },
          },
          parameters: [idempotencyKey],
          responses: {
            ...accepted,
            ...errors,
            '409': idempotencyErrors['409'],
            '422': problemResponse(
              'URL not allowed (url-not-allowed), the fetch failed (url-fetch-failed: DNS, connection, HTTP status, too many redirects), or the Idempotency-Key was used for a different upload (idempotency-key-reused).',
            ),
            '504': problemResponse('The URL did not deliver the image in time.'),
          },
        },
      },
      '/healthz': { get: { summary: 'Liveness', security: [], responses: { '200': { description: 'Alive' } } } },
      '/readyz': { get: { summary: 'Readiness (event bus connected)', security: [], responses: { '200': { description: 'Ready' }, '503': { description: 'Not ready, with reasons' } } } },
      '/openapi.json': { get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1 document' } } } },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer <API key>' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      },
      schemas: {
        Accepted: {
          type: 'object',
          required: ['eventId', 'correlationId', 'productId', 'imageId', 'imageUri', 'contentType', 'byteSize', 'sourceUrl'],
          properties: {
            eventId: { type: 'string', format: 'uuid', description: 'Id of the ImageUploaded event.' },
            correlationId: { type: 'string', description: 'Follows this upload through every later event and log line.' },
            productId: { type: 'string' },
            imageId: { type: 'string', description: 'sha256 of the bytes (hex).' },
            imageUri: { type: 'string', examples: ['blob://sha256/…'] },
            contentType: { type: 'string', enum: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/tiff'] },
            byteSize: { type: 'integer' },
            sourceUrl: { type: ['string', 'null'] },
          },
        },
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details; `errors` lists invalid fields for invalid-fields.',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string', format: 'uri', enum: problemKinds.map((k) => PROBLEM_BASE + k), description: problemKinds.map((k) => `${k}: ${problemStatus(k)}`).join(', ') },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string', description: 'What to change to succeed.' },
            instance: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
  };
}
