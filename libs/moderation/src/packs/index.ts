import type { RulePack } from '../types';
import { crossPack } from './cross';
import { dePack } from './de';
import { enPack } from './en';
import { esPack } from './es';
import { frPack } from './fr';
import { jaPack } from './ja';
import { zhCNPack } from './zh-CN';

/** The shipped packs: one per locale plus the cross-locale pack. Brands are compiled separately (packs/brands.ts). */
export const DEFAULT_PACKS: readonly RulePack[] = [crossPack, enPack, dePack, frPack, esPack, jaPack, zhCNPack];

export { crossPack, dePack, enPack, esPack, frPack, jaPack, zhCNPack };
