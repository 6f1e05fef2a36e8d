// The numbering grammar of Chinese official documents, outer to inner:
// 一、 → (一) → 1. / 1、 → (1) → ①; inside paragraphs 一是…二是…, 第一,…
export type MarkerStyle = 'cn-part' | 'cn-dun' | 'cn-paren' | 'num-dun' | 'num-paren' | 'circled';

/** Nesting rank of each style: a smaller rank is an outer level. */
export const STYLE_RANK: Record<MarkerStyle, number> = {
  'cn-part': 1,
  'cn-dun': 2,
  'cn-paren': 3,
  'num-dun': 4,
  'num-paren': 5,
  circled: 6,
};

export interface Marker {
  style: MarkerStyle;
  /** The marker as written, e.g. "(一)". */
  text: string;
  value: number;
  /** Length of the marker and the white space after it. */
  length: number;
}

// ○ is typed for 〇 in written years (二○一二年)
const CN_DIGITS = '〇零一二三四五六七八九';
const CN = '[一二三四五六七八九十]{1,3}';

/** Value of a Chinese numeral up to 99 (一 … 九十九); NaN when it is none. */
export function chineseNumber(s: string): number {
  if (!s) return NaN;
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten >= 0) {
    const hi = ten === 0 ? 1 : digit(s.slice(0, ten));
    const lo = ten === s.length - 1 ? 0 : digit(s.slice(ten + 1));
    return hi * 10 + lo;
  }
  if (s.length === 1) return digit(s);
  // 二〇二二 style: digit by digit
  let v = 0;
  for (const ch of s) {
    const d = CN_DIGITS.indexOf(ch);
    if (d < 0) return NaN;
    v = v * 10 + (d === 0 ? 0 : d - 1);
  }
  return v;
}

function digit(ch: string): number {
  const d = CN_DIGITS.indexOf(ch);
  if (ch.length !== 1 || d < 0) return NaN;
  return d <= 1 ? 0 : d - 1;
}

// Width folding has already turned （）、．into ASCII where it applies, but the grammar accepts both.
const LINE_MARKER = new RegExp(
  [
    `^第(?<cnPart>${CN})(?:部分|章)[、.,:：\\s]*`,
    // 二、三季度 and 一、二月份 are numbers in a sentence (a wrapped line may start with one), not headings
    `^(?<cnDun>${CN})\\s*(?:、|[.,](?!\\d)|\\s(?=\\s*[\\u4e00-\\u9fff]))(?![一二三四五六七八九十]+(?:季度|月份?|年级|等|类|个|项))`,
    `^[(（]\\s*(?<cnParen>${CN})\\s*[)）]`,
    `^(?<numDun>\\d{1,2})(?:\\s*[、]|\\.(?!\\d)|\\s+(?=[\\u4e00-\\u9fff]))`,
    `^[(（]\\s*(?<numParen>\\d{1,2})\\s*[)）]`,
    `^(?<circled>[①-⑳])`,
  ].join('|'),
);

/** The numbering at the start of a line, if any. */
export function markerAt(line: string): Marker | null {
  const m = LINE_MARKER.exec(line);
  if (!m || !m.groups) return null;
  const g = m.groups;
  let style: MarkerStyle;
  let value: number;
  if (g.cnPart) [style, value] = ['cn-part', chineseNumber(g.cnPart)];
  else if (g.cnDun) [style, value] = ['cn-dun', chineseNumber(g.cnDun)];
  else if (g.cnParen) [style, value] = ['cn-paren', chineseNumber(g.cnParen)];
  else if (g.numDun) [style, value] = ['num-dun', Number(g.numDun)];
  else if (g.numParen) [style, value] = ['num-paren', Number(g.numParen)];
  else [style, value] = ['circled', g.circled.charCodeAt(0) - 0x2460 + 1];
  if (!Number.isFinite(value) || value < 1) return null;
  let length = m[0].length;
  while (length < line.length && /\s/.test(line[length])) length++;
  // a marker followed by nothing, or by a number ("一、2021年…" is fine, "1. 5" is not) is kept;
  // one that is the whole line is a stray numeral, not a heading
  if (length >= line.length) return null;
  return { style, text: m[0].trim(), value, length };
}

/** Inline enumerations inside a paragraph: 一是…二是…, 第一,…第二,… */
export const INLINE_ORDINAL = /(?:(?<cn>[一二三四五六七八九十]{1,2})是|第(?<di>[一二三四五六七八九十]{1,2})[,，、:：])/g;

/** Markers that may start a heading in the middle of a line (for pages that run the body into one line). */
export const INLINE_HEADING = new RegExp(
  `(?<cnDun>${CN})[、](?!、)|[(（](?<cnParen>${CN})[)）]|(?<![\\d.])(?<numDun>\\d{1,2})[、](?!\\d)|(?<![\\d.])(?<numDot>\\d{1,2})\\.(?![\\d.])`,
  'g',
);
