import type { LocalizedContent, NamedAttribute, ProductDescription, UploadContext } from '@vitrine/contracts';
import {
  category as categoryDef,
  displayLabel,
  featureApposition,
  label,
  matchLocale,
  normalizeCode,
  UnknownCodeError,
  type CategoryDef,
  type CodeKind,
  type Locale,
  type Noun,
} from '@vitrine/taxonomy';
import { formatPrice } from './format';
import { hasFreeText, type LocalizedFreeText } from './free-text';
import type { LocaleGrammar, NounPhraseParts } from './grammar';
import { grammars } from './locales';
import { renderAttribute, type RenderedAttribute } from './named-attributes';
import { seoKeywords } from './seo';
import { parseLocale } from './target-locales';
import { measureTitle, titleLimitFor, truncateToFit, type TitleLimit } from './title-limits';

export interface RenderOptions {
  /**
   * The free text this locale carries (from translateFreeText). Absent: the source locale carries the original and
   * every other locale carries none (`freeTextStatus: source_only`), as with no translator configured.
   */
  freeText?: LocalizedFreeText | null;
  /** Overrides the market's title limit (TITLE_LIMITS). */
  titleLimit?: TitleLimit;
  /** Adds a price sentence to the long description (from context.priceMinor and context.currency). Default false. */
  includePrice?: boolean;
}

export const MAX_BULLETS = 5;
export const MIN_BULLETS = 3;
const TITLE_FEATURES = 2;
const PRINTED_LINES = 3;

/** NamedAttributes a title may carry after the headline, most telling first (when the category does not say). */
const TITLE_ATTRIBUTES = ['capacity', 'volume', 'net_weight', 'battery_capacity', 'storage', 'screen_size', 'power', 'quantity', 'weight', 'length'];
/** Rendered in the identity bullet, not among the specifications. */
const IDENTITY = ['brand', 'model_number', 'compatibility'];

interface Coded {
  /** The code as it appears in the description (the key of attributeLabels). */
  given: string;
  /** The taxonomy code it stands for. */
  code: string;
}

function resolveCodes(kind: CodeKind, given: readonly { code: string }[]): Coded[] {
  const out: Coded[] = [];
  for (const { code: raw } of given) {
    const code = normalizeCode(kind, raw);
    if (!code) throw new UnknownCodeError(raw, kind);
    if (!out.some((c) => c.code === code)) out.push({ given: raw, code });
  }
  return out;
}

/** The description resolved against the taxonomy: every code known (UnknownCodeError otherwise). */
interface Resolved {
  category: CategoryDef | null;
  categoryGiven: string | null;
  colors: Coded[];
  materials: Coded[];
  styles: Coded[];
  useScenes: Coded[];
  features: Coded[];
  attributes: readonly NamedAttribute[];
}

function resolve(d: ProductDescription): Resolved {
  return {
    category: d.category ? categoryDef(d.category.code.trim()) : null,
    categoryGiven: d.category ? d.category.code : null,
    colors: resolveCodes('color', d.colors),
    materials: resolveCodes('material', d.materials),
    styles: resolveCodes('style', d.styles),
    useScenes: resolveCodes('use_scene', d.useScenes),
    features: resolveCodes('feature', d.features),
    attributes: d.attributes,
  };
}

function join(parts: ReadonlyArray<string | null>, sep: string): string | null {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length ? kept.join(sep) : null;
}

/**
 * Renders one locale of a product from its structured description: title (fitted to the market's limit), 3–5
 * bullet points, long description, SEO keywords, the label of every code present, and the free-text status.
 * Pure and deterministic: the same description, context, locale and options always give the same text.
 * Throws UnsupportedLocaleError for a locale outside supportedLocales and UnknownCodeError for a code the taxonomy
 * does not hold.
 */
