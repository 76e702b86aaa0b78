import type { Locale } from '../locales';

/** A vocabulary whose labels need no agreement: each locale has one label (a noun or a predicative form). */
export interface SimpleEntry {
  readonly code: string;
  readonly labels: Readonly<Record<Locale, string>>;
}

const entries = (prefix: string, rows: Record<string, Record<Locale, string>>): readonly SimpleEntry[] =>
  Object.freeze(Object.entries(rows).map(([code, labels]) => Object.freeze({ code: `${prefix}.${code}`, labels: Object.freeze(labels) })));

/** Design styles; shown after a "Style:" label, so predicative (masculine singular) forms. */
export const styles = entries('style', {
  minimalist: { en: 'minimalist', de: 'minimalistisch', fr: 'minimaliste', es: 'minimalista', it: 'minimalista', 'pt-BR': 'minimalista', nl: 'minimalistisch', ja: 'ミニマル', 'zh-CN': '极简', ko: '미니멀' },
  modern: { en: 'modern', de: 'modern', fr: 'moderne', es: 'moderno', it: 'moderno', 'pt-BR': 'moderno', nl: 'modern', ja: 'モダン', 'zh-CN': '现代', ko: '모던' },
  classic: { en: 'classic', de: 'klassisch', fr: 'classique', es: 'clásico', it: 'classico', 'pt-BR': 'clássico', nl: 'klassiek', ja: 'クラシック', 'zh-CN': '经典', ko: '클래식' },
  vintage: { en: 'vintage', de: 'Vintage', fr: 'vintage', es: 'vintage', it: 'vintage', 'pt-BR': 'vintage', nl: 'vintage', ja: 'ヴィンテージ', 'zh-CN': '复古', ko: '빈티지' },
  retro: { en: 'retro', de: 'Retro', fr: 'rétro', es: 'retro', it: 'retrò', 'pt-BR': 'retrô', nl: 'retro', ja: 'レトロ', 'zh-CN': '怀旧', ko: '레트로' },
  casual: { en: 'casual', de: 'lässig', fr: 'décontracté', es: 'casual', it: 'casual', 'pt-BR': 'casual', nl: 'casual', ja: 'カジュアル', 'zh-CN': '休闲', ko: '캐주얼' },
  sporty: { en: 'sporty', de: 'sportlich', fr: 'sportif', es: 'deportivo', it: 'sportivo', 'pt-BR': 'esportivo', nl: 'sportief', ja: 'スポーティー', 'zh-CN': '运动风', ko: '스포티' },
  elegant: { en: 'elegant', de: 'elegant', fr: 'élégant', es: 'elegante', it: 'elegante', 'pt-BR': 'elegante', nl: 'elegant', ja: 'エレガント', 'zh-CN': '优雅', ko: '엘레강스' },
  boho: { en: 'boho', de: 'Boho', fr: 'bohème', es: 'boho', it: 'boho', 'pt-BR': 'boho', nl: 'boho', ja: 'ボヘミアン', 'zh-CN': '波西米亚', ko: '보헤미안' },
  industrial: { en: 'industrial', de: 'Industrial', fr: 'industriel', es: 'industrial', it: 'industriale', 'pt-BR': 'industrial', nl: 'industrieel', ja: 'インダストリアル', 'zh-CN': '工业风', ko: '인더스트리얼' },
  scandinavian: { en: 'Scandinavian', de: 'skandinavisch', fr: 'scandinave', es: 'nórdico', it: 'nordico', 'pt-BR': 'escandinavo', nl: 'Scandinavisch', ja: '北欧', 'zh-CN': '北欧', ko: '북유럽' },
  rustic: { en: 'rustic', de: 'rustikal', fr: 'rustique', es: 'rústico', it: 'rustico', 'pt-BR': 'rústico', nl: 'rustiek', ja: 'ラスティック', 'zh-CN': '乡村风', ko: '러스틱' },
  cute: { en: 'cute', de: 'niedlich', fr: 'mignon', es: 'mono', it: 'carino', 'pt-BR': 'fofo', nl: 'schattig', ja: 'かわいい', 'zh-CN': '可爱', ko: '귀여운' },
  business: { en: 'business', de: 'Business', fr: 'professionnel', es: 'profesional', it: 'professionale', 'pt-BR': 'executivo', nl: 'zakelijk', ja: 'ビジネス', 'zh-CN': '商务', ko: '비즈니스' },
  streetwear: { en: 'streetwear', de: 'Streetwear', fr: 'streetwear', es: 'streetwear', it: 'streetwear', 'pt-BR': 'streetwear', nl: 'streetwear', ja: 'ストリート', 'zh-CN': '街头', ko: '스트릿' },
});

