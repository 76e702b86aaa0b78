import type { ProductDescription } from '@vitrine/contracts';
import { matchLocale, type Locale } from '@vitrine/taxonomy';
import { MtError, type TranslateFn } from './mt-port';
import { protectedTerms } from './protected-terms';

/** The free text one locale carries: the source text, or its machine translation. */
export interface LocalizedFreeText {
  sellingPoints: string[];
  description: string | null;
  /** `source_only`: the original text (this locale is the source locale); `translated`: machine-translated. */
  status: 'source_only' | 'translated';
}

export type FreeTextByLocale = Partial<Record<Locale, LocalizedFreeText>>;

export interface FreeTextTranslation {
  byLocale: FreeTextByLocale;
  /** Locales whose translation the engine refused (non-retryable); they render with `freeTextStatus: source_only`. */
  failures: Array<{ locale: Locale; error: string }>;
}

/**
 * The locale the free text is in, as a supported locale where one matches ("en-US" → "en", "zh" → "zh-CN"), else
 * the tag as given (a model may answer in a language we do not render; machine translation can still start from it).
 */
export function freeTextSourceLocale(description: ProductDescription): string | null {
  const ft = description.freeText;
  if (!ft) return null;
  return matchLocale(ft.locale) ?? ft.locale;
}

/** Whether the free text has anything to carry: a selling point or a description that is not blank. */
export const hasFreeText = (d: ProductDescription): boolean =>
  !!d.freeText && (d.freeText.sellingPoints.some((s) => s.trim() !== '') || (d.freeText.description ?? '').trim() !== '');

/** Locales translated at once: a few requests in flight, without flooding the MT engine with one per locale. */
const MT_CONCURRENCY = 3;

/**
 * Translates the free text (selling points and description) into each target locale through the MT port, with the
 * description's protected terms masked. The source locale keeps the original. Without a translator nothing is
 * translated and every other locale renders `source_only`. A retryable MT failure (MtTransientError) propagates so
 * the service retries the whole event with backoff; a non-retryable one is recorded in `failures` and that locale
 * falls back to `source_only` rather than blocking the product.
 */
export async function translateFreeText(
  description: ProductDescription,
  targets: readonly Locale[],
  mt: TranslateFn | null,
): Promise<FreeTextTranslation> {
  const byLocale: FreeTextByLocale = {};
  const failures: FreeTextTranslation['failures'] = [];
  const ft = description.freeText;
  if (!ft || !hasFreeText(description)) return { byLocale, failures };
  const source = freeTextSourceLocale(description)!;
  const sellingPoints = ft.sellingPoints.map((s) => s.trim()).filter((s) => s !== '');
  const longText = ft.description?.trim() || null;
  const texts = longText === null ? sellingPoints : [...sellingPoints, longText];
  const terms = protectedTerms(description);

  const pending: Locale[] = [];
  for (const locale of targets) {
    if (locale === source) byLocale[locale] = { sellingPoints, description: longText, status: 'source_only' };
    else if (mt) pending.push(locale);
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < pending.length) {
      const locale = pending[next++]!;
      try {
        const out = await mt!({ texts, from: ft.locale, to: locale, protectedTerms: terms });
        if (out.length !== texts.length) throw new MtError(`translator returned ${out.length} texts for ${texts.length}`, false);
        byLocale[locale] = {
          sellingPoints: out.slice(0, sellingPoints.length),
          description: longText === null ? null : out[sellingPoints.length]!,
          status: 'translated',
        };
      } catch (err) {
        if (err instanceof MtError && !err.retryable) failures.push({ locale, error: err.message });
        else throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(MT_CONCURRENCY, pending.length) }, worker));
  failures.sort((a, b) => targets.indexOf(a.locale) - targets.indexOf(b.locale));
  return { byLocale, failures };
}
