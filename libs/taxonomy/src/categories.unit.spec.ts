import { describe, expect, it } from 'vitest';
import { attributeNames, categories, category, codesOfKind, features, groups, kindOf, taxonomyVersion } from './index';

describe('categories', () => {
  it('holds at least 40 categories across the cross-border groups', () => {
    expect(categories.length).toBeGreaterThanOrEqual(40);
    const byGroup = new Set(categories.map((c) => c.group));
    for (const g of ['apparel', 'footwear', 'bags', 'audio', 'electronics', 'phone', 'home', 'kitchen', 'beauty', 'toys', 'sports', 'food']) {
      expect(byGroup, g).toContain(`group.${g}`);
    }
    for (const c of categories) expect(groups.map((g) => g.code)).toContain(c.group);
  });

  it('has the codes other stages rely on', () => {
    for (const code of ['audio.headphones', 'home.mug', 'apparel.tshirt', 'bags.backpack', 'footwear.sneakers', 'food.tea', 'kitchen.water_bottle', 'phone.case', 'toys.building_blocks']) {
      expect(category(code).code).toBe(code);
    }
    expect(() => category('home.spaceship')).toThrow(/unknown category code "home.spaceship"/);
  });

  it('names a prompt template family of the describer for each category', () => {
    const families = ['apparel', 'electronics', 'home', 'beauty', 'food', 'toys', 'sports', 'bags', 'footwear'];
    for (const c of categories) expect(families).toContain(c.promptTemplate);
    expect(new Set(categories.map((c) => c.promptTemplate)).size).toBe(families.length);
  });

  it('only refers to attributes and features that exist', () => {
    const kinds = new Set(['color', 'material', 'style', 'use_scene', 'feature']);
    const names = new Set(attributeNames.map((a) => a.code.slice('attr.'.length)));
    const featureCodes = new Set(features.map((f) => f.code));
    for (const c of categories) {
      for (const a of [...c.requiredAttributes, ...c.optionalAttributes]) expect(kinds.has(a) || names.has(a), `${c.code}: ${a}`).toBe(true);
      expect(c.requiredAttributes.filter((a) => c.optionalAttributes.includes(a)), c.code).toEqual([]);
      for (const f of c.features) expect(featureCodes.has(f), `${c.code}: ${f}`).toBe(true);
    }
  });

  it('flags regulated categories: cosmetics, supplements, baby products, lithium batteries, food', () => {
    const reasons = (code: string) => category(code).regulated;
    expect(reasons('beauty.lipstick')).toContain('cosmetics');
    expect(reasons('beauty.face_cream')).toContain('cosmetics');
    expect(reasons('food.supplement')).toContain('supplement');
    expect(reasons('baby.bottle')).toContain('baby');
    expect(reasons('electronics.power_bank')).toContain('lithium_battery');
    expect(reasons('audio.earbuds')).toContain('lithium_battery');
    expect(reasons('food.tea')).toContain('food');
    expect(reasons('home.mug')).toEqual([]);
    expect(reasons('apparel.tshirt')).toEqual([]);
    for (const c of categories.filter((c) => c.group === 'group.food')) expect(c.regulated, c.code).toContain('food');
    for (const c of categories.filter((c) => c.group === 'group.beauty')) expect(c.regulated, c.code).toContain('cosmetics');
  });

  it('keeps codes unique across every vocabulary and exports a version', () => {
    const codes = categories.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(kindOf(c)).toBe('category');
    expect(codesOfKind('category')).toEqual(codes);
    expect(taxonomyVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has the controlled vocabularies the brief asks for', () => {
    expect(codesOfKind('material').length).toBeGreaterThanOrEqual(40);
    expect(codesOfKind('style').length).toBeGreaterThanOrEqual(10);
    expect(codesOfKind('use_scene').length).toBeGreaterThanOrEqual(10);
    for (const f of ['waterproof', 'noise_cancelling', 'wireless', 'bpa_free', 'dishwasher_safe', 'insulated', 'bluetooth', 'fast_charging']) {
      expect(kindOf(`feature.${f}`), f).toBe('feature');
    }
  });
});
