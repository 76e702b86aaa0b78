import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './processes';

/** The example product photos (test/fixtures/examples) and the category hint each was generated for. */
export interface ExampleImage {
  name: string;
  bytes: Buffer;
  contentType: string;
  categoryHint: string | null;
}

export function exampleImages(): ExampleImage[] {
  const dir = join(repoRoot, 'test', 'fixtures', 'examples');
  return readdirSync(dir)
    .filter((f) => /\.(jpe?g|png)$/.test(f))
    .sort()
    .map((f) => {
      const name = f.replace(/\.[^.]+$/, '');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as { categoryHint?: string };
      return { name, bytes: readFileSync(join(dir, f)), contentType: f.endsWith('.png') ? 'image/png' : 'image/jpeg', categoryHint: expected.categoryHint ?? null };
    });
}

export interface UploadRequest {
  productId: string;
  image: ExampleImage;
  market: string;
  targetLocales: readonly string[];
  price?: string;
  currency?: string;
}

/** POST /v1/images on the intake with the raw bytes and the fields as query parameters; returns the 202 body. */
export async function uploadThroughIntake(intakeUrl: string, apiKey: string, u: UploadRequest): Promise<{ eventId: string; productId: string; imageId: string }> {
  const q = new URLSearchParams({ productId: u.productId, supplierId: 'e2e-supplier', market: u.market, targetLocales: u.targetLocales.join(',') });
  if (u.image.categoryHint) q.set('categoryHint', u.image.categoryHint);
  if (u.price) q.set('price', u.price);
  if (u.currency) q.set('currency', u.currency);
  const res = await fetch(`${intakeUrl}/v1/images?${q}`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': u.image.contentType }, body: u.image.bytes });
  const body = await res.text();
  if (res.status !== 202) throw new Error(`intake answered ${res.status} for ${u.productId}: ${body}`);
  return JSON.parse(body) as { eventId: string; productId: string; imageId: string };
}
