/**
 * Keyword vocabularies for the offline rules: a taxonomy code and the words (any language) that, printed on the
 * product, state it. The taxonomy library owns the real codes and their localized synonyms; these defaults exist so
 * the rules work before it is wired in, and as test fixtures. Pass your own lists through TextRuleConfig.
 *
 * Matching (see text-match.ts): Latin-script keywords case-insensitively on word boundaries, with spaces and hyphens
 * interchangeable ("noise cancelling" = "Noise-Cancelling"); CJK keywords as substrings.
 */
export interface KeywordEntry {
  code: string;
  keywords: readonly string[];
}

export const DEFAULT_MATERIAL_KEYWORDS: readonly KeywordEntry[] = Object.freeze([
  { code: 'stainless_steel', keywords: ['stainless steel', 'inox', 'edelstahl', '不锈钢'] },
  { code: 'cotton', keywords: ['cotton', 'baumwolle', 'coton', '纯棉', '棉'] },
  { code: 'ceramic', keywords: ['ceramic', 'porcelain', 'stoneware', '陶瓷', '瓷'] },
  { code: 'leather', keywords: ['leather', 'genuine leather', 'cowhide', '皮革', '真皮', '牛皮'] },
  { code: 'silicone', keywords: ['silicone', '硅胶'] },
  { code: 'plastic', keywords: ['plastic', 'polypropylene', 'ABS plastic', '塑料'] },
  { code: 'glass', keywords: ['glass', 'borosilicate', '玻璃'] },
  { code: 'bamboo', keywords: ['bamboo', '竹'] },
  { code: 'wool', keywords: ['wool', 'merino', '羊毛'] },
  { code: 'polyester', keywords: ['polyester', '涤纶', '聚酯纤维'] },
  { code: 'nylon', keywords: ['nylon', 'polyamide', '尼龙', '锦纶'] },
  { code: 'wood', keywords: ['wood', 'wooden', 'solid wood', '实木', '木质'] },
  { code: 'aluminium', keywords: ['aluminium', 'aluminum', '铝合金', '铝'] },
  { code: 'linen', keywords: ['linen', '亚麻'] },
  { code: 'silk', keywords: ['silk', '真丝', '蚕丝'] },
  { code: 'rubber', keywords: ['rubber', '橡胶'] },
]);

export const DEFAULT_FEATURE_KEYWORDS: readonly KeywordEntry[] = Object.freeze([
  { code: 'waterproof', keywords: ['waterproof', 'water proof', 'IPX7', 'IPX8', 'IP67', 'IP68', '防水'] },
  { code: 'water_resistant', keywords: ['water resistant', 'splash proof', 'IPX4', 'IPX5', 'IPX6', '防泼水', '防溅水'] },
  { code: 'noise_cancelling', keywords: ['noise cancelling', 'noise canceling', 'ANC', '主动降噪', '降噪'] },
  { code: 'wireless', keywords: ['wireless', '无线'] },
  { code: 'bluetooth', keywords: ['bluetooth', '蓝牙'] },
  { code: 'bpa_free', keywords: ['BPA free', '不含BPA', '无BPA'] },
  { code: 'dishwasher_safe', keywords: ['dishwasher safe', '可洗碗机', '洗碗机适用'] },
  { code: 'microwave_safe', keywords: ['microwave safe', '可微波', '微波炉适用'] },
  { code: 'fast_charging', keywords: ['fast charging', 'fast charge', 'quick charge', '快充', '快速充电'] },
  { code: 'rechargeable', keywords: ['rechargeable', '可充电', '充电式'] },
  { code: 'foldable', keywords: ['foldable', 'folding', '可折叠'] },
  { code: 'portable', keywords: ['portable', '便携'] },
  { code: 'insulated', keywords: ['insulated', 'vacuum insulated', '保温'] },
  { code: 'adjustable', keywords: ['adjustable', '可调节'] },
  { code: 'non_stick', keywords: ['non-stick', 'nonstick', '不粘'] },
]);

/**
 * Words that are never a brand even when printed large and capitalised: units, claims, label words. Matched
 * case-insensitively against a whole candidate line's words.
 */
export const DEFAULT_BRAND_STOPWORDS: readonly string[] = Object.freeze([
  'new', 'the', 'with', 'and', 'for', 'free', 'made', 'in', 'china', 'size', 'net', 'wt', 'weight', 'capacity', 'volume',
  'ages', 'age', 'years', 'warning', 'caution', 'premium', 'quality', 'original', 'genuine', 'product', 'model', 'series',
  'edition', 'pro', 'max', 'mini', 'plus', 'ultra', 'lite', 'super', 'best', 'hot', 'sale', 'sales', 'bpa', 'ce', 'fcc',
  'rohs', 'usb', 'led', 'hd', 'usb-c', 'type-c', 'ml', 'oz', 'kg', 'lb', 'cm', 'mm', 'inch', 'xl', 'xxl', 'xs', 'on', 'off',
  'power', 'battery', 'charge', 'charging', 'home', 'kitchen', 'baby', 'kids', 'men', 'women', 'unisex', 'natural', 'organic',
  'eco', 'friendly', 'safe', 'food', 'grade', 'set', 'pack', 'pcs', 'piece', 'pieces', 'ingredients', 'instructions',
]);
