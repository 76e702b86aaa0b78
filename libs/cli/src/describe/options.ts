import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseLocales } from '@vitrine/localization';

export const describeUsage =
  'vitrine describe <files|folders|URLs…> [--out DIR] [--locales en,de,…] [--market M] [--category-hint C] [--describer offline|vlm --vlm-url URL --vlm-model NAME] [--supplier ID] [--batch N] [--quiet]';

export const describeHelp = `${describeUsage}

Describes product photos in one process, with no Kafka, schema registry or Redis: the same stage handlers as the
services (preprocessor → describer → translator → moderator → publisher), routed in memory.

Inputs: image files, folders (walked recursively for .jpg .jpeg .png .webp .gif .tif .tiff .avif .heic .heif .bmp;
other files there are listed as skipped) and http(s) URLs. A named file is always tried, whatever its name.

Product ids come from file names: the name without its extension, lower-cased, every run of other characters than
a-z 0-9 . _ - turned into "-" ("Red Mug (2).JPG" → "red-mug-2"); a repeated id in one run gets "-2", "-3" …

Options:
  --out DIR             output folder (default ./out):
                          products/<productId>.json  one description per product, in the DescriptionPublished shape
                          index.html                 self-contained preview: image, attributes with sources and
                                                     confidences, moderation verdict, locale switcher
                          events/<Event>.avro        every event of the run, one Avro object container file per
                                                     event type (publish them later with \`vitrine publish-log\`)
                          failures.json              every input that was not described, with its reason
                          blobs/                     the images and derivatives, content-addressed
  --locales L,L,…       locales to render (default en,de,fr,zh-CN); --locales "" uses the market's defaults
  --market M            market code on the upload (default DE)
  --category-hint C     supplier category hint for every image of the run: a taxonomy code (home.mug,
                        footwear.sneakers …) or a label in one of the ten locales (mug, Tasse); default none.
                        Without a category, the default moderation policy holds a description for review.
  --supplier ID         supplier id on the upload (default "local")
  --describer MODE      offline (default): OCR, measured colours and keyword rules, no model server;
                        vlm: a vision-language model behind an OpenAI-compatible server
  --vlm-url URL         the server's base URL with /v1 (required with --describer vlm)
  --vlm-model NAME      the served model name (default glm-4.6v-flash)
  --batch N             images per describer micro-batch (default 8)
  --quiet               no progress output

Progress goes to stderr: a bar with images/s and ETA on a terminal, one line per image otherwise.
Exit status: 0 when every input was described, 1 when some were not (each is reported with its path and reason;
the others are written), 2 on a usage error.

The services' own settings apply too (e.g. MT, MT_URL for machine translation of VLM free text, OCR_* and ORT_* for
the models, MODEL_VERSION); see the README's configuration table.`;

export interface DescribeOptions {
  inputs: string[];
  out: string;
  /** Empty: the market's default locales. */
  locales: string[];
  market: string;
  categoryHint: string | null;
  supplier: string;
  describer: 'offline' | 'vlm';
  vlmUrl: string | null;
  vlmModel: string | null;
  batch: number;
  quiet: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseDescribeArgs(argv: string[]): DescribeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'out' },
        locales: { type: 'string', default: 'en,de,fr,zh-CN' },
        market: { type: 'string', default: 'DE' },
        'category-hint': { type: 'string' },
        supplier: { type: 'string', default: 'local' },
        describer: { type: 'string', default: 'offline' },
        'vlm-url': { type: 'string' },
        'vlm-model': { type: 'string' },
        batch: { type: 'string', default: '8' },
        quiet: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (!parsed.positionals.length) throw new UsageError('name at least one image file, folder or URL');
  if (v.describer !== 'offline' && v.describer !== 'vlm') throw new UsageError(`--describer must be offline or vlm, got "${v.describer}"`);
  if (v.describer === 'vlm' && !v['vlm-url']) throw new UsageError('--describer vlm needs --vlm-url (the model server base URL with /v1, e.g. http://127.0.0.1:8000/v1)');
  if (v.describer === 'offline' && (v['vlm-url'] || v['vlm-model'])) throw new UsageError('--vlm-url and --vlm-model need --describer vlm');
  if (v['vlm-url']) {
    try {
      new URL(v['vlm-url']);
    } catch {
      throw new UsageError(`--vlm-url is not a URL: "${v['vlm-url']}"`);
    }
  }
  let locales: string[];
  try {
    locales = parseLocales(v.locales.split(',').map((s) => s.trim()).filter(Boolean));
  } catch (e) {
    throw new UsageError(`--locales: ${(e as Error).message}`);
  }
  if (!/^[A-Za-z]{2,3}$/.test(v.market)) throw new UsageError(`--market must be a 2- or 3-letter market code such as DE, got "${v.market}"`);
  const batch = Number(v.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 256) throw new UsageError(`--batch must be an integer from 1 to 256, got "${v.batch}"`);
  return {
    inputs: parsed.positionals,
    out: resolve(v.out),
    locales,
    market: v.market.toUpperCase(),
    categoryHint: v['category-hint']?.trim() || null,
    supplier: v.supplier,
    describer: v.describer,
    vlmUrl: v['vlm-url'] ?? null,
    vlmModel: v['vlm-model'] ?? null,
    batch,
    quiet: v.quiet,
  };
}
