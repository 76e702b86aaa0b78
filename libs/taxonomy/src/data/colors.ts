import type { Forms, } from '../grammar';
import type { Lab } from '../color-science';
import type { Locale } from '../locales';

export interface ColorDef {
  readonly code: string;
  /** Reference colour as 8-bit sRGB, or null for the non-chromatic codes (transparent, multicolour). */
  readonly srgb: string | null;
  /** CIE L*a*b* (D65) of `srgb`, rounded to 2 decimals; colours.unit.spec.ts checks it against the conversion. */
  readonly lab: Lab | null;
  /**
   * Labels. en, zh-CN, ko: the word, used before the noun as is. de: [noun as shown on its own, adjective stem]
   * (the stem takes the strong ending: rot → rote Tasse). fr, es, it, pt-BR: one invariable form, [sg, pl], or
   * [m sg, f sg, m pl, f pl]. nl: one invariable form, [base, inflected], or [label, base, inflected]. ja:
   * [label, attributive form] (赤 → 赤いマグカップ, グレー → グレーのマグカップ).
   */
  readonly labels: Readonly<Record<Locale, Forms>>;
}

const c = (code: string, srgb: string | null, lab: Lab | null, labels: Record<Locale, Forms>): ColorDef =>
  Object.freeze({ code: `color.${code}`, srgb, lab, labels: Object.freeze(labels) });

