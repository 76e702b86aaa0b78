import type { BrandSpec, RuleException, RuleSpec } from '../types';
import { COMPATIBILITY_AFTER, COMPATIBILITY_BEFORE } from './shared';

/**
 * Well-known marks that counterfeiters and keyword-stuffers use most (the brands most often named in customs
 * seizure reports and marketplace IP takedowns). A supplier authorised for a brand lists its id in the policy's
 * `trademark.authorisations`. Names in every script the markets use; generic uses of brand-like words
 * ("apple pie", "三星级酒店", "Hermes Versand") are exceptions.
 *
 * Configure your own list with `createRuleEngine({ brands })` or the policy's `trademark.brands`.
 */
export const DEFAULT_BRANDS: readonly BrandSpec[] = [
  { id: 'nike', names: ['Nike', 'Air Max', 'Air Force 1', 'Air Jordan', '耐克', 'ナイキ'] },
  { id: 'adidas', names: ['Adidas', 'Yeezy', '阿迪达斯', 'アディダス'] },
  {
    id: 'apple',
    names: ['Apple', 'iPhone', 'iPad', 'AirPods', 'MacBook', 'Apple Watch', 'アップル', 'エアポッズ', '苹果手机', '苹果耳机', '苹果手表', '苹果电脑', '苹果原装', '苹果官方', '苹果正品', '苹果同款'],
    exceptions: [
      {
        followedBy: [
          'green', 'red', 'pie*', 'juice', 'cider', 'tree*', 'wood', 'slice*', 'scent*', 'blossom*', 'shape*', 'print*', 'pattern*', 'seed*', 'vinegar', 'sauce',
          'crumble', 'tart*', 'cake*', 'cinnamon', 'flavour*', 'flavor*', 'fragrance', 'core', 'corer', 'peeler', 'cutter', 'orchard', 'picking', 'jam', 'chips', 'butter',
          'パイ', 'グリーン', 'ティー', 'ジュース', '味', 'サイダー', 'シナモン', 'ミント', 'の香り',
        ],
        precededBy: ['green', 'red', 'crab', 'big', 'toffee', 'candy', 'caramel', 'fresh', 'dried', 'baked', 'sour', 'sweet', 'an', 'apples and', 'グリーン', '青りんご'],
      },
    ],
  },
  { id: 'samsung', names: ['Samsung', 'サムスン', '三星手机', '三星'], exceptions: [{ followedBy: ['级', '堆', '酒店', '级别'] }] },
  { id: 'sony', names: ['Sony', 'PlayStation', '索尼', 'ソニー', 'プレイステーション'] },
  { id: 'louis_vuitton', names: ['Louis Vuitton', 'Vuitton', '路易威登', 'ルイヴィトン', 'ヴィトン', 'ルイ・ヴィトン'] },
  { id: 'gucci', names: ['Gucci', '古驰', 'グッチ'] },
  { id: 'chanel', names: ['Chanel', '香奈儿', 'シャネル'] },
  {
    id: 'hermes',
    names: ['Hermès', 'Hermes Birkin', 'Birkin bag', '爱马仕', 'エルメス'],
    // Hermes is also a German parcel carrier.
    exceptions: [{ followedBy: ['versand', 'paket*', 'lieferung', 'parcel*', 'shipping', 'delivery', 'zustellung', 'paketshop'], precededBy: ['per', 'via', 'mit', 'uber', 'by'] }],
  },
  { id: 'prada', names: ['Prada', '普拉达', 'プラダ'] },
  { id: 'rolex', names: ['Rolex', '劳力士', 'ロレックス'] },
  { id: 'cartier', names: ['Cartier', '卡地亚', 'カルティエ'] },
  { id: 'dior', names: ['Dior', '迪奥', 'ディオール'] },
  { id: 'lego', names: ['LEGO', '乐高', 'レゴ'] },
  { id: 'disney', names: ['Disney', 'Mickey Mouse', 'Minnie Mouse', '迪士尼', '米老鼠', 'ディズニー', 'ミッキーマウス'] },
  {
    id: 'marvel',
    names: ['Marvel', 'Spider-Man', 'Avengers', '漫威', 'マーベル', 'スパイダーマン'],
    exceptions: [{ precededBy: ['a', 'a true', 'a real', 'an engineering', 'engineering', 'technical', 'true'] }],
  },
  { id: 'pokemon', names: ['Pokémon', 'Pikachu', '宝可梦', '皮卡丘', 'ポケモン', 'ポケットモンスター', 'ピカチュウ'] },
  { id: 'sanrio', names: ['Hello Kitty', 'Sanrio', '凯蒂猫', 'ハローキティ', 'サンリオ'] },
  { id: 'mattel', names: ['Barbie', '芭比娃娃', 'バービー'] },
  { id: 'star_wars', names: ['Star Wars', '星球大战', 'スター・ウォーズ'] },
  { id: 'harry_potter', names: ['Harry Potter', 'Hogwarts', '哈利波特', 'ハリー・ポッター'] },
  { id: 'nintendo', names: ['Nintendo', 'Super Mario', '任天堂', 'ニンテンドー', 'スーパーマリオ'] },
  { id: 'microsoft', names: ['Xbox'] },
  { id: 'dyson', names: ['Dyson', '戴森', 'ダイソン'] },
  { id: 'bose', names: ['Bose'] },
  { id: 'beats', names: ['Beats by Dre', 'Powerbeats', 'Beats Studio', 'Beats Solo'] },
  { id: 'gopro', names: ['GoPro'] },
  { id: 'swarovski', names: ['Swarovski', '施华洛世奇', 'スワロフスキー'] },
  { id: 'burberry', names: ['Burberry', '博柏利', '巴宝莉', 'バーバリー'] },
  { id: 'versace', names: ['Versace', '范思哲', 'ヴェルサーチ'] },
  { id: 'balenciaga', names: ['Balenciaga', '巴黎世家', 'バレンシアガ'] },
  { id: 'fendi', names: ['Fendi', '芬迪', 'フェンディ'] },
  { id: 'moncler', names: ['Moncler', '盟可睐', 'モンクレール'] },
  { id: 'ray_ban', names: ['Ray-Ban', '雷朋', 'レイバン'] },
  { id: 'oakley', names: ['Oakley'] },
  { id: 'michael_kors', names: ['Michael Kors'] },
  { id: 'the_north_face', names: ['The North Face', 'ノースフェイス'] },
  { id: 'canada_goose', names: ['Canada Goose'], exceptions: [{ followedBy: ['decoy*', 'feather*', 'figurine*', 'bird*'] }] },
  { id: 'under_armour', names: ['Under Armour'] },
  { id: 'new_balance', names: ['New Balance'], exceptions: [{ precededBy: ['a', 'the', 'find', 'finds', 'finding', 'your'] }] },
  { id: 'tiffany', names: ['Tiffany & Co', '蒂芙尼'] },
  { id: 'bvlgari', names: ['Bvlgari', 'Bulgari', '宝格丽', 'ブルガリ'] },
  { id: 'ysl', names: ['Yves Saint Laurent', 'Saint Laurent', '圣罗兰', 'サンローラン'] },
  { id: 'lacoste', names: ['Lacoste', '鳄鱼牌'] },
  { id: 'ralph_lauren', names: ['Ralph Lauren'] },
  { id: 'calvin_klein', names: ['Calvin Klein'] },
  { id: 'tommy_hilfiger', names: ['Tommy Hilfiger'] },
  { id: 'stanley', names: ['Stanley Quencher'] },
  { id: 'peppa_pig', names: ['Peppa Pig', '小猪佩奇', 'ペッパピッグ'] },
  { id: 'paw_patrol', names: ['Paw Patrol', '汪汪队'] },
  { id: 'minecraft', names: ['Minecraft', 'マインクラフト'] },
  { id: 'doraemon', names: ['Doraemon', '哆啦A梦', 'ドラえもん'] },
];

