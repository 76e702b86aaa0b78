import type { RulePack } from '../types';

// 医薬品医療機器等法 (PMD Act) 第66条・第68条: non-medicines may not claim to treat or prevent disease;
// 景品表示法 第5条 (優良誤認): "世界一" / "No.1" need evidence.
const SPEC_NOUNS = ['気温', '温度', '速度', '時速', '出力', '解像度', '電圧', '回転数', '水位', '値', '血圧', '耐荷重', '輝度', '倍率', '音量', '段階', '記録'];

export const jaPack: RulePack = {
  id: 'ja',
  locales: ['ja'],
  rules: [
    {
      id: 'ja.absolute_claim.rank',
      family: 'absolute_claim',
      severity: 'hard',
      locales: ['ja'],
      patterns: ['世界一', '日本一', '業界一', '世界で一番', '日本で一番', 'ナンバーワン', 'ナンバー1', '史上最高', '史上最強', '効果保証', '効果を保証', '絶対に効く', '必ず効く', '必ず痩せる', '売上1位', '人気1位', 'ランキング1位', '業界最高'],
      // 世界一周 / 日本一周 are journeys around the world / Japan.
      exceptions: [{ followedBy: ['周'] }],
      message: '最上級・No.1表示（根拠が必要）',
    },
    {
      id: 'ja.absolute_claim.superlative',
      family: 'absolute_claim',
      severity: 'soft',
      locales: ['ja'],
      patterns: ['最高', '最強', '最高級', '最上級', '最安', '最安値', '完璧', '究極', '絶対', '至高', '業界初', '世界初', '最先端', '唯一無二', '他社を圧倒'],
      exceptions: [{ followedBy: SPEC_NOUNS }, { followedBy: ['値'] }],
      message: '最上級表現',
    },
    {
      id: 'ja.medical_claim.treatment',
      family: 'medical_claim',
      severity: 'hard',
      locales: ['ja'],
      patterns: [
        '治る', '治す', '治ります', '治療', '治癒', '完治', 'がんに効く', 'ガンに効く', '癌に効く', 'がん予防', '癌予防', 'ガン予防', '抗がん',
        '抗癌', '病気が治る', '病気を予防', '病気予防', '血圧を下げる', '血圧が下がる', '血糖値を下げる', '血糖値が下がる', '糖尿病に効く',
        'コロナに効く', 'コロナ予防', '万能薬', '特効薬', 'うつ病に効く', '認知症予防', '花粉症が治る', 'アトピーが治る',
      ],
      message: '医薬品的な効能効果の表示（薬機法）',
    },
    {
      id: 'ja.medical_claim.wellness',
      family: 'medical_claim',
      severity: 'soft',
      locales: ['ja'],
      patterns: ['免疫力アップ', '免疫力を高める', '免疫力向上', 'デトックス', '痩せる', 'やせる', 'ダイエット効果', '脂肪燃焼', '医療用', '医師推奨', '臨床試験済み', '臨床実証', '痛みを和らげる', '抗炎症', '抗ウイルス', '殺菌効果', '副作用なし', 'パワーストーン効果'],
      message: '健康効果の表示（要確認）',
    },
    {
      id: 'ja.environmental_claim.climate',
      family: 'environmental_claim',
      severity: 'hard',
      locales: ['ja'],
      patterns: ['カーボンニュートラル', 'カーボンオフセット済み', 'CO2ゼロ', 'CO2排出ゼロ', '気候中立', 'ネットゼロ', 'カーボンネガティブ', 'カーボンフリー'],
      message: 'カーボンニュートラル表示',
    },
    {
      id: 'ja.environmental_claim.generic',
      family: 'environmental_claim',
      severity: 'soft',
      locales: ['ja'],
      patterns: ['エコ', '環境に優しい', '環境にやさしい', '地球に優しい', '地球にやさしい', '生分解性', '生分解', 'サステナブル', 'サスティナブル', '持続可能', 'エコフレンドリー', 'プラスチックフリー', '自然に還る', '土に還る', '環境配慮'],
      // エコバッグ (a reusable bag), エコー (echo), エコノミー (economy), エコモード (a device setting).
      exceptions: [{ followedBy: ['バッグ', 'ー', 'ノミ', 'モード', '運転', 'ロジー'] }],
      message: '環境表示（根拠が必要）',
    },
    {
      id: 'ja.sensitive.prohibited',
      family: 'sensitive',
      severity: 'hard',
      locales: ['ja'],
      patterns: ['拳銃', '実弾', '銃弾', '麻薬', '覚醒剤', '覚せい剤', '大麻', 'コカイン', 'ヘロイン', '象牙', 'サイの角', '犀角', '虎骨', 'ナチス', 'ハーケンクロイツ', '盗撮', '盗聴器', '爆発物', '偽造紙幣', '偽札'],
      exceptions: [{ followedBy: ['色', '調', '風', 'ホワイト', '白'] }],
      message: '禁止・規制品',
    },
    {
      id: 'ja.sensitive.restricted',
      family: 'sensitive',
      severity: 'soft',
      locales: ['ja'],
      patterns: ['隠しカメラ', '電子タバコ', 'ニコチン', '催涙スプレー', 'アダルトグッズ', '媚薬', 'スタンガン', 'エアガン', 'ボウガン'],
      message: '規制カテゴリ',
    },
    {
      id: 'ja.counterfeit.copy',
      family: 'counterfeit',
      severity: 'hard',
      locales: ['ja'],
      patterns: ['コピー品', 'スーパーコピー', 'ブランドコピー', 'N級品', 'N級', '偽物', '偽ブランド', 'パチモン', 'パチもん', '模造品', '模倣品', '偽造品', 'レプリカ', 'ノーブランド品の正規品同等'],
      exceptions: [
        { precededBy: ['偽物では', '偽物は一切'], followedBy: ['ではありません', 'ではない', 'に注意', 'にご注意'] },
        // Official replica uniforms are a licensed product category in Japanese sports merchandising.
        { followedBy: ['ユニフォーム'], precededBy: ['公式', 'オフィシャル'], action: 'soften' },
      ],
      message: '偽造品の兆候',
    },
    {
      id: 'ja.counterfeit.copy_soft',
      family: 'counterfeit',
      severity: 'soft',
      locales: ['ja'],
      patterns: ['コピー'],
      // コピー用紙 (copy paper), コピー機 (copier), キャッチコピー (tagline), コピーライター.
      exceptions: [{ followedBy: ['用紙', '機', 'ライター', '機能', 'ガード', '紙', 'ペースト', 'アンド', '品', '防止'], precededBy: ['キャッチ', 'カラー', 'スーパー', 'ブランド'] }],
      message: '「コピー」は偽造品の兆候の可能性',
    },
  ],
};