/** Use scenes; shown after an "Ideal for:" label, so nouns. */
export const useScenes = entries('scene', {
  home: { en: 'home', de: 'Zuhause', fr: 'maison', es: 'casa', it: 'casa', 'pt-BR': 'casa', nl: 'thuis', ja: '自宅', 'zh-CN': '居家', ko: '집' },
  office: { en: 'office', de: 'Büro', fr: 'bureau', es: 'oficina', it: 'ufficio', 'pt-BR': 'escritório', nl: 'kantoor', ja: 'オフィス', 'zh-CN': '办公室', ko: '사무실' },
  travel: { en: 'travel', de: 'Reisen', fr: 'voyage', es: 'viajes', it: 'viaggi', 'pt-BR': 'viagens', nl: 'reizen', ja: '旅行', 'zh-CN': '旅行', ko: '여행' },
  outdoor: { en: 'outdoors', de: 'Outdoor', fr: 'plein air', es: 'aire libre', it: 'attività all’aperto', 'pt-BR': 'ar livre', nl: 'buiten', ja: 'アウトドア', 'zh-CN': '户外', ko: '야외' },
  gym: { en: 'gym', de: 'Fitnessstudio', fr: 'salle de sport', es: 'gimnasio', it: 'palestra', 'pt-BR': 'academia', nl: 'sportschool', ja: 'ジム', 'zh-CN': '健身房', ko: '헬스장' },
  running: { en: 'running', de: 'Laufen', fr: 'course à pied', es: 'correr', it: 'corsa', 'pt-BR': 'corrida', nl: 'hardlopen', ja: 'ランニング', 'zh-CN': '跑步', ko: '러닝' },
  camping: { en: 'camping', de: 'Camping', fr: 'camping', es: 'acampada', it: 'campeggio', 'pt-BR': 'acampamento', nl: 'kamperen', ja: 'キャンプ', 'zh-CN': '露营', ko: '캠핑' },
  hiking: { en: 'hiking', de: 'Wandern', fr: 'randonnée', es: 'senderismo', it: 'escursionismo', 'pt-BR': 'trilhas', nl: 'wandelen', ja: 'ハイキング', 'zh-CN': '徒步', ko: '등산' },
  beach: { en: 'beach', de: 'Strand', fr: 'plage', es: 'playa', it: 'spiaggia', 'pt-BR': 'praia', nl: 'strand', ja: 'ビーチ', 'zh-CN': '海滩', ko: '해변' },
  party: { en: 'parties', de: 'Party', fr: 'fête', es: 'fiestas', it: 'feste', 'pt-BR': 'festas', nl: 'feestjes', ja: 'パーティー', 'zh-CN': '派对', ko: '파티' },
  gift: { en: 'gifts', de: 'Geschenk', fr: 'cadeau', es: 'regalo', it: 'regalo', 'pt-BR': 'presente', nl: 'cadeau', ja: 'ギフト', 'zh-CN': '送礼', ko: '선물' },
  school: { en: 'school', de: 'Schule', fr: 'école', es: 'escuela', it: 'scuola', 'pt-BR': 'escola', nl: 'school', ja: '学校', 'zh-CN': '学校', ko: '학교' },
  everyday: { en: 'everyday use', de: 'Alltag', fr: 'usage quotidien', es: 'uso diario', it: 'uso quotidiano', 'pt-BR': 'uso diário', nl: 'dagelijks gebruik', ja: '普段使い', 'zh-CN': '日常', ko: '데일리' },
  commute: { en: 'commuting', de: 'Pendeln', fr: 'trajets quotidiens', es: 'desplazamientos diarios', it: 'spostamenti quotidiani', 'pt-BR': 'deslocamentos diários', nl: 'woon-werkverkeer', ja: '通勤', 'zh-CN': '通勤', ko: '출퇴근' },
  cooking: { en: 'cooking', de: 'Kochen', fr: 'cuisine', es: 'cocina', it: 'cucina', 'pt-BR': 'cozinha', nl: 'koken', ja: '料理', 'zh-CN': '烹饪', ko: '요리' },
  gaming: { en: 'gaming', de: 'Gaming', fr: 'jeux vidéo', es: 'videojuegos', it: 'gaming', 'pt-BR': 'games', nl: 'gaming', ja: 'ゲーム', 'zh-CN': '游戏', ko: '게이밍' },
  play: { en: 'playtime', de: 'Spielen', fr: 'jeu', es: 'juego', it: 'gioco', 'pt-BR': 'brincadeiras', nl: 'spelen', ja: '遊び', 'zh-CN': '玩耍', ko: '놀이' },
  sleep: { en: 'sleep', de: 'Schlafen', fr: 'sommeil', es: 'descanso', it: 'riposo', 'pt-BR': 'sono', nl: 'slapen', ja: '睡眠', 'zh-CN': '睡眠', ko: '수면' },
});

