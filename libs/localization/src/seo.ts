import { label, type CategoryDef } from '@vitrine/taxonomy';
import type { LocaleGrammar, NounPhraseParts } from './grammar';

const MAX_KEYWORDS = 12;

/**
 * Search keywords in the locale, in running-text case (de nouns keep their capital; brand and model verbatim):
 * category, colour + category, category + material, brand, brand + category, model, features, use scenes, style.
 */
export function seoKeywords(
  g: LocaleGrammar,
  category: CategoryDef | null,
  np: NounPhraseParts,
  features: ReadonlyArray<{ code: string }>,
  scenes: ReadonlyArray<{ code: string }>,
  styles: ReadonlyArray<{ code: string }>,
  id: { brand: string | null; model: string | null },
): string[] {
  const noun = category ? np.noun.text : null;
  const gap = g.locale === 'ja' || g.locale === 'zh-CN' ? '' : ' ';
  const candidates: Array<string | null> = [
    noun,
    noun && np.color ? g.nounPhrase({ ...np, material: null }) : null,
    noun && np.material ? g.nounPhrase({ ...np, color: null }) : null,
    id.brand,
    id.brand && noun ? `${id.brand}${gap || ' '}${noun}` : null,
    id.model,
    ...features.slice(0, 3).map((f) => label(f.code, g.locale)),
    ...scenes.slice(0, 2).map((s) => label(s.code, g.locale)),
    ...styles.slice(0, 1).map((s) => label(s.code, g.locale)),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const k of candidates) {
    if (!k) continue;
    const key = k.toLocaleLowerCase(g.locale);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(k);
  }
  return out.slice(0, MAX_KEYWORDS);
}