export function renderLocale(description: ProductDescription, context: UploadContext, localeTag: string, opts: RenderOptions = {}): LocalizedContent {
  const locale = parseLocale(localeTag);
  const g = grammars[locale];
  const r = resolve(description);
  const noun: Noun = r.category ? r.category.nouns[locale] : g.genericNoun;
  const np: NounPhraseParts = { noun, color: r.colors[0]?.code ?? null, material: r.materials[0]?.code ?? null };

  const attrs = r.attributes.map((a) => renderAttribute(a, locale));
  const byName = (name: string): RenderedAttribute[] => attrs.filter((a) => a.name === name);
  const brand = byName('brand')[0]?.text ?? null;
  const model = byName('model_number')[0]?.text ?? null;
  const compat = byName('compatibility')[0]?.text ?? null;

  const freeText = carriedFreeText(description, locale, opts.freeText);
  const labels = (codes: Coded[]): string[] => codes.map((c) => label(c.code, locale));

  // Specification parts, each "Label: value(s)", shared by the bullets and the long description.
  const part = (sg: string, pl: string, codes: Coded[]): string | null =>
    codes.length ? g.labelled(codes.length > 1 ? pl : sg, g.list(labels(codes))) : null;
  const colorPart = part(g.ui.color, g.ui.colors, r.colors);
  const materialPart = part(g.ui.material, g.ui.materials, r.materials);
  const featurePart = part(g.ui.features, g.ui.features, r.features);
  const stylePart = part(g.ui.style, g.ui.style, r.styles);
  const scenePart = part(g.ui.useScenes, g.ui.useScenes, r.useScenes);
  const attrPart = (a: RenderedAttribute[]): string | null => (a.length ? g.labelled(a[0]!.label, g.list(a.map((x) => x.text))) : null);
  const specNames = [...new Set(attrs.map((a) => a.name).filter((n) => !IDENTITY.includes(n)))];
  const specParts = specNames.map((n) => attrPart(byName(n)));
  const identityParts = IDENTITY.map((n) => attrPart(byName(n)));
  const printed = description.printedText.slice(0, PRINTED_LINES).map((p) => g.quote(p.text.trim()));
  const printedPart = printed.length ? g.labelled(g.ui.printedText, g.list(printed)) : null;
  const pricePart =
    opts.includePrice && context.priceMinor != null && context.currency ? g.labelled(g.ui.price, formatPrice(locale, context.priceMinor, context.currency)) : null;

  const title = renderTitle(g, np, r, attrs, { brand, model, compat }, opts.titleLimit ?? titleLimitFor(context.market));

  // Bullets: the three most useful specification bullets, then the model's selling points, then the rest; 3 to 5.
  const structured = [
    featurePart,
    join([colorPart, materialPart], g.partSeparator),
    join(specParts, g.partSeparator),
    join([stylePart, scenePart], g.partSeparator),
    join(identityParts, g.partSeparator),
    printedPart,
  ].filter((b): b is string => !!b);
  const selling = (freeText?.sellingPoints ?? []).map((s) => s.trim()).filter(Boolean);
  let bullets = [...structured.slice(0, 3), ...selling, ...structured.slice(3)].slice(0, MAX_BULLETS);
  if (bullets.length < MIN_BULLETS && r.category) bullets.push(g.labelled(g.ui.category, displayLabel(r.category.code, locale)));
  bullets = bullets.slice(0, MAX_BULLETS);

  const intro = [g.intro(np, brand), freeText?.description?.trim() || null].filter((s): s is string => !!s).join(g.sentenceGap);
  const specs = [colorPart, materialPart, featurePart, stylePart, scenePart, ...specParts, ...identityParts, printedPart, pricePart]
    .filter((s): s is string => !!s)
    .map((s) => g.sentence(s))
    .join(g.sentenceGap);
  const longDescription = [intro, specs].filter(Boolean).join('\n\n');

  return {
    locale,
    title,
    bullets,
    longDescription,
    seoKeywords: seoKeywords(g, r.category, np, r.features, r.useScenes, r.styles, { brand, model }),
    attributeLabels: attributeLabels(r, attrs, locale),
    freeTextStatus: !hasFreeText(description) ? 'none' : (freeText?.status ?? 'source_only'),
  };
}

function carriedFreeText(d: ProductDescription, locale: Locale, given: LocalizedFreeText | null | undefined): LocalizedFreeText | null {
  if (given !== undefined) return given;
  if (!d.freeText || !hasFreeText(d)) return null;
  if (matchLocale(d.freeText.locale) !== locale) return null;
  return { sellingPoints: d.freeText.sellingPoints, description: d.freeText.description, status: 'source_only' };
}

function attributeLabels(r: Resolved, attrs: RenderedAttribute[], locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  if (r.category && r.categoryGiven) out[r.categoryGiven] = displayLabel(r.category.code, locale);
  for (const list of [r.colors, r.materials, r.styles, r.useScenes, r.features]) for (const c of list) out[c.given] = displayLabel(c.code, locale);
  for (const a of attrs) {
    if (a.code) out[a.code] = displayLabel(a.code, locale);
    if (a.valueCode) out[a.valueCode] = displayLabel(a.valueCode, locale);
  }
  return out;
}

/**
 * Title: [brand] [model] headline [compatibility], then — while they fit the market's limit — one specification
 * and up to two features. If even the head does not fit, the model number goes first, then the headline is cut at
 * a grapheme boundary; the brand is kept whole unless it alone exceeds the limit.
 */
function renderTitle(
  g: LocaleGrammar,
  np: NounPhraseParts,
  r: Resolved,
  attrs: RenderedAttribute[],
  id: { brand: string | null; model: string | null; compat: string | null },
  limit: TitleLimit,
): string {
  const locale = g.locale;
  const headline = [g.headline(np), id.compat ? g.compatibleWith(id.compat) : null].filter(Boolean).join(' ');
  const fits = (t: string): boolean => measureTitle(t, limit, locale) <= limit.max;

  const preferred = [...(r.category?.requiredAttributes ?? []), ...TITLE_ATTRIBUTES];
  const spec = preferred.map((n) => attrs.find((a) => a.name === n && !a.protected)).find((a) => a !== undefined);
  const specText = spec ? (spec.name === 'quantity' || /\d/.test(spec.text) ? spec.text : `${g.capitalize(spec.label)} ${spec.text}`) : null;
  const extras = [
    specText,
    ...r.features.slice(0, TITLE_FEATURES).map((f) => g.titleWord(featureApposition(f.code, locale, np.noun.gender, np.noun.number))),
  ].filter((s): s is string => !!s);

  let head = [id.brand, id.model, headline].filter(Boolean).join(' ');
  if (!fits(head) && id.model) head = [id.brand, headline].filter(Boolean).join(' ');
  if (!fits(head)) {
    if (!id.brand) return truncateToFit(head, limit, locale);
    const room = { ...limit, max: limit.max - measureTitle(`${id.brand} `, limit, locale) };
    return room.max > 1 ? `${id.brand} ${truncateToFit(headline, room, locale)}` : truncateToFit(id.brand, limit, locale);
  }
  let title = head;
  for (const e of extras) {
    const candidate = `${title}${g.titleSeparator}${e}`;
    if (fits(candidate)) title = candidate;
  }
  return title;
}
