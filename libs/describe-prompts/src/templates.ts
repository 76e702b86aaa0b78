/**
 * Versioned category prompt templates. A template is data (what to look at and what to avoid for one family of
 * categories); `renderPrompt` turns it into messages. The id and version of the template used are recorded on every
 * DescriptionGenerated event, so a description can always be traced to the exact instructions that produced it.
 *
 * Versioning rule: any change to a template's fields, or to the shared rules in render.ts, changes the template's
 * fingerprint; `templates.unit.spec.ts` pins each `id@version` to its fingerprint, so a change that forgets to bump
 * the version fails the build.
 */
export const TEMPLATE_FAMILIES = ['apparel', 'electronics', 'home', 'beauty', 'food', 'toys', 'sports', 'bags', 'footwear', 'general'] as const;
export type TemplateFamily = (typeof TEMPLATE_FAMILIES)[number];

export interface PromptTemplate {
  /** Stable id, e.g. "describe.apparel". */
  id: string;
  /** Semantic version of this template. */
  version: string;
  family: TemplateFamily;
  /** Who the copy is for and what it should help them decide. */
  audience: string;
  /** What the free text and structured fields should cover, most important first. */
  focus: readonly string[];
  /** What `styles` and `useScenes` mean for this family. */
  styleHint: string;
  useSceneHint: string;
  /** Family-specific claims to avoid (the moderator flags them downstream anyway). */
  cautions: readonly string[];
}

const t = (family: TemplateFamily, version: string, rest: Omit<PromptTemplate, 'id' | 'version' | 'family'>): PromptTemplate =>
  Object.freeze({ id: `describe.${family}`, version, family, ...rest, focus: Object.freeze([...rest.focus]), cautions: Object.freeze([...rest.cautions]) });

export const PROMPT_TEMPLATES: Readonly<Record<TemplateFamily, PromptTemplate>> = Object.freeze({
  apparel: t('apparel', '1.0.0', {
    audience: 'shoppers choosing clothing by look, feel and occasion',
    focus: ['style and silhouette', 'fabric and how it feels (only if printed on a label or plainly visible)', 'fit and cut', 'occasions to wear it', 'styling advice: what it pairs with'],
    styleHint: 'garment style (e.g. casual, formal, sporty, vintage)',
    useSceneHint: 'occasions (e.g. office, party, travel, everyday)',
    cautions: ['do not state a fabric composition percentage unless it is printed', 'do not state a size unless a size label is visible'],
  }),
  electronics: t('electronics', '1.0.0', {
    audience: 'buyers comparing devices by what they do and their specifications',
    focus: ['core functions', 'key specifications printed on the product or box (battery, capacity, power, connectivity)', 'target users', 'advantages over a plain alternative, grounded in visible features'],
    styleHint: 'design style (e.g. minimalist, rugged, retro)',
    useSceneHint: 'where it is used (e.g. commuting, gaming, office, outdoor)',
    cautions: ['no certification or compatibility claims (CE, FCC, MFi) unless printed', 'no battery or performance figures that are not printed'],
  }),
  home: t('home', '1.0.0', {
    audience: 'households choosing items for kitchen, living and storage',
    focus: ['what it is for', 'material and finish', 'dimensions or capacity if printed', 'care and cleaning if printed', 'rooms and use scenes'],
    styleHint: 'interior style (e.g. modern, rustic, Scandinavian)',
    useSceneHint: 'rooms and uses (e.g. kitchen, dining, bathroom, storage)',
    cautions: ['no food-safety or dishwasher claims unless printed'],
  }),
  beauty: t('beauty', '1.0.0', {
    audience: 'shoppers choosing cosmetics and personal care',
    focus: ['product type and use', 'skin or hair type it is meant for (only if printed)', 'texture and format', 'volume or weight if printed', 'how to use it'],
    styleHint: 'finish or look (e.g. matte, natural, glossy)',
    useSceneHint: 'routine moments (e.g. daily, evening, travel)',
    cautions: ['no medical or therapeutic claims (cures, treats, heals)', 'list ingredients only as printed'],
  }),
  food: t('food', '1.0.0', {
    audience: 'shoppers choosing packaged food and drink',
    focus: ['what the product is', 'flavour and form', 'net weight or volume if printed', 'storage if printed', 'serving ideas'],
    styleHint: 'flavour profile (e.g. sweet, savoury, spicy)',
    useSceneHint: 'when it is eaten or served (e.g. breakfast, snack, gift)',
    cautions: ['no health, nutrition or allergen claims unless printed', 'no origin claims unless printed'],
  }),
  toys: t('toys', '1.0.0', {
    audience: 'parents and gift buyers',
    focus: ['what the toy is and how children play with it', 'age range if printed', 'materials if printed or plainly visible', 'skills or fun it offers', 'contents of the set if visible'],
    styleHint: 'theme (e.g. educational, vehicle, plush, building)',
    useSceneHint: 'play settings (e.g. indoor, outdoor, bath, travel)',
    cautions: ['no safety certification claims unless printed', 'never state an age range that is not printed'],
  }),
  sports: t('sports', '1.0.0', {
    audience: 'active buyers choosing gear by sport and performance',
    focus: ['sport or activity', 'performance features that are visible or printed', 'material', 'size or weight if printed', 'who it suits'],
    styleHint: 'design style (e.g. technical, casual, professional)',
    useSceneHint: 'activities (e.g. running, gym, cycling, hiking)',
    cautions: ['no performance figures that are not printed'],
  }),
  bags: t('bags', '1.0.0', {
    audience: 'shoppers choosing bags by carry style and capacity',
    focus: ['bag type and carry style', 'material and closure', 'compartments that are visible', 'capacity or dimensions if printed', 'occasions'],
    styleHint: 'bag style (e.g. casual, business, luxury, sporty)',
    useSceneHint: 'uses (e.g. commuting, travel, school, evening)',
    cautions: ['no genuine-leather or designer claims unless printed'],
  }),
  footwear: t('footwear', '1.0.0', {
    audience: 'shoppers choosing shoes by style, comfort and occasion',
    focus: ['shoe type', 'upper and sole materials if printed or plainly visible', 'closure and fit', 'occasions', 'styling advice'],
    styleHint: 'shoe style (e.g. casual, athletic, formal)',
    useSceneHint: 'occasions (e.g. running, office, party, everyday)',
    cautions: ['no size or width claims unless printed', 'no orthopaedic or medical claims'],
  }),
  general: t('general', '1.0.0', {
    audience: 'marketplace shoppers',
    focus: ['what the product is and what it is for', 'materials and specifications that are printed or plainly visible', 'who it suits', 'use scenes'],
    styleHint: 'design style',
    useSceneHint: 'where or when it is used',
    cautions: [],
  }),
});

/** The template for a family (from the taxonomy's `promptTemplate`); unknown or missing families get "general". */
export function selectTemplate(family: string | null | undefined): PromptTemplate {
  return (family && (TEMPLATE_FAMILIES as readonly string[]).includes(family) ? PROMPT_TEMPLATES[family as TemplateFamily] : PROMPT_TEMPLATES.general);
}
