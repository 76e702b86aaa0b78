import { describe, expect, it } from 'vitest';
import {
  allCodes,
  allForms,
  categories,
  colors,
  displayLabel,
  features,
  kindOf,
  label,
  materials,
  supportedLocales,
  type Locale,
} from './index';

const romance: Locale[] = ['fr', 'es', 'it', 'pt-BR'];

describe('labels', () => {
  it('every code has a non-empty, trimmed label in every supported locale', () => {
    const missing: string[] = [];
    for (const code of allCodes()) {
      for (const locale of supportedLocales) {
        let forms: string[] = [];
        try {
          forms = allForms(code, locale);
        } catch {
          /* reported below */
        }
        if (forms.length === 0 || forms.some((f) => typeof f !== 'string' || f.trim() === '' || f !== f.trim() || /\s{2}/.test(f))) {
          missing.push(`${code} @ ${locale}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(allCodes().length).toBeGreaterThan(200);
  });

  it('gives every locale its own wording (no English label copied into de/fr/es/it/pt-BR/nl/ja/zh-CN/ko by accident)', () => {
    // Identical spellings are fine for loanwords and trademarks (TPU, USB-C, vintage, Bluetooth), so this looks at
    // the share, not at single entries: a locale that copies English wholesale would exceed it.
    for (const locale of supportedLocales.filter((l) => l !== 'en')) {
      const codes = allCodes();
      const same = codes.filter((c) => label(c, locale).toLowerCase() === label(c, 'en').toLowerCase());
      expect(same.length / codes.length, `${locale}: ${same.join(', ')}`).toBeLessThan(['de', 'nl'].includes(locale) ? 0.2 : 0.12);
    }
  });

  it('uses the script of the locale for ja, zh-CN and ko', () => {
    const scripts: Record<string, RegExp> = {
      ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
      'zh-CN': /\p{Script=Han}/u,
      ko: /\p{Script=Hangul}/u,
    };
    for (const [locale, script] of Object.entries(scripts) as [Locale, RegExp][]) {
      const latinOnly = allCodes().filter((c) => !script.test(label(c, locale)));
      // Only acronyms and trademarks may stay in Latin script.
      for (const code of latinOnly) expect(label(code, locale), `${code} @ ${locale}`).toMatch(/^(?:[A-Z0-9][A-Za-z0-9-]*|Tritan|Bluetooth)$/);
    }
  });

  it('display labels start upper case in scripts with case, and are the label otherwise', () => {
    expect(displayLabel('color.red', 'fr')).toBe('Rouge');
    expect(displayLabel('feature.dishwasher_safe', 'de')).toBe('Spülmaschinenfest');
    expect(displayLabel('home.mug', 'ja')).toBe('マグカップ');
    expect(displayLabel('apparel.tshirt', 'en')).toBe('T-shirt');
  });
});

describe('grammar data', () => {
  it('stores gender and number for category nouns where agreement needs them, and none where it does not', () => {
    const allowed: Record<Locale, readonly (string | null)[]> = {
      de: ['m', 'f', 'n'],
      fr: ['m', 'f'],
      es: ['m', 'f'],
      it: ['m', 'f'],
      'pt-BR': ['m', 'f'],
      nl: ['c', 'n'],
      en: [null],
      ja: [null],
      'zh-CN': [null],
      ko: [null],
    };
    for (const c of categories) {
      for (const l of supportedLocales) expect(allowed[l], `${c.code} @ ${l}: ${JSON.stringify(c.nouns[l])}`).toContain(c.nouns[l].gender);
    }
  });

  it('stores colour forms in the shape each locale reader expects', () => {
    for (const c of colors) {
      const de = c.labels.de;
      expect(Array.isArray(de) && de.length === 2, `${c.code} de`).toBe(true);
      const ja = c.labels.ja;
      expect(Array.isArray(ja) && ja.length === 2, `${c.code} ja`).toBe(true);
      const nl = c.labels.nl;
      expect(typeof nl === 'string' || nl.length === 2 || nl.length === 3, `${c.code} nl`).toBe(true);
      for (const l of romance) {
        const f = c.labels[l];
        expect(typeof f === 'string' || [1, 2, 4].includes(f.length), `${c.code} ${l}`).toBe(true);
      }
      for (const l of ['en', 'zh-CN', 'ko'] as const) expect(typeof c.labels[l], `${c.code} ${l}`).toBe('string');
    }
  });

  it('stores feature appositions as one form, [label, form], or agreeing Romance forms only', () => {
    for (const f of features) {
      for (const l of supportedLocales) {
        const forms = f.labels[l];
        if (typeof forms === 'string') continue;
        const rest = forms.length - 1;
        if (romance.includes(l)) expect([1, 2, 4], `${f.code} ${l}`).toContain(rest);
        else expect(rest, `${f.code} ${l}`).toBe(1);
      }
    }
  });

  it('stores materials as one label or [label, attributive form]', () => {
    for (const m of materials) for (const l of supportedLocales) {
      const forms = m.labels[l];
      expect(typeof forms === 'string' || forms.length === 2, `${m.code} ${l}`).toBe(true);
    }
  });

  it('prefixes every code with its kind', () => {
    expect(kindOf('color.navy')).toBe('color');
    expect(kindOf('material.ceramic')).toBe('material');
    expect(kindOf('feature.bpa_free')).toBe('feature');
    expect(kindOf('scene.office')).toBe('use_scene');
    expect(kindOf('style.minimalist')).toBe('style');
    expect(kindOf('attr.capacity')).toBe('attribute');
    expect(kindOf('home.mug')).toBe('category');
    expect(kindOf('nope')).toBeNull();
  });
});
