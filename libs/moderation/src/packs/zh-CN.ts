import type { RulePack } from '../types';

// 《中华人民共和国广告法》第九条第三项 (禁止使用"国家级"、"最高级"、"最佳"等用语) and 第十七条 (非医疗广告不得涉及疾病治疗功能).
export const zhCNPack: RulePack = {
  id: 'zh-CN',
  locales: ['zh-CN'],
  rules: [
    {
      id: 'zh.absolute_claim.superlative',
      family: 'absolute_claim',
      severity: 'hard',
      locales: ['zh-CN'],
      patterns: [
        '最好', '最佳', '最优', '最强', '最高级', '最先进', '最低价', '最便宜', '最受欢迎', '最畅销', '最顶级', '最专业', '最安全',
        '全网最低', '全网第一', '全球第一', '世界第一', '全国第一', '销量第一', '排名第一', '第一品牌', '国家级', '世界级', '顶级', '极品',
        '领导品牌', '史无前例', '绝无仅有', '100%有效', '绝对有效', '保证有效', '无效退款', '第一',
      ],
      exceptions: [
        // 最好 + verb is "preferably" (最好在阴凉处保存 — best stored in a cool place).
        { followedBy: ['在', '不要', '别', '避免', '先', '及时', '放置', '存放', '于', '使用前', '搭配', '用'] },
        // 第一次 (first time), 第一步 (first step), 第一代 (first generation) … are ordinals, not rank claims.
        {
          followedBy: ['次', '步', '代', '天', '层', '个', '件', '批', '期', '章', '节', '季', '款', '时间', '手', '视角', '人称', '页', '排', '行', '周', '年', '月', '道', '阶段', '部分', '条', '眼', '印象', '口', '颗', '根', '把', '种', '位客户', '单'],
        },
        // 安全第一 (safety first) and similar slogans rank a value, not the product.
        { precededBy: ['安全', '健康', '质量', '顾客', '客户', '友谊', '服务', '用户', '诚信', '信誉'] },
        // 国家级非物质文化遗产 is an official designation.
        { followedBy: ['非物质文化遗产', '非遗', '保护', '自然保护区', '重点'] },
      ],
      message: '广告法禁用的绝对化用语',
    },
    {
      id: 'zh.absolute_claim.soft',
      family: 'absolute_claim',
      severity: 'soft',
      locales: ['zh-CN'],
      patterns: ['最舒适', '最时尚', '最流行', '首选', '唯一', '独家', '绝对', '王牌', '首个', '独一无二', '无与伦比', '完美无瑕'],
      exceptions: [{ followedBy: ['值', '路径'] }],
      message: '绝对化或夸大用语',
    },
    {
      id: 'zh.medical_claim.treatment',
      family: 'medical_claim',
      severity: 'hard',
      locales: ['zh-CN'],
      patterns: ['治疗', '治愈', '根治', '疗效', '抗癌', '防癌', '治癌', '药到病除', '包治百病', '降血压', '降血糖', '降血脂', '降三高', '治百病', '神药', '特效药', '预防疾病', '预防癌症', '防新冠', '医疗效果', '处方药', '消除疾病', '祛病'],
      message: '非医疗产品宣称疾病治疗功能',
    },
    {
      id: 'zh.medical_claim.wellness',
      family: 'medical_claim',
      severity: 'soft',
      locales: ['zh-CN'],
      patterns: ['增强免疫力', '提高免疫力', '排毒', '减肥', '瘦身', '燃脂', '消炎', '杀菌', '抗菌', '医用级', '临床验证', '止痛', '抗病毒', '无副作用', '养生功效'],
      message: '保健功效宣称（需审核）',
    },
    {
      id: 'zh.environmental_claim.climate',
      family: 'environmental_claim',
      severity: 'hard',
      locales: ['zh-CN'],
      patterns: ['碳中和', '零碳', '净零排放', '碳负排放', '零排放'],
      message: '碳中和宣称',
    },
    {
      id: 'zh.environmental_claim.generic',
      family: 'environmental_claim',
      severity: 'soft',
      locales: ['zh-CN'],
      patterns: ['环保', '绿色环保', '可降解', '生物降解', '全降解', '可堆肥', '低碳', '零污染', '无污染', '节能环保', '可持续'],
      // 环保袋 is the product name of a reusable bag.
      exceptions: [{ followedBy: ['袋'] }],
      message: '环保宣称（需证据）',
    },
    {
      id: 'zh.sensitive.prohibited',
      family: 'sensitive',
      severity: 'hard',
      locales: ['zh-CN'],
      patterns: [
        '枪支', '手枪', '仿真枪', '弹药', '子弹', '毒品', '冰毒', '海洛因', '可卡因', '大麻', '象牙', '犀牛角', '犀角', '虎骨', '虎鞭', '熊胆',
        '穿山甲', '纳粹', '迷药', '迷幻药', '窃听器', '针孔摄像头', '偷拍', '炸药', '管制刀具', '假钞', '假证',
      ],
      exceptions: [
        // 手枪钻 (pistol-grip drill), 象牙白 (ivory white), 象牙塔 (ivory tower), 大麻籽 (hemp seed), 工业大麻 (industrial hemp).
        { followedBy: ['钻', '白', '色', '黄', '纸', '塔', '籽', '纤维', '绳', '布', '夹', '头螺丝', '型'] },
        { precededBy: ['工业', '水', '玩具'] },
      ],
      message: '违禁或管制物品',
    },
    {
      id: 'zh.sensitive.restricted',
      family: 'sensitive',
      severity: 'soft',
      locales: ['zh-CN'],
      patterns: ['电子烟', '烟油', '尼古丁', '防身武器', '情趣用品', '成人用品', '催情', '电击器', '防狼喷雾', '弩'],
      message: '限制类目',
    },
    {
      id: 'zh.counterfeit.copy',
      family: 'counterfeit',
      severity: 'hard',
      locales: ['zh-CN'],
      patterns: ['高仿', '复刻', '精仿', '仿品', '仿牌', 'A货', '原单', '超A', '莆田鞋', '莆田货', '莆田纯原', '假货', '一比一', '纯原', '公司级', '原厂尾单', '大牌同款', '专柜同款'],
      exceptions: [
        { precededBy: ['官方', '品牌官方'], action: 'soften' },
        { precededBy: ['拒绝', '不是', '绝非', '非', '杜绝', '没有', '打击', '谨防'], action: 'soften' },
      ],
      message: '假冒商品信号',
    },
    {
      id: 'zh.counterfeit.soft',
      family: 'counterfeit',
      severity: 'soft',
      locales: ['zh-CN'],
      patterns: ['尾单', '外贸原单', '同款', '平替'],
      exceptions: [{ precededBy: ['明星', '网红'] }],
      message: '可能的假冒信号',
    },
  ],
};