/** Category groups (the first segment of a category code). */
export const groups = entries('group', {
  apparel: { en: 'apparel', de: 'Bekleidung', fr: 'vêtements', es: 'ropa', it: 'abbigliamento', 'pt-BR': 'roupas', nl: 'kleding', ja: 'アパレル', 'zh-CN': '服装', ko: '의류' },
  footwear: { en: 'footwear', de: 'Schuhe', fr: 'chaussures', es: 'calzado', it: 'calzature', 'pt-BR': 'calçados', nl: 'schoenen', ja: 'シューズ', 'zh-CN': '鞋靴', ko: '신발' },
  bags: { en: 'bags', de: 'Taschen', fr: 'sacs', es: 'bolsos', it: 'borse', 'pt-BR': 'bolsas', nl: 'tassen', ja: 'バッグ', 'zh-CN': '箱包', ko: '가방' },
  audio: { en: 'audio', de: 'Audio', fr: 'audio', es: 'audio', it: 'audio', 'pt-BR': 'áudio', nl: 'audio', ja: 'オーディオ', 'zh-CN': '影音', ko: '오디오' },
  electronics: { en: 'electronics', de: 'Elektronik', fr: 'électronique', es: 'electrónica', it: 'elettronica', 'pt-BR': 'eletrônicos', nl: 'elektronica', ja: '家電・電子機器', 'zh-CN': '数码电子', ko: '전자기기' },
  phone: { en: 'phone accessories', de: 'Handyzubehör', fr: 'accessoires de téléphone', es: 'accesorios para móviles', it: 'accessori per smartphone', 'pt-BR': 'acessórios para celular', nl: 'telefoonaccessoires', ja: 'スマホアクセサリー', 'zh-CN': '手机配件', ko: '휴대폰 액세서리' },
  home: { en: 'home', de: 'Wohnen', fr: 'maison', es: 'hogar', it: 'casa', 'pt-BR': 'casa', nl: 'wonen', ja: 'インテリア・生活雑貨', 'zh-CN': '家居', ko: '홈·리빙' },
  kitchen: { en: 'kitchen', de: 'Küche', fr: 'cuisine', es: 'cocina', it: 'cucina', 'pt-BR': 'cozinha', nl: 'keuken', ja: 'キッチン用品', 'zh-CN': '厨房用品', ko: '주방용품' },
  beauty: { en: 'beauty', de: 'Beauty & Pflege', fr: 'beauté', es: 'belleza', it: 'bellezza', 'pt-BR': 'beleza', nl: 'beauty & verzorging', ja: 'ビューティー', 'zh-CN': '美妆个护', ko: '뷰티' },
  toys: { en: 'toys', de: 'Spielzeug', fr: 'jouets', es: 'juguetes', it: 'giocattoli', 'pt-BR': 'brinquedos', nl: 'speelgoed', ja: 'おもちゃ', 'zh-CN': '玩具', ko: '장난감' },
  sports: { en: 'sports & outdoors', de: 'Sport & Outdoor', fr: 'sport et plein air', es: 'deportes y aire libre', it: 'sport e tempo libero', 'pt-BR': 'esportes e lazer', nl: 'sport & outdoor', ja: 'スポーツ・アウトドア', 'zh-CN': '运动户外', ko: '스포츠·아웃도어' },
  food: { en: 'food & drink', de: 'Lebensmittel & Getränke', fr: 'épicerie', es: 'alimentación', it: 'alimentari', 'pt-BR': 'alimentos e bebidas', nl: 'eten & drinken', ja: '食品・飲料', 'zh-CN': '食品饮料', ko: '식품' },
  baby: { en: 'baby', de: 'Baby', fr: 'bébé', es: 'bebé', it: 'prima infanzia', 'pt-BR': 'bebês', nl: 'baby', ja: 'ベビー用品', 'zh-CN': '母婴', ko: '유아용품' },
});

