import { describe, expect, it } from 'vitest';
import { UnknownCodeError, supportedLocales, type Locale } from '@vitrine/taxonomy';
import { renderLocale, UnsupportedLocaleError, type LocalizedFreeText } from './index';
import { attr, context, named, redMug } from './testing/samples';

const title = (d: Parameters<typeof renderLocale>[0], l: Locale) => renderLocale(d, context(), l).title;
const intro = (d: Parameters<typeof renderLocale>[0], l: Locale) => renderLocale(d, context(), l).longDescription.split('\n\n')[0];

describe('renderLocale: word order and agreement', () => {
  it('renders the sample mug in every locale with the locale’s own word order', () => {
    const expected: Record<Locale, string> = {
      en: 'Kiln&Co Red Ceramic Mug, 350 mL, Dishwasher Safe',
      de: 'Kiln&Co Rote Tasse aus Keramik, 350\u00a0ml, spülmaschinenfest', // Intl's de unit pattern has a no-break space
      fr: 'Kiln&Co Tasse rouge en céramique, 350 ml, compatible lave-vaisselle',
      es: 'Kiln&Co Taza roja de cerámica, 350 ml, apta para lavavajillas',
      it: 'Kiln&Co Tazza rossa in ceramica, 350 ml, lavabile in lavastoviglie',
      'pt-BR': 'Kiln&Co Caneca vermelha de cerâmica, 350 ml, apta para lava-louças',
      nl: 'Kiln&Co Rode mok van keramiek, 350 ml, vaatwasserbestendig',
      ja: 'Kiln&Co 赤いセラミック製マグカップ 350 ml 食洗機対応',
      'zh-CN': 'Kiln&Co 红色陶瓷马克杯 350毫升 可用洗碗机清洗',
      ko: 'Kiln&Co 빨간색 세라믹 머그컵, 350mL, 식기세척기 사용 가능',
    };
    for (const l of supportedLocales) expect(title(redMug(), l), l).toBe(expected[l]);
  });

  it('agrees colours with the noun’s gender and number', () => {
    const shirt = redMug({ category: attr('apparel.tshirt'), materials: [attr('material.cotton')], features: [], attributes: [] });
    expect(title(shirt, 'de')).toBe('Rotes T-Shirt aus Baumwolle');
    expect(title(shirt, 'nl')).toBe('Rood T-shirt van katoen');
    expect(title(shirt, 'es')).toBe('Camiseta roja de algodón');
    const bag = redMug({ category: attr('bags.backpack'), colors: [attr('color.black')], materials: [attr('material.leather')], features: [], attributes: [] });
    expect(title(bag, 'de')).toBe('Schwarzer Rucksack aus Leder');
    expect(title(bag, 'fr')).toBe('Sac à dos noir en cuir');
    expect(title(bag, 'es')).toBe('Mochila negra de cuero');
    expect(title(bag, 'it')).toBe('Zaino nero in pelle');
    expect(title(bag, 'pt-BR')).toBe('Mochila preta de couro');
    expect(title(bag, 'nl')).toBe('Zwarte rugzak van leer');
    expect(title(bag, 'ja')).toBe('黒い革製リュックサック');
    expect(title(bag, 'zh-CN')).toBe('黑色皮质双肩包');
    expect(title(bag, 'ko')).toBe('검정색 가죽 백팩');
    expect(title(bag, 'en')).toBe('Black Leather Backpack');
    const shoes = redMug({ category: attr('footwear.sneakers'), colors: [attr('color.white')], materials: [], features: [attr('feature.lightweight')], attributes: [] });
    expect(title(shoes, 'fr')).toBe('Baskets blanches, légères');
    expect(title(shoes, 'it')).toBe('Sneakers bianche, leggere');
    expect(title(shoes, 'pt-BR')).toBe('Tênis brancos, leves');
    expect(title(shoes, 'de')).toBe('Weiße Sneaker, leicht');
  });

  it('uses the right indefinite article in the opening sentence', () => {
    const bag = redMug({ category: attr('bags.backpack'), colors: [attr('color.black')], materials: [attr('material.leather')], attributes: [named('brand', 'Nord')] });
    expect(intro(bag, 'it')).toBe('Uno zaino nero in pelle del marchio Nord.');
    expect(intro(bag, 'de')).toBe('Ein schwarzer Rucksack aus Leder von Nord.');
    expect(intro(bag, 'fr')).toBe('Un sac à dos noir en cuir de la marque Nord.');
    const car = redMug({ category: attr('toys.rc_car'), materials: [], attributes: [] });
    expect(intro(car, 'it')).toBe('Un’auto radiocomandata rossa.');
    const orange = redMug({ colors: [attr('color.orange')], materials: [], attributes: [] });
    expect(intro(orange, 'en')).toBe('An orange mug.');
    const socks = redMug({ category: attr('apparel.socks'), materials: [], attributes: [] });
    expect(intro(socks, 'en')).toBe('Red socks.');
    expect(intro(socks, 'es')).toBe('Unos calcetines rojos.');
    expect(intro(redMug(), 'ja')).toBe('Kiln&Coの赤いセラミック製マグカップです。');
    expect(intro(redMug(), 'ko')).toBe('Kiln&Co의 빨간색 세라믹 머그컵입니다.');
    expect(intro(redMug(), 'zh-CN')).toBe('这是一款来自Kiln&Co的红色陶瓷马克杯。');
  });

  it('writes French typography: no-break space before the colon', () => {
    const r = renderLocale(redMug(), context(), 'fr');
    expect(r.bullets).toContain('Couleur\u00a0: rouge\u202f; Matière\u00a0: céramique');
  });
});

