import type { LocalizedContent, ProductDescription, UploadContext } from '@vitrine/contracts';
import { translateFreeText, type FreeTextTranslation } from './free-text';
import type { TranslateFn } from './mt-port';
import { renderLocale, type RenderOptions } from './render-locale';
import { parseLocales } from './target-locales';

export interface RenderAllResult {
  locales: LocalizedContent[];
  /** Locales whose free-text translation the engine refused; they carry `freeTextStatus: source_only`. */
  failures: FreeTextTranslation['failures'];
}

/**
 * Renders every requested locale: free text through the MT port (when one is given), everything else from the
 * taxonomy. Throws UnsupportedLocaleError before any MT call if a locale is unsupported.
 */
export async function renderAllWithReport(
  description: ProductDescription,
  context: UploadContext,
  locales: readonly string[],
  mt?: TranslateFn | null,
  options: Omit<RenderOptions, 'freeText'> = {},
): Promise<RenderAllResult> {
  const targets = parseLocales(locales);
  const ft = await translateFreeText(description, targets, mt ?? null);
  return {
    locales: targets.map((l) => renderLocale(description, context, l, { ...options, freeText: ft.byLocale[l] ?? null })),
    failures: ft.failures,
  };
}
