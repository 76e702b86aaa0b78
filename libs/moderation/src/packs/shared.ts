/**
 * Context word lists shared by several packs. Every list is matched after normalization (case, diacritics,
 * full-width folded), so one spelling per word is enough.
 */

/** Cross product "verb object" for claim templates ("treats" × "diabetes"). */
export function expand(left: readonly string[], right: readonly string[], joiner = ' '): string[] {
  const out: string[] = [];
  for (const l of left) for (const r of right) out.push(`${l}${joiner}${r}`);
  return out;
}

/** Materials: "100% cotton", "綿100%" state composition, not an absolute claim. */
export const MATERIALS = [
  // en
  'cotton', 'organic cotton', 'polyester', 'wool', 'merino', 'cashmere', 'silk', 'linen', 'leather', 'genuine leather',
  'nylon', 'acrylic', 'viscose', 'rayon', 'spandex', 'elastane', 'bamboo', 'hemp', 'alpaca', 'mohair', 'down',
  'polypropylene', 'stainless steel', 'steel', 'aluminium', 'aluminum', 'copper', 'brass', 'titanium', 'silicone',
  'glass', 'ceramic', 'porcelain', 'oak', 'beech', 'pine', 'wood', 'solid wood', 'natural rubber', 'rubber',
  'latex', 'recycled', 'pure cotton', 'virgin wool', 'lyocell', 'modal', 'tencel', 'jute', 'sisal', 'cork',
  // de
  'baumwolle', 'bio-baumwolle', 'wolle', 'schurwolle', 'seide', 'leinen', 'leder', 'echtleder', 'edelstahl', 'holz',
  'massivholz', 'kaschmir', 'glas', 'keramik', 'kupfer', 'polyamid', 'naturkautschuk',
  // fr
  'coton', 'coton bio', 'laine', 'soie', 'lin', 'cuir', 'acier inoxydable', 'acier', 'bois', 'bois massif',
  'cachemire', 'verre', 'ceramique', 'cuivre',
  // es
  'algodon', 'lana', 'seda', 'lino', 'cuero', 'piel', 'acero inoxidable', 'acero', 'madera', 'madera maciza',
  'cachemira', 'vidrio', 'ceramica', 'cobre',
  // ja
  '綿', 'コットン', 'オーガニックコットン', 'ポリエステル', '毛', 'ウール', 'シルク', '絹', '麻', 'リネン', '本革',
  '革', 'ナイロン', 'アクリル', 'レーヨン', 'カシミヤ', 'ステンレス', '天然木', '木', 'シリコン', 'ガラス', '陶器',
  // zh-CN
  '棉', '纯棉', '全棉', '涤纶', '聚酯纤维', '羊毛', '羊绒', '真丝', '桑蚕丝', '丝', '亚麻', '麻', '真皮', '牛皮',
  '尼龙', '腈纶', '粘胶', '不锈钢', '实木', '木', '硅胶', '玻璃', '陶瓷', '铜', '竹纤维',
];

/** "100% new" states condition; "100% original" is not in this list on purpose (it is a counterfeit tell). */
/** Food composition: "100% juice", "100 % Arabica" state what is inside. */
export const COMPOSITION = ['juice', 'fruit juice', 'arabica', 'robusta', 'cocoa', 'cacao', 'saft', 'fruchtsaft', 'direktsaft', 'jus', 'pur jus', 'zumo', 'pur', 'pure juice', '果汁', '纯果汁', 'ジュース'];

export const CONDITION_WORDS = ['new', 'brand new', 'neu', 'brandneu', 'neuf', 'neuve', 'nuevo', 'nueva', '全新', '新品'];

/** Words after which "No.1" / "#1" / "Nr. 1" is a position or size, not a rank. */
export const POSITION_WORDS = [
  'size', 'item', 'model', 'art', 'style', 'color', 'colour', 'pack', 'set', 'part', 'step', 'type', 'version',
  'option', 'design', 'photo', 'picture', 'image', 'variant', 'ref', 'sku', 'lot', 'box', 'bag', 'page', 'room',
  'brush', 'hook', 'pencil', 'pattern', 'shade', 'needle', 'drawer', 'slot', 'bin', 'tray', 'gauge', 'grade',
  '*groesse', '*grosse', 'artikel', 'modell', 'farbe', 'teil', 'schritt', '*pinsel', '*haken', '*nadel', 'variante',
  'taille', 'modele', 'couleur', 'article', 'etape', 'pinceau', 'crochet', 'aiguille', 'piece',
  'talla', 'modelo', 'articulo', 'paso', 'pincel', 'gancho', 'aguja', 'pieza',
  'サイズ', '号', '品番', '型番', '尺码', '型号', '编号', '款式', '颜色', '色号',
];

/** Words after which "No.1 …" is a size or position. */
export const POSITION_FOLLOWERS = [
  'size', 'sizes', 'brush', 'hook', 'hooks', 'needle', 'pencil', 'grosse', 'groesse', 'pinsel', 'haken', 'nadel',
  'taille', 'pinceau', 'crochet', 'talla', 'pincel', 'gancho', 'サイズ', '号', '尺码',
  'to', 'bis', 'and', 'und', 'or', 'oder',
];

/**
 * Nominative use of a brand: "case for iPhone 15", "kompatibel mit LEGO". Lawful in principle, but it is where
 * look-alike accessories hide, so it goes to review (soften) instead of being rejected.
 */
export const COMPATIBILITY_BEFORE = [
  'for', 'compatible with', 'compatible for', 'fits', 'fit for', 'fits for', 'works with', 'replacement for',
  'designed for', 'suitable for', 'made for',
  'fur', 'kompatibel mit', 'passend fur', 'geeignet fur', 'passend zu', 'ersatz fur',
  'pour', 'compatible avec', 'adapte a', 'adapte pour', 'adaptable pour',
  'para', 'compatible con', 'apto para', 'valido para',
  '适用于', '适用', '兼容', '适配', '用于', '对应', '配', '专用于',
];
export const COMPATIBILITY_AFTER = ['対応', '用', '专用', '兼容', '适用', '互換*', 'compatible', 'kompatibel', 'kompatible', 'compatibles'];

/** German patterns also in their ASCII spelling: "Fälschung" is typed "Faelschung" on keyboards without umlauts. */
export function withUmlautVariants(patterns: readonly string[]): string[] {
  const out = new Set(patterns);
  for (const p of patterns) {
    if (/[äöüÄÖÜ]/.test(p)) out.add(p.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue'));
  }
  return [...out];
}

/** Colour and finish words: "ivory white", "象牙白" are colours. */
export const COLOUR_FOLLOWERS = [
  'white', 'color', 'colour', 'colored', 'coloured', 'cream', 'tone', 'shade', 'finish', 'lace', 'paper', 'satin',
  'background', 'weiss', 'farbe', 'farben', 'farbig', 'blanc', 'couleur', 'blanco', 'color',
  '白', '色', '黄', '纸', '調', '風',
];