describe('renderLocale: content', () => {
  it('produces 3 to 5 bullets, specifications first', () => {
    for (const l of supportedLocales) {
      const r = renderLocale(redMug(), context(), l);
      expect(r.bullets.length, l).toBeGreaterThanOrEqual(3);
      expect(r.bullets.length, l).toBeLessThanOrEqual(5);
    }
    expect(renderLocale(redMug(), context(), 'en').bullets[0]).toBe('Features: dishwasher safe');
    const sparse = redMug({ colors: [], materials: [], styles: [], useScenes: [], features: [], attributes: [named('capacity', '350', 'ml')] });
    const r = renderLocale(sparse, context(), 'de');
    expect(r.bullets).toEqual(['Fassungsvermögen: 350\u00a0ml', 'Kategorie: Tasse']);
  });

  it('labels every code present, keyed as the description spells it', () => {
    const d = redMug({ colors: [attr('red'), attr('color.white')], attributes: [named('brand', 'Kiln&Co'), named('capacity', '350', 'ml'), named('pattern', 'striped')] });
    const r = renderLocale(d, context(), 'de');
    expect(r.attributeLabels).toEqual({
      'home.mug': 'Tasse',
      red: 'Rot',
      'color.white': 'Weiß',
      'material.ceramic': 'Keramik',
      'style.minimalist': 'Minimalistisch',
      'scene.office': 'Büro',
      'scene.home': 'Zuhause',
      'feature.dishwasher_safe': 'Spülmaschinenfest',
      'attr.brand': 'Marke',
      'attr.capacity': 'Fassungsvermögen',
      'attr.pattern': 'Muster',
      'pattern.striped': 'Gestreift',
    });
    expect(r.longDescription).toContain('Farben: Rot und Weiß.');
    expect(r.longDescription).toContain('Muster: gestreift.');
  });

  it('carries protected terms verbatim in every locale: brand, model, compatibility, printed text', () => {
    const d = redMug({
      category: attr('phone.case'),
      colors: [attr('color.black')],
      materials: [attr('material.tpu')],
      features: [attr('feature.shockproof')],
      attributes: [named('brand', 'ÆON & Ñandú'), named('model_number', 'AX-15/Pro'), named('compatibility', 'iPhone 15 Pro')],
      printedText: [{ text: 'STAY WILD', language: 'en', confidence: 0.9, box: [] }],
    });
    for (const l of supportedLocales) {
      const r = renderLocale(d, context(), l);
      expect(r.title, l).toContain('ÆON & Ñandú AX-15/Pro');
      expect(r.title, l).toContain('iPhone 15 Pro');
      expect(r.longDescription, l).toContain('STAY WILD');
      expect(r.seoKeywords, l).toContain('ÆON & Ñandú');
    }
    expect(title(d, 'en')).toBe('ÆON & Ñandú AX-15/Pro Black TPU Phone Case for iPhone 15 Pro, Shockproof');
    expect(title(d, 'ja')).toBe('ÆON & Ñandú AX-15/Pro 黒いTPU製スマホケース iPhone 15 Pro対応 耐衝撃');
    expect(renderLocale(d, context(), 'de').longDescription).toContain('Aufdruck: „STAY WILD“.');
  });

  it('renders without a category using a generic noun', () => {
    const d = redMug({ category: null, attributes: [] });
    expect(title(d, 'de')).toBe('Roter Artikel aus Keramik, spülmaschinenfest');
    expect(title(d, 'en')).toBe('Red Ceramic Item, Dishwasher Safe');
    expect(renderLocale(d, context(), 'en').attributeLabels['home.mug']).toBeUndefined();
  });

  it('adds the price only when asked, formatted for the locale and currency', () => {
    expect(renderLocale(redMug(), context(), 'de').longDescription).not.toContain('Preis');
    expect(renderLocale(redMug(), context(), 'de', { includePrice: true }).longDescription).toContain('Preis: 12,90\u00a0€.');
    const yen = context({ priceMinor: 1990, currency: 'JPY' });
    expect(renderLocale(redMug(), yen, 'ja', { includePrice: true }).longDescription).toContain('価格：￥1,990。');
  });

  it('refuses unknown codes and unsupported locales', () => {
    expect(() => renderLocale(redMug({ colors: [attr('color.octarine')] }), context(), 'en')).toThrow(UnknownCodeError);
    expect(() => renderLocale(redMug({ category: attr('home.spaceship') }), context(), 'en')).toThrow(UnknownCodeError);
    expect(() => renderLocale(redMug({ features: [attr('color.red')] }), context(), 'en')).toThrow(/unknown feature code "color.red"/);
    expect(() => renderLocale(redMug(), context(), 'tlh')).toThrow(UnsupportedLocaleError);
    expect(renderLocale(redMug(), context(), 'zh-cn').locale).toBe('zh-CN');
  });
});

