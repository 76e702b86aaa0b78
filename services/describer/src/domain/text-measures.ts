/**
 * Measurements printed on a product or its box: capacity, weight, dimensions and length, clothing size, battery
 * capacity and life, power, age range. Each rule is a pattern with a unit table; a match yields the value exactly as
 * printed (normalised number, canonical unit), never a conversion or an estimate.
 *
 * Rules run in a fixed order over one line, and each match is blanked out before the next rule runs, so "3-6 years"
 * is an age range and not also something else, and "30x20x10 cm" is dimensions and not a length of 10 cm.
 */
export interface Measure {
  name: string;
  value: string;
  unit: string | null;
  /** How much the rule itself is trusted (multiplied by the OCR confidence of the line). */
  factor: number;
}

/** "1,5" → "1.5", "1,000" → "1000", "2.50" → "2.5". */
export function normalizeNumber(raw: string): string {
  const s = /^\d{1,3}(,\d{3})+$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : raw;
}

// Boundaries are Latin-only on purpose: Chinese runs straight into numbers ("容量500ml装"), Latin words do not.
const B = '(?<![A-Za-z0-9.,])';
const NUM = '(\\d+(?:[.,]\\d+)?)';
const END = '(?![A-Za-z])';

const unitOf = (table: Record<string, string>, raw: string): string | undefined => {
  const k = raw.toLowerCase().replace(/[.\s]+/g, '');
  return table[k] ?? table[k.replace(/s$/, '')];
};

const CAPACITY_UNITS: Record<string, string> = {
  ml: 'ml', milliliter: 'ml', millilitre: 'ml', cl: 'cl', l: 'l', liter: 'l', litre: 'l', floz: 'fl oz', 毫升: 'ml', 升: 'l',
};
const WEIGHT_UNITS: Record<string, string> = { kg: 'kg', g: 'g', mg: 'mg', oz: 'oz', lb: 'lb', lbs: 'lb', 千克: 'kg', 公斤: 'kg', 克: 'g', 斤: 'jin' };
const LENGTH_UNITS: Record<string, string> = { cm: 'cm', mm: 'mm', m: 'm', in: 'in', inch: 'in', inches: 'in', '"': 'in', '″': 'in', '”': 'in', 厘米: 'cm', 毫米: 'mm', 米: 'm', 英寸: 'in' };
const BATTERY_CONTEXT = /battery|play\s*time|playback|standby|talk\s*time|runtime|续航|播放|待机|使用时间|通话/iu;
const QUICK_CHARGE = /\d+\s*(?:min|mins|minutes|分钟)(?![A-Za-z])/iu;
const SIZE_LETTERS = '(XXS|XS|S|M|L|XL|XXL|XXXL|[2-6]XL)';

interface Rule {
  re: RegExp;
  build(m: RegExpExecArray, line: string): Measure | null;
}

