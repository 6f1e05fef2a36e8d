// Dates as Chinese reports write them, repaired where characters were lost.
import { chineseNumber } from './markers.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Every reading of month+day digits that lost their 月 (and maybe 年): "211" → 2-11 only. */
function readMonthDay(y: number, digits: string): string | null {
  const found = new Set<string>();
  for (let cut = 1; cut <= 2 && cut < digits.length; cut++) {
    const m = Number(digits.slice(0, cut));
    const dd = digits.slice(cut);
    if (dd.length > 2 || dd.startsWith('0') && dd.length === 1) continue;
    const d = Number(dd);
    if (isValidDate(y, m, d)) found.add(iso(y, m, d));
  }
  return found.size === 1 ? [...found][0] : null;
}

// ○ (a circle) is often typed for 〇 in written dates
const CN_NUM = '[〇○零一二三四五六七八九十]';

const DATE_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
  // 2022年1月14日, 2022 年 1 月 14 日
  [/((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, (m) => checked(+m[1], +m[2], +m[3])],
  // 2022-03-15, 2022/3/15, 2022.03.15
  [/((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/, (m) => checked(+m[1], +m[2], +m[3])],
  // 二〇二二年一月十四日
  [
    new RegExp(`(${CN_NUM}{4})\\s*年\\s*(${CN_NUM}{1,3})\\s*月\\s*(${CN_NUM}{1,3})\\s*日`),
    (m) => checked(chineseNumber(m[1].replace(/○/g, '〇')), chineseNumber(m[2]), chineseNumber(m[3])),
  ],
  // characters lost: 2022年211日, 20222月11日, 2022211日 — kept only when one reading is a valid date
  [/((?:19|20)\d{2})\s*年?\s*(\d{1,2})\s*月?\s*(\d{1,2})\s*日/, (m) => readMonthDay(+m[1], m[2] + m[3])],
];

function checked(y: number, m: number, d: number): string | null {
  return isValidDate(y, m, d) ? iso(y, m, d) : null;
}

/** The first date in a string as YYYY-MM-DD, or null. */
export function parseDate(input: string): string | null {
  // the patterns allow \s* between parts: a run of spaces reads as one, and two \s* around an optional 年 or 月
  // no longer try every split of a long run (a <meta> value is not cleaned like the text)
  const s = input.replace(/\s+/g, ' ');
  for (const [re, read] of DATE_PATTERNS) {
    const m = re.exec(s);
    if (m) {
      const v = read(m);
      if (v) return v;
    }
  }
  return null;
}

const CN_DATE_LINE = new RegExp(`^${CN_NUM}{4}年${CN_NUM}{1,3}月${CN_NUM}{1,3}日$`);
const CN_MONTH_LINE = new RegExp(`^${CN_NUM}{4}年${CN_NUM}{1,3}月$`);

/** A line that is a date and nothing else (a signature date). */
export function isDateLine(line: string): boolean {
  // a note after the date, such as (此件公开发布), does not make it prose
  const t = line.replace(/\s+/g, '').replace(/^[(（](.*)[)）]$/, '$1').replace(/[(（][^()（）]{1,12}[)）]$/, '');
  if (t.length > 20) return false;
  return (
    /^(?:19|20)\d{2}年?\d{1,4}月?\d{0,2}日?$/.test(t) && /日$|[-/.]/.test(t) ||
    /^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(t) ||
    CN_DATE_LINE.test(t) ||
    // a signature dated to the month only (2024年1月): a date line, though no date can be read from it
    /^(?:19|20)\d{2}年\d{1,2}月$/.test(t) ||
    CN_MONTH_LINE.test(t)
  );
}