describe('renderLocale: free text', () => {
  const withFreeText = redMug({ freeText: { locale: 'en-US', title: 'A mug', sellingPoints: ['Keeps coffee hot longer'], description: 'Hand-glazed by Kiln&Co in small batches.' } });

  it('keeps free text in its source locale only when no translation is given', () => {
    const en = renderLocale(withFreeText, context(), 'en');
    expect(en.freeTextStatus).toBe('source_only');
    expect(en.bullets).toContain('Keeps coffee hot longer');
    expect(en.longDescription).toContain('Hand-glazed by Kiln&Co in small batches.');
    const de = renderLocale(withFreeText, context(), 'de');
    expect(de.freeTextStatus).toBe('source_only');
    expect(de.longDescription).not.toContain('Hand-glazed');
    expect(de.bullets.join(' ')).not.toContain('coffee');
  });

  it('carries a translation when given one', () => {
    const translated: LocalizedFreeText = { sellingPoints: ['Hält Kaffee länger heiß'], description: 'Von Kiln&Co in kleinen Serien handglasiert.', status: 'translated' };
    const de = renderLocale(withFreeText, context(), 'de', { freeText: translated });
    expect(de.freeTextStatus).toBe('translated');
    expect(de.bullets).toContain('Hält Kaffee länger heiß');
    expect(de.longDescription).toContain('Von Kiln&Co in kleinen Serien handglasiert.');
  });

  it('says none when there is no free text', () => {
    expect(renderLocale(redMug(), context(), 'en').freeTextStatus).toBe('none');
    expect(renderLocale(redMug({ freeText: { locale: 'en', title: null, sellingPoints: [' '], description: null } }), context(), 'en').freeTextStatus).toBe('none');
  });
});

describe('renderLocale: title limits', () => {
  const long = redMug({
    category: attr('kitchen.water_bottle'),
    colors: [attr('color.navy')],
    materials: [attr('material.stainless_steel')],
    features: [attr('feature.insulated'), attr('feature.leak_proof'), attr('feature.bpa_free')],
    attributes: [named('brand', 'Hydra Peak'), named('model_number', 'HP-750-XL'), named('capacity', '750', 'ml')],
  });

  it('drops optional segments to fit the market limit (Mercado Livre: 60)', () => {
    const br = renderLocale(long, context({ market: 'BR' }), 'pt-BR').title;
    expect([...br].length).toBeLessThanOrEqual(60);
    // The model number is the first to go when even the head is too long; the brand stays.
    expect(br).toBe('Hydra Peak Garrafa de água azul-marinho de aço inoxidável');
    const de = renderLocale(long, context({ market: 'DE' }), 'de').title;
    expect(de).toBe('Hydra Peak HP-750-XL Marineblaue Trinkflasche aus Edelstahl, 750\u00a0ml, isoliert, auslaufsicher');
  });

  it('counts CJK characters twice on CN and never cuts the brand', () => {
    const cn = renderLocale(long, context({ market: 'CN' }), 'zh-CN').title;
    let units = 0;
    for (const ch of cn) units += /[\p{Script=Han}]/u.test(ch) ? 2 : 1;
    expect(units).toBeLessThanOrEqual(60);
    expect(cn.startsWith('Hydra Peak')).toBe(true);
    const tiny = renderLocale(long, context(), 'en', { titleLimit: { max: 30, unit: 'graphemes' } }).title;
    expect(tiny.startsWith('Hydra Peak ')).toBe(true);
    expect(tiny.endsWith('…')).toBe(true);
    expect([...tiny].length).toBeLessThanOrEqual(30);
  });
});