const rules: Rule[] = [
  // Age ranges: "Ages 3+", "Age 3-8", "3+ years", "3-6 years", "0-6 months", "3岁以上", "3-6岁", "6个月以上".
  { re: new RegExp(`ages?\\s*[:：]?\\s*(\\d+)\\s*(?:-|–|~|to)\\s*(\\d+)\\s*(years?|yrs?|months?)?`, 'giu'),
    build: (m) => ({ name: 'age_range', value: `${m[1]}-${m[2]}`, unit: /^m/i.test(m[3] ?? '') ? 'months' : 'years', factor: 0.95 }) },
  { re: new RegExp(`ages?\\s*[:：]?\\s*(\\d+)\\s*\\+`, 'giu'), build: (m) => ({ name: 'age_range', value: `${m[1]}+`, unit: 'years', factor: 0.95 }) },
  { re: new RegExp(`${B}(\\d+)\\s*(?:-|–|~|to)\\s*(\\d+)\\s*(years?|yrs?|months?)${END}`, 'giu'),
    build: (m) => ({ name: 'age_range', value: `${m[1]}-${m[2]}`, unit: /^m/i.test(m[3]!) ? 'months' : 'years', factor: 0.9 }) },
  { re: new RegExp(`${B}(\\d+)\\s*(?:\\+\\s*(years?|yrs?|y|months?)|(y|years?)\\s*\\+)${END}`, 'giu'),
    build: (m) => ({ name: 'age_range', value: `${m[1]}+`, unit: /^m/i.test(m[2] ?? '') ? 'months' : 'years', factor: 0.9 }) },
  { re: /(\d+)\s*(?:-|~|至|到)\s*(\d+)\s*(岁|个月)/gu, build: (m) => ({ name: 'age_range', value: `${m[1]}-${m[2]}`, unit: m[3] === '岁' ? 'years' : 'months', factor: 0.95 }) },
  { re: /(\d+)\s*(岁|个月)\s*(?:以上|\+)/gu, build: (m) => ({ name: 'age_range', value: `${m[1]}+`, unit: m[2] === '岁' ? 'years' : 'months', factor: 0.95 }) },
  // Dimensions before single lengths: "30x20x10 cm", "15 × 10 mm".
  { re: new RegExp(`${B}${NUM}\\s*[x×*]\\s*${NUM}(?:\\s*[x×*]\\s*${NUM})?\\s*(cm|mm|m|inches|inch|in|"|″|”|厘米|毫米|米)${END}`, 'giu'),
    build: (m) => {
      const unit = unitOf(LENGTH_UNITS, m[4]!);
      const parts = [m[1]!, m[2]!, m[3]].filter((p): p is string => p !== undefined).map(normalizeNumber);
      return unit ? { name: 'dimensions', value: parts.join('x'), unit, factor: 0.95 } : null;
    } },
  // Capacity: "500ml", "1.5 L", "16.9 fl oz", "350毫升".
  { re: new RegExp(`${B}${NUM}\\s*(ml|millilit(?:er|re)s?|cl|l|lit(?:er|re)s?|fl\\.?\\s*oz|毫升|升)${END}`, 'giu'),
    build: (m) => {
      const unit = unitOf(CAPACITY_UNITS, m[2]!);
      return unit ? { name: 'capacity', value: normalizeNumber(m[1]!), unit, factor: 0.95 } : null;
    } },
  { re: new RegExp(`${B}${NUM}\\s*mAh${END}`, 'giu'), build: (m) => ({ name: 'battery_capacity', value: normalizeNumber(m[1]!), unit: 'mAh', factor: 0.95 }) },
  // Weight: "500g", "1.2 kg", "8 oz", "2 lbs", "500克". An upper-case "G" after a small number is a network
  // generation or a radio band ("5G", "2.4G"), not grams.
  { re: new RegExp(`${B}${NUM}\\s*(kg|mg|g|oz|lbs?|千克|公斤|克|斤)${END}`, 'giu'),
    build: (m) => {
      const value = normalizeNumber(m[1]!);
      if (m[2] === 'G' && Number(value) < 10) return null;
      const unit = unitOf(WEIGHT_UNITS, m[2]!);
      return unit ? { name: 'weight', value, unit, factor: 0.95 } : null;
    } },
  // Power: "65W" (upper-case W only).
  { re: new RegExp(`${B}${NUM}\\s*W${END}`, 'gu'), build: (m) => ({ name: 'power', value: normalizeNumber(m[1]!), unit: 'W', factor: 0.9 }) },
  // Battery / playtime hours: "40h", "30 hours playtime", "续航40小时". Weaker without a battery word on the line.
  { re: new RegExp(`${B}${NUM}\\s*(h|hrs?|hours?|小时)${END}`, 'giu'),
    build: (m, line) => {
      const value = normalizeNumber(m[1]!);
      if (Number(value) <= 0 || Number(value) > 1000) return null;
      // "10 min charge = 2 h playback" is a quick-charge claim, not the battery life.
      if (QUICK_CHARGE.test(line)) return { name: 'battery_life', value, unit: 'h', factor: 0.4 };
      return { name: 'battery_life', value, unit: 'h', factor: BATTERY_CONTEXT.test(line) ? 0.95 : 0.6 };
    } },
  // Single lengths: "15.6\"", "30 cm", "12 inch" ("5 in 1" is not a length).
  { re: new RegExp(`${B}${NUM}\\s*(cm|mm|inches|inch|in(?![A-Za-z])(?!\\s*\\d)|"|″|”|厘米|毫米|英寸)${END}`, 'giu'),
    build: (m) => {
      const unit = unitOf(LENGTH_UNITS, m[2]!);
      return unit ? { name: 'size', value: normalizeNumber(m[1]!), unit, factor: 0.9 } : null;
    } },
  // Clothing sizes: with a size word ("Size: M", "尺码 L"), in Chinese form ("L码"), or a distinctive bare token ("XL").
  { re: new RegExp(`(?:(?:size|taille|größe)(?:\\s*[:：]\\s*|\\s+)|(?:尺码|码数|尺寸)\\s*[:：]?\\s*)${SIZE_LETTERS}(?![A-Za-z0-9])`, 'giu'),
    build: (m) => ({ name: 'size', value: m[1]!.toUpperCase(), unit: null, factor: 0.9 }) },
  { re: new RegExp(`(?<![A-Za-z])${SIZE_LETTERS}码`, 'gu'), build: (m) => ({ name: 'size', value: m[1]!, unit: null, factor: 0.9 }) },
  { re: /(?<![A-Za-z0-9])(XXS|XS|XXL|XXXL|[2-6]XL|XL)(?![A-Za-z0-9])/gu, build: (m) => ({ name: 'size', value: m[1]!, unit: null, factor: 0.7 }) },
];

/** Every measurement found on one line, in rule order. */
export function measuresInLine(line: string): Measure[] {
  let work = line;
  const out: Measure[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    const found: Array<[number, number]> = [];
    for (let m = rule.re.exec(work); m; m = rule.re.exec(work)) {
      const measure = rule.build(m, line);
      if (measure) {
        out.push(measure);
        found.push([m.index, m[0].length]);
      }
      if (m[0].length === 0) rule.re.lastIndex++;
    }
    for (const [i, n] of found) work = work.slice(0, i) + ' '.repeat(n) + work.slice(i + n);
  }
  return out;
}
