import { describe, expect, it } from 'vitest';
import { resolveCategory } from './index';

describe('resolveCategory', () => {
  it('takes a code as is', () => {
    expect(resolveCategory('audio.headphones')).toEqual({ code: 'audio.headphones', confidence: 1, matchedBy: 'code', matched: 'audio.headphones' });
    expect(resolveCategory(' Home.Mug ')?.code).toBe('home.mug');
  });

  it('matches a label in any supported locale', () => {
    const cases: Array<[string, string]> = [
      ['Kopfhörer', 'audio.headphones'],
      ['tasse', 'home.mug'],
      ['sac à dos', 'bags.backpack'],
      ['mochila', 'bags.backpack'],
      ['マグカップ', 'home.mug'],
      ['积木', 'toys.building_blocks'],
      ['수납', ''],
      ['물병', 'kitchen.water_bottle'],
      ['Trinkflasche', 'kitchen.water_bottle'],
      ['capinha de celular', 'phone.case'],
    ];
    for (const [hint, code] of cases) {
      const r = resolveCategory(hint);
      if (code === '') expect(r, hint).toBeNull();
      else expect(r, hint).toMatchObject({ code, matchedBy: 'label', confidence: 0.95 });
    }
  });

  it('matches aliases and simple plurals', () => {
    expect(resolveCategory('knapsack')).toMatchObject({ code: 'bags.backpack', matchedBy: 'alias', confidence: 0.9 });
    expect(resolveCategory('Mugs')).toMatchObject({ code: 'home.mug' });
    expect(resolveCategory('T shirts')).toMatchObject({ code: 'apparel.tshirt' });
  });

  it('finds the category inside free text, preferring the longest phrase', () => {
    const r = resolveCategory('Bluetooth headphones');
    expect(r).toMatchObject({ code: 'audio.headphones' });
    expect(r!.confidence).toBeGreaterThanOrEqual(0.85);
    expect(resolveCategory('Wireless in-ear headphones with charging case')).toMatchObject({ code: 'audio.earbuds', matchedBy: 'keywords' });
    expect(resolveCategory('Insulated stainless steel water bottle 750ml')).toMatchObject({ code: 'kitchen.water_bottle', matchedBy: 'keywords' });
    expect(resolveCategory('Bluetooth-Kopfhörer mit Geräuschunterdrückung')).toMatchObject({ code: 'audio.headphones' });
    expect(resolveCategory('无线蓝牙耳机 降噪')).toMatchObject({ code: 'audio.earbuds' });
    expect(resolveCategory('ワイヤレスイヤホン')).toMatchObject({ code: 'audio.earbuds' });
    expect(resolveCategory('Organic green tea, 100 bags')).toMatchObject({ code: 'food.tea' });
  });

  it('gives partial and ambiguous matches a lower confidence', () => {
    const partial = resolveCategory('ceramic coffee mug with handle and gift box for office');
    expect(partial?.code).toBe('home.mug');
    expect(partial!.confidence).toBeLessThan(0.85);
    const ambiguous = resolveCategory('purse');
    expect(ambiguous!.confidence).toBeLessThan(0.6);
  });

  it('returns null when nothing matches', () => {
    expect(resolveCategory(null)).toBeNull();
    expect(resolveCategory('   ')).toBeNull();
    expect(resolveCategory('quantum flux capacitor')).toBeNull();
    expect(resolveCategory('!!!')).toBeNull();
  });
});