// Model names and numbers may sit between the brand and the compatibility word: "iPhone 15 Pro 対応".
const COMPATIBILITY: readonly RuleException[] = [
  { precededBy: COMPATIBILITY_BEFORE, action: 'soften' },
  { followedBy: COMPATIBILITY_AFTER, window: 16, windowSkips: 'model', action: 'soften' },
];

/** One trademark rule per brand; every rule softens in a compatibility context ("case for iPhone 15"). */
export function brandRules(brands: readonly BrandSpec[]): RuleSpec[] {
  const seen = new Set<string>();
  return brands.map((b, i) => {
    if (!/^[a-z0-9_]+$/.test(b.id)) throw new Error(`brands[${i}].id: lower-case letters, digits and "_" only (got ${JSON.stringify(b.id)})`);
    if (seen.has(b.id)) throw new Error(`brands[${i}].id: duplicate brand ${b.id}`);
    seen.add(b.id);
    if (b.names.length === 0) throw new Error(`brands[${i}].names: empty`);
    return {
      id: `brand.trademark.${b.id}`,
      family: 'trademark',
      severity: b.severity ?? 'hard',
      locales: ['*'],
      patterns: b.names,
      exceptions: [...(b.exceptions ?? []), ...COMPATIBILITY],
      brand: b.id,
      message: `protected brand "${b.names[0]}" without an authorisation for this supplier`,
    };
  });
}
