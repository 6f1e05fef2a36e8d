// Reading numbers as Chinese writes them: 三十, 两千, 一万二千, 1.2万, 3千. General Chinese, not any kind's wording.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is written with. */
export const HAN_NUMERAL = '零〇一二两三四五六七八九十百千万亿';

/**
 * The value of a numeral in Han characters (三十 → 30, 两千 → 2000, 一万二千 → 12000, 一百零五 → 105), or null when
 * it is not one. Digit strings (一二三) read as place values only when written with 〇/零 (二〇二二).
 */
export function readHanNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let sawUnit = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      // two digits in a row without a unit between: 二〇二二 style, not a quantity
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null;
      digit = DIGITS[ch];
    } else if (ch in SMALL) {
      section += (digit ?? 1) * SMALL[ch];
      digit = null;
      sawUnit = true;
    } else if (ch in LARGE) {
      const v = (section + (digit ?? 0)) || 1;
      total = ch === '亿' ? (total + v) * LARGE[ch] : total + v * LARGE[ch];
      section = 0;
      digit = null;
      sawUnit = true;
    } else return null;
  }
  if (!sawUnit && s.length > 1) return null;
  return total + section + (digit ?? 0);
}

/**
 * The value of a number as written: Arabic digits with an optional 万/亿/千 after them (1.2万 → 12000), or Han
 * numerals. null when it cannot be read.
 */
export function readNumber(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([十百千万亿]*)$/.exec(s);
  if (m) {
    let v = Number(m[1]);
    for (const ch of m[2]) v *= SMALL[ch] ?? LARGE[ch];
    return round(v);
  }
  return readHanNumeral(s);
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