/**
 * Names of NamedAttribute (`attributes[].name`), including the names the describer's attribute schema uses
 * (libs/describe-prompts DEFAULT_ATTRIBUTE_NAMES). Codes are `attr.<name>`.
 */
export const attributeNames = entries('attr', {
  brand: { en: 'brand', de: 'Marke', fr: 'marque', es: 'marca', it: 'marca', 'pt-BR': 'marca', nl: 'merk', ja: 'ブランド', 'zh-CN': '品牌', ko: '브랜드' },
  model_number: { en: 'model', de: 'Modell', fr: 'modèle', es: 'modelo', it: 'modello', 'pt-BR': 'modelo', nl: 'model', ja: '型番', 'zh-CN': '型号', ko: '모델명' },
  capacity: { en: 'capacity', de: 'Fassungsvermögen', fr: 'contenance', es: 'capacidad', it: 'capacità', 'pt-BR': 'capacidade', nl: 'inhoud', ja: '容量', 'zh-CN': '容量', ko: '용량' },
  volume: { en: 'volume', de: 'Inhalt', fr: 'volume', es: 'volumen', it: 'volume', 'pt-BR': 'volume', nl: 'volume', ja: '内容量', 'zh-CN': '规格', ko: '부피' },
  weight: { en: 'weight', de: 'Gewicht', fr: 'poids', es: 'peso', it: 'peso', 'pt-BR': 'peso', nl: 'gewicht', ja: '重量', 'zh-CN': '重量', ko: '무게' },
  net_weight: { en: 'net weight', de: 'Nettogewicht', fr: 'poids net', es: 'peso neto', it: 'peso netto', 'pt-BR': 'peso líquido', nl: 'nettogewicht', ja: '正味量', 'zh-CN': '净含量', ko: '순중량' },
  size: { en: 'size', de: 'Größe', fr: 'taille', es: 'talla', it: 'taglia', 'pt-BR': 'tamanho', nl: 'maat', ja: 'サイズ', 'zh-CN': '尺码', ko: '사이즈' },
  dimensions: { en: 'dimensions', de: 'Abmessungen', fr: 'dimensions', es: 'dimensiones', it: 'dimensioni', 'pt-BR': 'dimensões', nl: 'afmetingen', ja: '寸法', 'zh-CN': '尺寸', ko: '크기' },
  length: { en: 'length', de: 'Länge', fr: 'longueur', es: 'longitud', it: 'lunghezza', 'pt-BR': 'comprimento', nl: 'lengte', ja: '長さ', 'zh-CN': '长度', ko: '길이' },
  diameter: { en: 'diameter', de: 'Durchmesser', fr: 'diamètre', es: 'diámetro', it: 'diametro', 'pt-BR': 'diâmetro', nl: 'diameter', ja: '直径', 'zh-CN': '直径', ko: '지름' },
  thickness: { en: 'thickness', de: 'Dicke', fr: 'épaisseur', es: 'grosor', it: 'spessore', 'pt-BR': 'espessura', nl: 'dikte', ja: '厚さ', 'zh-CN': '厚度', ko: '두께' },
  battery_capacity: { en: 'battery capacity', de: 'Akkukapazität', fr: 'capacité de la batterie', es: 'capacidad de la batería', it: 'capacità della batteria', 'pt-BR': 'capacidade da bateria', nl: 'batterijcapaciteit', ja: 'バッテリー容量', 'zh-CN': '电池容量', ko: '배터리 용량' },
  battery_life: { en: 'battery life', de: 'Akkulaufzeit', fr: 'autonomie', es: 'autonomía', it: 'autonomia', 'pt-BR': 'duração da bateria', nl: 'batterijduur', ja: 'バッテリー持続時間', 'zh-CN': '续航时间', ko: '배터리 사용 시간' },
  charging_time: { en: 'charging time', de: 'Ladezeit', fr: 'temps de charge', es: 'tiempo de carga', it: 'tempo di ricarica', 'pt-BR': 'tempo de carregamento', nl: 'oplaadtijd', ja: '充電時間', 'zh-CN': '充电时间', ko: '충전 시간' },
  power: { en: 'power', de: 'Leistung', fr: 'puissance', es: 'potencia', it: 'potenza', 'pt-BR': 'potência', nl: 'vermogen', ja: '出力', 'zh-CN': '功率', ko: '출력' },
  voltage: { en: 'voltage', de: 'Spannung', fr: 'tension', es: 'voltaje', it: 'tensione', 'pt-BR': 'tensão', nl: 'spanning', ja: '電圧', 'zh-CN': '电压', ko: '전압' },
  screen_size: { en: 'screen size', de: 'Bildschirmgröße', fr: 'taille de l’écran', es: 'tamaño de pantalla', it: 'dimensioni dello schermo', 'pt-BR': 'tamanho da tela', nl: 'schermgrootte', ja: '画面サイズ', 'zh-CN': '屏幕尺寸', ko: '화면 크기' },
  storage: { en: 'storage', de: 'Speicherkapazität', fr: 'stockage', es: 'almacenamiento', it: 'memoria', 'pt-BR': 'armazenamento', nl: 'opslag', ja: 'ストレージ容量', 'zh-CN': '存储容量', ko: '저장 용량' },
  connector: { en: 'connector', de: 'Anschluss', fr: 'connecteur', es: 'conector', it: 'connettore', 'pt-BR': 'conector', nl: 'aansluiting', ja: '端子', 'zh-CN': '接口', ko: '단자' },
  compatibility: { en: 'compatible with', de: 'kompatibel mit', fr: 'compatible avec', es: 'compatible con', it: 'compatibile con', 'pt-BR': 'compatível com', nl: 'geschikt voor', ja: '対応機種', 'zh-CN': '适用机型', ko: '호환 기종' },
  quantity: { en: 'quantity', de: 'Anzahl', fr: 'quantité', es: 'cantidad', it: 'quantità', 'pt-BR': 'quantidade', nl: 'aantal', ja: '数量', 'zh-CN': '数量', ko: '수량' },
  age_range: { en: 'recommended age', de: 'Altersempfehlung', fr: 'âge recommandé', es: 'edad recomendada', it: 'età consigliata', 'pt-BR': 'idade recomendada', nl: 'aanbevolen leeftijd', ja: '対象年齢', 'zh-CN': '适用年龄', ko: '사용 연령' },
  shelf_life: { en: 'shelf life', de: 'Haltbarkeit', fr: 'durée de conservation', es: 'vida útil', it: 'durata di conservazione', 'pt-BR': 'validade', nl: 'houdbaarheid', ja: '賞味期間', 'zh-CN': '保质期', ko: '유통기한' },
  spf: { en: 'SPF', de: 'Lichtschutzfaktor', fr: 'indice de protection solaire', es: 'factor de protección solar', it: 'fattore di protezione solare', 'pt-BR': 'fator de proteção solar', nl: 'beschermingsfactor', ja: 'SPF', 'zh-CN': '防晒指数', ko: '자외선 차단 지수' },
  water_resistance: { en: 'water resistance rating', de: 'Schutzart', fr: 'indice d’étanchéité', es: 'grado de protección', it: 'grado di protezione', 'pt-BR': 'grau de proteção', nl: 'beschermingsklasse', ja: '防水等級', 'zh-CN': '防水等级', ko: '방수 등급' },
  burn_time: { en: 'burn time', de: 'Brenndauer', fr: 'durée de combustion', es: 'tiempo de combustión', it: 'durata di combustione', 'pt-BR': 'tempo de queima', nl: 'brandduur', ja: '燃焼時間', 'zh-CN': '燃烧时间', ko: '연소 시간' },
  origin: { en: 'country of origin', de: 'Herkunftsland', fr: 'pays d’origine', es: 'país de origen', it: 'paese di origine', 'pt-BR': 'país de origem', nl: 'land van herkomst', ja: '原産国', 'zh-CN': '原产地', ko: '원산지' },
  pattern: { en: 'pattern', de: 'Muster', fr: 'motif', es: 'estampado', it: 'fantasia', 'pt-BR': 'estampa', nl: 'patroon', ja: '柄', 'zh-CN': '图案', ko: '패턴' },
  fit: { en: 'fit', de: 'Passform', fr: 'coupe', es: 'corte', it: 'vestibilità', 'pt-BR': 'modelagem', nl: 'pasvorm', ja: 'シルエット', 'zh-CN': '版型', ko: '핏' },
  target_user: { en: 'for', de: 'für', fr: 'pour', es: 'para', it: 'per', 'pt-BR': 'para', nl: 'voor', ja: '対象', 'zh-CN': '适用人群', ko: '대상' },
});

