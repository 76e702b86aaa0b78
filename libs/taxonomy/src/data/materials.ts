import type { Forms } from '../grammar';
import type { Locale } from '../locales';

/**
 * Materials are rendered as nouns after a preposition in the gendered languages (de "aus Keramik", fr "en
 * céramique"), so they need no agreement. Labels: one string, or [label, attributive form] where the form used
 * before a noun differs (en "stainless steel" is both; ja "セラミック" → "セラミック製"; zh "铝" → "铝制").
 */
export interface MaterialDef {
  readonly code: string;
  readonly labels: Readonly<Record<Locale, Forms>>;
}

const m = (code: string, labels: Record<Locale, Forms>): MaterialDef => Object.freeze({ code: `material.${code}`, labels: Object.freeze(labels) });

export const materials: readonly MaterialDef[] = Object.freeze([
  m('cotton', { en: 'cotton', de: 'Baumwolle', fr: 'coton', es: 'algodón', it: 'cotone', 'pt-BR': 'algodão', nl: 'katoen', ja: '綿', 'zh-CN': ['棉', '棉质'], ko: '면' }),
  m('organic_cotton', { en: 'organic cotton', de: 'Bio-Baumwolle', fr: 'coton bio', es: 'algodón orgánico', it: 'cotone biologico', 'pt-BR': 'algodão orgânico', nl: 'biologisch katoen', ja: 'オーガニックコットン', 'zh-CN': '有机棉', ko: '오가닉 코튼' }),
  m('linen', { en: 'linen', de: 'Leinen', fr: 'lin', es: 'lino', it: 'lino', 'pt-BR': 'linho', nl: 'linnen', ja: 'リネン', 'zh-CN': '亚麻', ko: '린넨' }),
  m('wool', { en: 'wool', de: 'Wolle', fr: 'laine', es: 'lana', it: 'lana', 'pt-BR': 'lã', nl: 'wol', ja: 'ウール', 'zh-CN': '羊毛', ko: '울' }),
  m('cashmere', { en: 'cashmere', de: 'Kaschmir', fr: 'cachemire', es: 'cachemira', it: 'cashmere', 'pt-BR': 'caxemira', nl: 'kasjmier', ja: 'カシミヤ', 'zh-CN': '羊绒', ko: '캐시미어' }),
  m('silk', { en: 'silk', de: 'Seide', fr: 'soie', es: 'seda', it: 'seta', 'pt-BR': 'seda', nl: 'zijde', ja: 'シルク', 'zh-CN': '真丝', ko: '실크' }),
  m('polyester', { en: 'polyester', de: 'Polyester', fr: 'polyester', es: 'poliéster', it: 'poliestere', 'pt-BR': 'poliéster', nl: 'polyester', ja: 'ポリエステル', 'zh-CN': '聚酯纤维', ko: '폴리에스터' }),
  m('nylon', { en: 'nylon', de: 'Nylon', fr: 'nylon', es: 'nailon', it: 'nylon', 'pt-BR': 'náilon', nl: 'nylon', ja: 'ナイロン', 'zh-CN': '尼龙', ko: '나일론' }),
  m('elastane', { en: 'elastane', de: 'Elasthan', fr: 'élasthanne', es: 'elastano', it: 'elastan', 'pt-BR': 'elastano', nl: 'elastaan', ja: 'ポリウレタン', 'zh-CN': '氨纶', ko: '스판덱스' }),
  m('denim', { en: 'denim', de: 'Denim', fr: 'denim', es: 'denim', it: 'denim', 'pt-BR': 'jeans', nl: 'denim', ja: 'デニム', 'zh-CN': '牛仔布', ko: '데님' }),
  m('fleece', { en: 'fleece', de: 'Fleece', fr: 'polaire', es: 'forro polar', it: 'pile', 'pt-BR': 'fleece', nl: 'fleece', ja: 'フリース', 'zh-CN': '抓绒', ko: '플리스' }),
  m('velvet', { en: 'velvet', de: 'Samt', fr: 'velours', es: 'terciopelo', it: 'velluto', 'pt-BR': 'veludo', nl: 'fluweel', ja: 'ベルベット', 'zh-CN': '丝绒', ko: '벨벳' }),
  m('down', { en: 'down', de: 'Daunen', fr: 'duvet', es: 'plumón', it: 'piuma', 'pt-BR': 'pluma', nl: 'dons', ja: 'ダウン', 'zh-CN': '羽绒', ko: '다운' }),
  m('mesh', { en: 'mesh', de: 'Mesh', fr: 'mesh', es: 'malla', it: 'rete', 'pt-BR': 'tela', nl: 'mesh', ja: 'メッシュ', 'zh-CN': '网布', ko: '메쉬' }),
  m('leather', { en: 'leather', de: 'Leder', fr: 'cuir', es: 'cuero', it: 'pelle', 'pt-BR': 'couro', nl: 'leer', ja: ['革', '革製'], 'zh-CN': ['皮革', '皮质'], ko: '가죽' }),
  m('faux_leather', { en: 'faux leather', de: 'Kunstleder', fr: 'similicuir', es: 'cuero sintético', it: 'similpelle', 'pt-BR': 'couro sintético', nl: 'kunstleer', ja: ['合成皮革', '合成皮革製'], 'zh-CN': '人造皮革', ko: '인조가죽' }),
  m('suede', { en: 'suede', de: 'Wildleder', fr: 'daim', es: 'ante', it: 'camoscio', 'pt-BR': 'camurça', nl: 'suède', ja: 'スエード', 'zh-CN': '麂皮', ko: '스웨이드' }),
  m('canvas', { en: 'canvas', de: 'Segeltuch', fr: 'toile', es: 'lona', it: 'tela', 'pt-BR': 'lona', nl: 'canvas', ja: 'キャンバス', 'zh-CN': '帆布', ko: '캔버스' }),
  m('rubber', { en: 'rubber', de: 'Gummi', fr: 'caoutchouc', es: 'caucho', it: 'gomma', 'pt-BR': 'borracha', nl: 'rubber', ja: ['ゴム', 'ゴム製'], 'zh-CN': '橡胶', ko: '고무' }),
  m('silicone', { en: 'silicone', de: 'Silikon', fr: 'silicone', es: 'silicona', it: 'silicone', 'pt-BR': 'silicone', nl: 'siliconen', ja: ['シリコン', 'シリコン製'], 'zh-CN': '硅胶', ko: '실리콘' }),
  m('plastic', { en: 'plastic', de: 'Kunststoff', fr: 'plastique', es: 'plástico', it: 'plastica', 'pt-BR': 'plástico', nl: 'kunststof', ja: ['プラスチック', 'プラスチック製'], 'zh-CN': '塑料', ko: '플라스틱' }),
  m('abs', { en: 'ABS plastic', de: 'ABS-Kunststoff', fr: 'plastique ABS', es: 'plástico ABS', it: 'plastica ABS', 'pt-BR': 'plástico ABS', nl: 'ABS-kunststof', ja: ['ABS樹脂', 'ABS樹脂製'], 'zh-CN': 'ABS塑料', ko: 'ABS 플라스틱' }),
  m('polycarbonate', { en: 'polycarbonate', de: 'Polycarbonat', fr: 'polycarbonate', es: 'policarbonato', it: 'policarbonato', 'pt-BR': 'policarbonato', nl: 'polycarbonaat', ja: ['ポリカーボネート', 'ポリカーボネート製'], 'zh-CN': '聚碳酸酯', ko: '폴리카보네이트' }),
  m('tpu', { en: 'TPU', de: 'TPU', fr: 'TPU', es: 'TPU', it: 'TPU', 'pt-BR': 'TPU', nl: 'TPU', ja: ['TPU', 'TPU製'], 'zh-CN': 'TPU', ko: 'TPU' }),
  m('tritan', { en: 'Tritan', de: 'Tritan', fr: 'Tritan', es: 'Tritan', it: 'Tritan', 'pt-BR': 'Tritan', nl: 'Tritan', ja: ['トライタン', 'トライタン製'], 'zh-CN': 'Tritan', ko: '트라이탄' }),
  m('acrylic', { en: 'acrylic', de: 'Acryl', fr: 'acrylique', es: 'acrílico', it: 'acrilico', 'pt-BR': 'acrílico', nl: 'acryl', ja: ['アクリル', 'アクリル製'], 'zh-CN': '亚克力', ko: '아크릴' }),
  m('eva_foam', { en: 'EVA foam', de: 'EVA-Schaum', fr: 'mousse EVA', es: 'espuma EVA', it: 'schiuma EVA', 'pt-BR': 'EVA', nl: 'EVA-schuim', ja: ['EVA樹脂', 'EVA樹脂製'], 'zh-CN': 'EVA', ko: 'EVA 폼' }),
  m('memory_foam', { en: 'memory foam', de: 'Memory-Schaum', fr: 'mousse à mémoire de forme', es: 'espuma viscoelástica', it: 'memory foam', 'pt-BR': 'espuma viscoelástica', nl: 'traagschuim', ja: '低反発ウレタン', 'zh-CN': '记忆棉', ko: '메모리폼' }),
  m('neoprene', { en: 'neoprene', de: 'Neopren', fr: 'néoprène', es: 'neopreno', it: 'neoprene', 'pt-BR': 'neoprene', nl: 'neopreen', ja: 'ネオプレン', 'zh-CN': '氯丁橡胶', ko: '네오프렌' }),
  m('stainless_steel', { en: 'stainless steel', de: 'Edelstahl', fr: 'acier inoxydable', es: 'acero inoxidable', it: 'acciaio inox', 'pt-BR': 'aço inoxidável', nl: 'roestvrij staal', ja: ['ステンレス', 'ステンレス製'], 'zh-CN': '不锈钢', ko: '스테인리스' }),
  m('aluminium', { en: 'aluminium', de: 'Aluminium', fr: 'aluminium', es: 'aluminio', it: 'alluminio', 'pt-BR': 'alumínio', nl: 'aluminium', ja: ['アルミ', 'アルミ製'], 'zh-CN': ['铝', '铝制'], ko: '알루미늄' }),
  m('cast_iron', { en: 'cast iron', de: 'Gusseisen', fr: 'fonte', es: 'hierro fundido', it: 'ghisa', 'pt-BR': 'ferro fundido', nl: 'gietijzer', ja: ['鋳鉄', '鋳鉄製'], 'zh-CN': '铸铁', ko: '주철' }),
  m('titanium', { en: 'titanium', de: 'Titan', fr: 'titane', es: 'titanio', it: 'titanio', 'pt-BR': 'titânio', nl: 'titanium', ja: ['チタン', 'チタン製'], 'zh-CN': ['钛', '钛制'], ko: '티타늄' }),
  m('copper', { en: 'copper', de: 'Kupfer', fr: 'cuivre', es: 'cobre', it: 'rame', 'pt-BR': 'cobre', nl: 'koper', ja: ['銅', '銅製'], 'zh-CN': ['铜', '铜制'], ko: '구리' }),
  m('brass', { en: 'brass', de: 'Messing', fr: 'laiton', es: 'latón', it: 'ottone', 'pt-BR': 'latão', nl: 'messing', ja: ['真鍮', '真鍮製'], 'zh-CN': '黄铜', ko: '황동' }),
  m('zinc_alloy', { en: 'zinc alloy', de: 'Zinklegierung', fr: 'alliage de zinc', es: 'aleación de zinc', it: 'lega di zinco', 'pt-BR': 'liga de zinco', nl: 'zinklegering', ja: ['亜鉛合金', '亜鉛合金製'], 'zh-CN': '锌合金', ko: '아연 합금' }),
  m('sterling_silver', { en: 'sterling silver', de: 'Sterlingsilber', fr: 'argent sterling', es: 'plata de ley', it: 'argento 925', 'pt-BR': 'prata 925', nl: 'sterling zilver', ja: 'シルバー925', 'zh-CN': '925银', ko: '실버 925' }),
  m('glass', { en: 'glass', de: 'Glas', fr: 'verre', es: 'vidrio', it: 'vetro', 'pt-BR': 'vidro', nl: 'glas', ja: ['ガラス', 'ガラス製'], 'zh-CN': '玻璃', ko: '유리' }),
  m('borosilicate_glass', { en: 'borosilicate glass', de: 'Borosilikatglas', fr: 'verre borosilicate', es: 'vidrio de borosilicato', it: 'vetro borosilicato', 'pt-BR': 'vidro borossilicato', nl: 'borosilicaatglas', ja: ['耐熱ガラス', '耐熱ガラス製'], 'zh-CN': '高硼硅玻璃', ko: '내열유리' }),
  m('ceramic', { en: 'ceramic', de: 'Keramik', fr: 'céramique', es: 'cerámica', it: 'ceramica', 'pt-BR': 'cerâmica', nl: 'keramiek', ja: ['セラミック', 'セラミック製'], 'zh-CN': '陶瓷', ko: '세라믹' }),
  m('porcelain', { en: 'porcelain', de: 'Porzellan', fr: 'porcelaine', es: 'porcelana', it: 'porcellana', 'pt-BR': 'porcelana', nl: 'porselein', ja: ['磁器', '磁器製'], 'zh-CN': ['瓷器', '瓷质'], ko: '도자기' }),
  m('stoneware', { en: 'stoneware', de: 'Steinzeug', fr: 'grès', es: 'gres', it: 'gres', 'pt-BR': 'grés', nl: 'steengoed', ja: ['炻器', '炻器の'], 'zh-CN': '炻器', ko: '석기' }),
  m('marble', { en: 'marble', de: 'Marmor', fr: 'marbre', es: 'mármol', it: 'marmo', 'pt-BR': 'mármore', nl: 'marmer', ja: ['大理石', '大理石の'], 'zh-CN': '大理石', ko: '대리석' }),
  m('wood', { en: 'wood', de: 'Holz', fr: 'bois', es: 'madera', it: 'legno', 'pt-BR': 'madeira', nl: 'hout', ja: ['木', '木製'], 'zh-CN': ['木', '木质'], ko: '나무' }),
  m('bamboo', { en: 'bamboo', de: 'Bambus', fr: 'bambou', es: 'bambú', it: 'bambù', 'pt-BR': 'bambu', nl: 'bamboe', ja: ['竹', '竹製'], 'zh-CN': ['竹', '竹制'], ko: '대나무' }),
  m('cork', { en: 'cork', de: 'Kork', fr: 'liège', es: 'corcho', it: 'sughero', 'pt-BR': 'cortiça', nl: 'kurk', ja: 'コルク', 'zh-CN': '软木', ko: '코르크' }),
  m('paper', { en: 'paper', de: 'Papier', fr: 'papier', es: 'papel', it: 'carta', 'pt-BR': 'papel', nl: 'papier', ja: ['紙', '紙製'], 'zh-CN': ['纸', '纸质'], ko: '종이' }),
  m('cardboard', { en: 'cardboard', de: 'Pappe', fr: 'carton', es: 'cartón', it: 'cartone', 'pt-BR': 'papelão', nl: 'karton', ja: ['段ボール', '段ボール製'], 'zh-CN': '纸板', ko: '골판지' }),
  m('soy_wax', { en: 'soy wax', de: 'Sojawachs', fr: 'cire de soja', es: 'cera de soja', it: 'cera di soia', 'pt-BR': 'cera de soja', nl: 'sojawas', ja: 'ソイワックス', 'zh-CN': '大豆蜡', ko: '소이 왁스' }),
]);
