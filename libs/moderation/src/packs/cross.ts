import type { RulePack } from '../types';
import { COMPOSITION, CONDITION_WORDS, MATERIALS, POSITION_FOLLOWERS, POSITION_WORDS } from './shared';

/**
 * Rules that read the same in every locale: rank claims written with digits, percentages, counterfeit grades.
 * Severity policy for absolute claims (all packs): unverifiable rank/world claims and guaranteed effects are hard
 * (EU UCPD 2005/29/EC Annex I; China Advertising Law art. 9(3); Japan Act against Unjustifiable Premiums and
 * Misleading Representations art. 5); plain superlatives and puffery are soft (review).
 */
export const crossPack: RulePack = {
  id: 'cross',
  locales: '*',
  rules: [
    {
      id: 'cross.absolute_claim.rank',
      family: 'absolute_claim',
      severity: 'hard',
      locales: ['*'],
      patterns: ['No.1', 'N°1', '#1', 'Top 1', 'Nr.1', 'No.1 brand', 'No.1 seller', '#1 rated', '#1 selling', '#1 best seller'],
      exceptions: [{ precededBy: POSITION_WORDS, followedBy: POSITION_FOLLOWERS }],
      message: 'rank claim ("No.1", "#1") needs evidence',
    },
    {
      id: 'cross.absolute_claim.percent',
      family: 'absolute_claim',
      severity: 'soft',
      locales: ['*'],
      patterns: ['100 %', '100 percent', '100 per cent', '100 prozent', '100 pour cent', '100 por ciento', '百分之百', '百パーセント'],
      exceptions: [
        // Composition ("100% cotton", "綿100%") and condition ("100% new") are facts, not claims.
        { followedBy: [...MATERIALS, ...COMPOSITION, ...CONDITION_WORDS] },
        { precededBy: [...MATERIALS, ...COMPOSITION] },
        // "100% biodegradable" is an environmental claim; that family reports it.
        { followedBy: ['biodegradable', 'compostable', 'recyclable', 'recycelbar', 'biologisch abbaubar', 'recyclable', 'reciclable', 'biodegradable', '可降解', '生分解'] },
      ],
      message: 'absolute "100%" claim',
    },
    {
      id: 'cross.absolute_claim.guaranteed_effect',
      family: 'absolute_claim',
      severity: 'hard',
      locales: ['*'],
      patterns: [
        '100% guaranteed', '100% effective', '100% success', '100% garantiert', '100% wirksam', '100% garanti',
        '100% efficace', '100% garantizado', '100% eficaz', '100% efectivo', '100%有效', '100%保证', '效果100%',
        '効果100%', '100%効く', '100%効果',
      ],
      message: 'guaranteed effect claim',
    },
    {
      id: 'cross.counterfeit.grade',
      family: 'counterfeit',
      severity: 'hard',
      locales: ['*'],
      patterns: [
        'AAA+', 'AAAAA', 'AAA copy', 'AAA quality', 'AAA replica', 'AAA grade', 'grade AAA', 'top AAA', 'AAA Qualität',
        'qualité AAA', 'calidad AAA', 'AAA级', 'AAA货', '1:1 copy', '1:1 replica', '1:1 mirror', '1:1 quality',
        '1:1 clone', '1:1 kopie', '1:1 copie', '1:1 copia', '1:1 réplica', '1:1 réplique', '1:1 Nachbildung',
        '1:1 original', '1:1复刻', '1:1高仿', '1:1版', '1:1コピー', 'mirror quality', 'mirror copy', 'super copy',
        'super fake', '1比1', 'one to one copy', 'copy AAA', 'copie AAA', 'copia AAA', 'Kopie AAA', 'replica AAA', 'réplique AAA',
        'réplica AAA', 'imitación AAA', 'imitation AAA', 'AAA imitation', 'AAA imitación', 'AAA Kopie', 'AAA copie', 'AAA copia',
      ],
      message: 'counterfeit grade marker ("AAA", "1:1 copy")',
    },
    {
      id: 'cross.counterfeit.ratio',
      family: 'counterfeit',
      severity: 'soft',
      locales: ['*'],
      patterns: ['1:1'],
      exceptions: [
        {
          followedBy: ['ratio', 'mix*', 'scale', 'aspect', 'mischverhaltnis', 'mischung', 'verhaltnis', 'rapport', 'proportion', 'mezcla', 'proporcion', '比例', '配比', '比率', '混合', 'の比率', 'bis', 'to'],
          precededBy: ['ratio', 'mix', 'mixing', 'mixed', 'aspect', 'aspect ratio', '*mischverhaltnis', '*verhaltnis', 'rapport', 'proportion', 'proporcion', 'mezcla', '比例', '配比', '比率', 'scale', '*massstab', 'echelle', 'escala', 'im verhaltnis', 'en proporcion', 'melange', 'de melange', 'dosage', 'dosificacion'],
        },
      ],
      message: '"1:1" is a common counterfeit marker',
    },
    {
      id: 'cross.sensitive.cannabinoid',
      family: 'sensitive',
      severity: 'soft',
      locales: ['*'],
      patterns: ['CBD', 'THC', 'delta-8', 'delta 9 THC'],
      message: 'cannabinoid products are restricted in most markets',
    },
  ],
};