/** Values of the `pattern` attribute. */
export const patterns = entries('pattern', {
  solid: { en: 'solid colour', de: 'einfarbig', fr: 'uni', es: 'liso', it: 'tinta unita', 'pt-BR': 'liso', nl: 'effen', ja: '無地', 'zh-CN': '纯色', ko: '무지' },
  striped: { en: 'striped', de: 'gestreift', fr: 'rayé', es: 'de rayas', it: 'a righe', 'pt-BR': 'listrado', nl: 'gestreept', ja: 'ストライプ', 'zh-CN': '条纹', ko: '스트라이프' },
  checked: { en: 'checked', de: 'kariert', fr: 'à carreaux', es: 'de cuadros', it: 'a quadri', 'pt-BR': 'xadrez', nl: 'geruit', ja: 'チェック', 'zh-CN': '格纹', ko: '체크' },
  floral: { en: 'floral', de: 'geblümt', fr: 'fleuri', es: 'de flores', it: 'a fiori', 'pt-BR': 'floral', nl: 'gebloemd', ja: '花柄', 'zh-CN': '碎花', ko: '플로럴' },
  polka_dot: { en: 'polka dot', de: 'gepunktet', fr: 'à pois', es: 'de lunares', it: 'a pois', 'pt-BR': 'de bolinhas', nl: 'gestippeld', ja: 'ドット柄', 'zh-CN': '波点', ko: '도트' },
  graphic: { en: 'graphic print', de: 'bedruckt', fr: 'imprimé', es: 'estampado', it: 'stampato', 'pt-BR': 'estampado', nl: 'bedrukt', ja: 'プリント', 'zh-CN': '印花', ko: '프린트' },
  camouflage: { en: 'camouflage', de: 'Camouflage', fr: 'camouflage', es: 'camuflaje', it: 'mimetico', 'pt-BR': 'camuflado', nl: 'camouflage', ja: '迷彩', 'zh-CN': '迷彩', ko: '카모플라주' },
  animal_print: { en: 'animal print', de: 'Animal-Print', fr: 'imprimé animal', es: 'estampado animal', it: 'animalier', 'pt-BR': 'animal print', nl: 'dierenprint', ja: 'アニマル柄', 'zh-CN': '动物纹', ko: '애니멀 프린트' },
  geometric: { en: 'geometric', de: 'geometrisch', fr: 'géométrique', es: 'geométrico', it: 'geometrico', 'pt-BR': 'geométrico', nl: 'geometrisch', ja: '幾何学柄', 'zh-CN': '几何', ko: '기하학 패턴' },
});