export const colors: readonly ColorDef[] = Object.freeze([
  c('black', '#0A0A0A', [2.74, 0, 0], { en: 'black', de: ['Schwarz', 'schwarz'], fr: ['noir', 'noire', 'noirs', 'noires'], es: ['negro', 'negra', 'negros', 'negras'], it: ['nero', 'nera', 'neri', 'nere'], 'pt-BR': ['preto', 'preta', 'pretos', 'pretas'], nl: ['zwart', 'zwarte'], ja: ['黒', '黒い'], 'zh-CN': '黑色', ko: '검정색' }),
  c('white', '#F8F8F8', [97.58, 0, 0], { en: 'white', de: ['Weiß', 'weiß'], fr: ['blanc', 'blanche', 'blancs', 'blanches'], es: ['blanco', 'blanca', 'blancos', 'blancas'], it: ['bianco', 'bianca', 'bianchi', 'bianche'], 'pt-BR': ['branco', 'branca', 'brancos', 'brancas'], nl: ['wit', 'witte'], ja: ['白', '白い'], 'zh-CN': '白色', ko: '흰색' }),
  c('grey', '#8C8C8C', [58.25, 0, 0], { en: 'grey', de: ['Grau', 'grau'], fr: ['gris', 'grise', 'gris', 'grises'], es: ['gris', 'grises'], it: ['grigio', 'grigia', 'grigi', 'grigie'], 'pt-BR': 'cinza', nl: ['grijs', 'grijze'], ja: ['グレー', 'グレーの'], 'zh-CN': '灰色', ko: '회색' }),
  c('charcoal', '#36454F', [28.39, -3.25, -7.96], { en: 'charcoal', de: ['Anthrazit', 'anthrazitfarben'], fr: 'anthracite', es: 'gris marengo', it: 'grigio antracite', 'pt-BR': 'grafite', nl: ['antraciet', 'antracietkleurig', 'antracietkleurige'], ja: ['チャコールグレー', 'チャコールグレーの'], 'zh-CN': '炭灰色', ko: '차콜' }),
  c('silver', '#C0C0C0', [77.7, 0, 0], { en: 'silver', de: ['Silber', 'silberfarben'], fr: ['argenté', 'argentée', 'argentés', 'argentées'], es: ['plateado', 'plateada', 'plateados', 'plateadas'], it: 'argento', 'pt-BR': ['prateado', 'prateada', 'prateados', 'prateadas'], nl: ['zilver', 'zilverkleurig', 'zilverkleurige'], ja: ['シルバー', 'シルバーの'], 'zh-CN': '银色', ko: '실버' }),
  c('red', '#C62828', [43.77, 60.29, 40.31], { en: 'red', de: ['Rot', 'rot'], fr: ['rouge', 'rouges'], es: ['rojo', 'roja', 'rojos', 'rojas'], it: ['rosso', 'rossa', 'rossi', 'rosse'], 'pt-BR': ['vermelho', 'vermelha', 'vermelhos', 'vermelhas'], nl: ['rood', 'rode'], ja: ['赤', '赤い'], 'zh-CN': '红色', ko: '빨간색' }),
  c('burgundy', '#800020', [25.85, 48.89, 21.3], { en: 'burgundy', de: ['Bordeauxrot', 'bordeauxrot'], fr: 'bordeaux', es: 'burdeos', it: 'bordeaux', 'pt-BR': 'bordô', nl: ['bordeauxrood', 'bordeauxrode'], ja: ['ボルドー', 'ボルドーの'], 'zh-CN': '酒红色', ko: '버건디' }),
  c('orange', '#F57C00', [64.83, 40.91, 71.96], { en: 'orange', de: ['Orange', 'orangefarben'], fr: 'orange', es: 'naranja', it: ['arancione', 'arancioni'], 'pt-BR': 'laranja', nl: 'oranje', ja: ['オレンジ', 'オレンジの'], 'zh-CN': '橙色', ko: '주황색' }),
  c('coral', '#FF7F50', [67.3, 45.35, 47.49], { en: 'coral', de: ['Korallenrot', 'korallenrot'], fr: 'corail', es: ['coral', 'corales'], it: 'corallo', 'pt-BR': ['coral', 'corais'], nl: ['koraalrood', 'koraalrode'], ja: ['コーラル', 'コーラルの'], 'zh-CN': '珊瑚色', ko: '코랄' }),
  c('yellow', '#FDD835', [87.12, -2.38, 78.15], { en: 'yellow', de: ['Gelb', 'gelb'], fr: ['jaune', 'jaunes'], es: ['amarillo', 'amarilla', 'amarillos', 'amarillas'], it: ['giallo', 'gialla', 'gialli', 'gialle'], 'pt-BR': ['amarelo', 'amarela', 'amarelos', 'amarelas'], nl: ['geel', 'gele'], ja: ['黄色', '黄色い'], 'zh-CN': '黄色', ko: '노란색' }),
  c('mustard', '#E1AD01', [73.48, 6.88, 76.25], { en: 'mustard', de: ['Senfgelb', 'senfgelb'], fr: 'moutarde', es: 'mostaza', it: 'senape', 'pt-BR': 'mostarda', nl: ['mosterdgeel', 'mosterdgele'], ja: ['マスタード', 'マスタードの'], 'zh-CN': '芥末黄', ko: '머스타드' }),
  c('gold', '#D4AF37', [72.85, 1.38, 62.91], { en: 'gold', de: ['Gold', 'goldfarben'], fr: ['doré', 'dorée', 'dorés', 'dorées'], es: ['dorado', 'dorada', 'dorados', 'doradas'], it: ['dorato', 'dorata', 'dorati', 'dorate'], 'pt-BR': ['dourado', 'dourada', 'dourados', 'douradas'], nl: ['goud', 'goudkleurig', 'goudkleurige'], ja: ['ゴールド', 'ゴールドの'], 'zh-CN': '金色', ko: '골드' }),
  c('beige', '#DCC9A3', [81.64, 0.82, 21.44], { en: 'beige', de: ['Beige', 'beigefarben'], fr: ['beige', 'beiges'], es: 'beige', it: 'beige', 'pt-BR': 'bege', nl: 'beige', ja: ['ベージュ', 'ベージュの'], 'zh-CN': '米色', ko: '베이지' }),
  c('cream', '#FFFDD0', [98.46, -6.49, 21.83], { en: 'cream', de: ['Cremeweiß', 'cremeweiß'], fr: 'crème', es: 'crema', it: 'crema', 'pt-BR': 'creme', nl: ['crème', 'crèmekleurig', 'crèmekleurige'], ja: ['クリーム色', 'クリーム色の'], 'zh-CN': '奶油色', ko: '크림색' }),
  c('ivory', '#FFFFF0', [99.64, -2.55, 7.16], { en: 'ivory', de: ['Elfenbein', 'elfenbeinfarben'], fr: 'ivoire', es: 'marfil', it: 'avorio', 'pt-BR': 'marfim', nl: ['ivoorwit', 'ivoorwitte'], ja: ['アイボリー', 'アイボリーの'], 'zh-CN': '象牙白', ko: '아이보리' }),
  c('khaki', '#C3B091', [72.69, 1.96, 18.39], { en: 'khaki', de: ['Khaki', 'khakifarben'], fr: 'kaki', es: 'caqui', it: 'cachi', 'pt-BR': 'cáqui', nl: 'kaki', ja: ['カーキ', 'カーキの'], 'zh-CN': '卡其色', ko: '카키' }),
  c('camel', '#C19A6B', [66.15, 8.37, 30.15], { en: 'camel', de: ['Camel', 'camelfarben'], fr: 'camel', es: 'camel', it: 'cammello', 'pt-BR': 'caramelo', nl: 'camel', ja: ['キャメル', 'キャメルの'], 'zh-CN': '驼色', ko: '카멜' }),
  c('brown', '#6D4C41', [35.6, 12.4, 12.1], { en: 'brown', de: ['Braun', 'braun'], fr: 'marron', es: ['marrón', 'marrones'], it: ['marrone', 'marroni'], 'pt-BR': ['marrom', 'marrons'], nl: ['bruin', 'bruine'], ja: ['茶色', '茶色い'], 'zh-CN': '棕色', ko: '갈색' }),
  c('copper', '#B87333', [54.76, 21.65, 45.4], { en: 'copper', de: ['Kupfer', 'kupferfarben'], fr: ['cuivré', 'cuivrée', 'cuivrés', 'cuivrées'], es: ['cobrizo', 'cobriza', 'cobrizos', 'cobrizas'], it: ['ramato', 'ramata', 'ramati', 'ramate'], 'pt-BR': ['acobreado', 'acobreada', 'acobreados', 'acobreadas'], nl: ['koper', 'koperkleurig', 'koperkleurige'], ja: ['カッパー', 'カッパーの'], 'zh-CN': '铜色', ko: '코퍼' }),
  c('olive', '#708238', [51.49, -18.45, 37.28], { en: 'olive', de: ['Olivgrün', 'olivgrün'], fr: 'olive', es: 'verde oliva', it: 'verde oliva', 'pt-BR': 'verde-oliva', nl: ['olijfgroen', 'olijfgroene'], ja: ['オリーブ', 'オリーブ色の'], 'zh-CN': '橄榄绿', ko: '올리브' }),
  c('green', '#2E7D32', [46.28, -40.26, 33.32], { en: 'green', de: ['Grün', 'grün'], fr: ['vert', 'verte', 'verts', 'vertes'], es: ['verde', 'verdes'], it: ['verde', 'verdi'], 'pt-BR': ['verde', 'verdes'], nl: ['groen', 'groene'], ja: ['緑', '緑の'], 'zh-CN': '绿色', ko: '초록색' }),
  c('mint', '#98E0B0', [83.5, -32.29, 16.49], { en: 'mint', de: ['Mintgrün', 'mintgrün'], fr: 'vert menthe', es: 'verde menta', it: 'verde menta', 'pt-BR': 'verde-menta', nl: ['mintgroen', 'mintgroene'], ja: ['ミントグリーン', 'ミントグリーンの'], 'zh-CN': '薄荷绿', ko: '민트' }),
  c('teal', '#008080', [48.25, -28.85, -8.48], { en: 'teal', de: ['Petrol', 'petrolfarben'], fr: 'bleu canard', es: 'verde petróleo', it: 'verde petrolio', 'pt-BR': 'verde-petróleo', nl: ['petrolblauw', 'petrolblauwe'], ja: ['ティール', 'ティールの'], 'zh-CN': '蓝绿色', ko: '틸' }),
  c('turquoise', '#40E0D0', [81.26, -44.08, -4.03], { en: 'turquoise', de: ['Türkis', 'türkisfarben'], fr: 'turquoise', es: 'turquesa', it: ['turchese', 'turchesi'], 'pt-BR': 'turquesa', nl: 'turquoise', ja: ['ターコイズ', 'ターコイズの'], 'zh-CN': '松石绿', ko: '터콰이즈' }),
  c('light_blue', '#90CAF9', [79.05, -6.82, -28.97], { en: 'light blue', de: ['Hellblau', 'hellblau'], fr: 'bleu clair', es: 'azul claro', it: ['azzurro', 'azzurra', 'azzurri', 'azzurre'], 'pt-BR': 'azul-claro', nl: ['lichtblauw', 'lichtblauwe'], ja: ['水色', '水色の'], 'zh-CN': '浅蓝色', ko: '하늘색' }),
  c('blue', '#1565C0', [43.17, 11.97, -53.97], { en: 'blue', de: ['Blau', 'blau'], fr: ['bleu', 'bleue', 'bleus', 'bleues'], es: ['azul', 'azules'], it: 'blu', 'pt-BR': ['azul', 'azuis'], nl: ['blauw', 'blauwe'], ja: ['青', '青い'], 'zh-CN': '蓝色', ko: '파란색' }),
  c('navy', '#1F2A44', [17.29, 3.91, -17.83], { en: 'navy', de: ['Marineblau', 'marineblau'], fr: 'bleu marine', es: 'azul marino', it: 'blu navy', 'pt-BR': 'azul-marinho', nl: ['marineblauw', 'marineblauwe'], ja: ['ネイビー', 'ネイビーの'], 'zh-CN': '藏青色', ko: '남색' }),
  c('purple', '#6A1B9A', [29.87, 54.3, -52.66], { en: 'purple', de: ['Violett', 'violett'], fr: ['violet', 'violette', 'violets', 'violettes'], es: ['morado', 'morada', 'morados', 'moradas'], it: 'viola', 'pt-BR': ['roxo', 'roxa', 'roxos', 'roxas'], nl: ['paars', 'paarse'], ja: ['紫', '紫の'], 'zh-CN': '紫色', ko: '보라색' }),
  c('lavender', '#B39DDB', [68.61, 20.4, -28.52], { en: 'lavender', de: ['Lavendel', 'lavendelfarben'], fr: 'lavande', es: 'lavanda', it: 'lavanda', 'pt-BR': 'lavanda', nl: ['lavendel', 'lavendelkleurig', 'lavendelkleurige'], ja: ['ラベンダー', 'ラベンダーの'], 'zh-CN': '薰衣草紫', ko: '라벤더' }),
  c('pink', '#F48FB1', [70.91, 42.22, -1.1], { en: 'pink', de: ['Rosa', 'rosafarben'], fr: ['rose', 'roses'], es: 'rosa', it: 'rosa', 'pt-BR': 'rosa', nl: 'roze', ja: ['ピンク', 'ピンクの'], 'zh-CN': '粉色', ko: '분홍색' }),
  c('fuchsia', '#E0218A', [50.42, 75.04, -9.2], { en: 'fuchsia', de: ['Pink', 'pinkfarben'], fr: 'fuchsia', es: 'fucsia', it: 'fucsia', 'pt-BR': 'fúcsia', nl: 'fuchsia', ja: ['フューシャピンク', 'フューシャピンクの'], 'zh-CN': '玫红色', ko: '핫핑크' }),
  c('rose_gold', '#B76E79', [54.66, 30.31, 6.38], { en: 'rose gold', de: ['Roségold', 'roségoldfarben'], fr: 'or rose', es: 'oro rosa', it: 'oro rosa', 'pt-BR': 'ouro rosé', nl: ['roségoud', 'roségoudkleurig', 'roségoudkleurige'], ja: ['ローズゴールド', 'ローズゴールドの'], 'zh-CN': '玫瑰金', ko: '로즈골드' }),
  c('transparent', null, null, { en: 'transparent', de: ['Transparent', 'transparent'], fr: ['transparent', 'transparente', 'transparents', 'transparentes'], es: ['transparente', 'transparentes'], it: ['trasparente', 'trasparenti'], 'pt-BR': ['transparente', 'transparentes'], nl: ['transparant', 'transparante'], ja: ['透明', '透明の'], 'zh-CN': '透明', ko: '투명' }),
  c('multicolor', null, null, { en: 'multicoloured', de: ['Mehrfarbig', 'mehrfarbig'], fr: ['multicolore', 'multicolores'], es: ['multicolor', 'multicolores'], it: ['multicolore', 'multicolori'], 'pt-BR': ['multicolorido', 'multicolorida', 'multicoloridos', 'multicoloridas'], nl: ['veelkleurig', 'veelkleurige'], ja: ['マルチカラー', 'マルチカラーの'], 'zh-CN': '多色', ko: '멀티컬러' }),
]);
