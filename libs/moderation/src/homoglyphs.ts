/**
 * Look-alike characters folded onto the Latin letter they imitate ("Ⲛіkе" → "nike").
 *
 * Sources: Unicode confusables (https://www.unicode.org/Public/security/latest/confusables.txt, UTS #39 §4),
 * restricted to letters that are visually identical or near-identical to a Latin letter in common fonts.
 * NFKC already handles full-width, mathematical and enclosed letters (𝐍, Ｎ, Ⓝ), so they are not listed here.
 *
 * Folding is applied to every text, whatever its locale: none of the six shipped locales is written in Cyrillic,
 * Greek or Coptic, so in marketplace copy for them these letters are evasion, not language. A Cyrillic-script
 * locale would need this table scoped to mixed-script words (see README "Known gaps").
 */

/** Applied before lower-casing, because the upper-case forms imitate different letters (Greek Η looks like H, η like n). */
export const UPPER_HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  Ѕ: 'S', І: 'I', Ї: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W', Һ: 'H', Ӏ: 'I', Ԁ: 'D', Ү: 'Y',
  // Greek capitals
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  // Coptic capitals (the brief's "Ⲛіkе")
  Ⲁ: 'A', Ⲃ: 'B', Ⲉ: 'E', Ⲓ: 'I', Ⲕ: 'K', Ⲙ: 'M', Ⲛ: 'N', Ⲟ: 'O', Ⲣ: 'P', Ⲥ: 'C', Ⲧ: 'T', Ⲩ: 'Y', Ⲭ: 'X',
  // Cherokee letters that imitate Latin capitals
  Ꭺ: 'A', Ᏼ: 'B', Ꮯ: 'C', Ꭰ: 'D', Ꭼ: 'E', Ꮐ: 'G', Ꮋ: 'H', Ꮖ: 'I', Ꭻ: 'J', Ꮶ: 'K', Ꮮ: 'L', Ꮇ: 'M', Ꮲ: 'P',
  Ꮪ: 'S', Ꭲ: 'T', Ꮩ: 'V', Ꮃ: 'W', Ꮓ: 'Z',
};

/** Applied after lower-casing. */
export const LOWER_HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic small letters
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', п: 'n', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ь: 'b', ү: 'y',
  // Greek small letters
  α: 'a', β: 'b', γ: 'y', ε: 'e', ζ: 'z', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't',
  υ: 'u', χ: 'x', ω: 'w', ς: 'c',
  // Coptic small letters
  ⲁ: 'a', ⲃ: 'b', ⲉ: 'e', ⲓ: 'i', ⲕ: 'k', ⲙ: 'm', ⲛ: 'n', ⲟ: 'o', ⲣ: 'p', ⲥ: 'c', ⲧ: 't', ⲩ: 'y', ⲭ: 'x',
  // Armenian
  օ: 'o', ո: 'n', ս: 'u', հ: 'h', ց: 'g', զ: 'q',
  // Latin small capitals and other Latin look-alikes NFKC leaves alone
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n',
  ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z', ɡ: 'g', ɑ: 'a', ı: 'i',
  ȷ: 'j', ℓ: 'l',
  // Letters that are not diacritic compositions, spelled the way a user without the key would write them
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ſ: 's', ħ: 'h',
};

/**
 * "Leet" digits and symbols that stand for letters ("b3st", "n1ke", "gucc!", "r3pl1ca"). Used only for a second,
 * skeleton view of the text; a hit found there must contain at least one such substitution.
 * 'l' folds onto 'i' too, so "1" can stand for either letter; the substitution requirement keeps plain l/i words out.
 */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i', l: 'i',
};