/** Values of the `fit` attribute. */
export const fits = entries('fit', {
  slim: { en: 'slim fit', de: 'Slim Fit', fr: 'coupe ajustée', es: 'corte slim', it: 'slim fit', 'pt-BR': 'slim', nl: 'slim fit', ja: 'スリム', 'zh-CN': '修身', ko: '슬림핏' },
  regular: { en: 'regular fit', de: 'Regular Fit', fr: 'coupe droite', es: 'corte regular', it: 'regular fit', 'pt-BR': 'tradicional', nl: 'regular fit', ja: 'レギュラー', 'zh-CN': '常规', ko: '레귤러핏' },
  relaxed: { en: 'relaxed fit', de: 'Relaxed Fit', fr: 'coupe ample', es: 'corte holgado', it: 'vestibilità comoda', 'pt-BR': 'soltinho', nl: 'relaxed fit', ja: 'リラックス', 'zh-CN': '宽松', ko: '루즈핏' },
  oversized: { en: 'oversized', de: 'Oversize', fr: 'oversize', es: 'oversize', it: 'oversize', 'pt-BR': 'oversized', nl: 'oversized', ja: 'オーバーサイズ', 'zh-CN': '落肩宽松', ko: '오버핏' },
});

/** Values of the `target_user` attribute. */
export const targetUsers = entries('target', {
  men: { en: 'men', de: 'Herren', fr: 'homme', es: 'hombre', it: 'uomo', 'pt-BR': 'masculino', nl: 'heren', ja: 'メンズ', 'zh-CN': '男士', ko: '남성' },
  women: { en: 'women', de: 'Damen', fr: 'femme', es: 'mujer', it: 'donna', 'pt-BR': 'feminino', nl: 'dames', ja: 'レディース', 'zh-CN': '女士', ko: '여성' },
  unisex: { en: 'unisex', de: 'Unisex', fr: 'unisexe', es: 'unisex', it: 'unisex', 'pt-BR': 'unissex', nl: 'unisex', ja: 'ユニセックス', 'zh-CN': '男女通用', ko: '남녀공용' },
  kids: { en: 'kids', de: 'Kinder', fr: 'enfant', es: 'niños', it: 'bambini', 'pt-BR': 'infantil', nl: 'kinderen', ja: 'キッズ', 'zh-CN': '儿童', ko: '아동' },
  baby: { en: 'babies', de: 'Babys', fr: 'bébé', es: 'bebé', it: 'neonati', 'pt-BR': 'bebê', nl: 'baby’s', ja: 'ベビー', 'zh-CN': '婴儿', ko: '유아' },
});
