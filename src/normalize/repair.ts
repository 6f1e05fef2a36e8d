// Repairs of what converters, encoders and web pages did to the text.

/** Zero-width characters, stray controls and Windows line ends. */
export function basicCleanup(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200f\u2028\u2029\ufeff\u00ad]/g, (c) => (c === '\u2028' || c === '\u2029' ? '\n' : ''))
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/**
 * Runs of "?" where an encoder lost spaces (U+3000, NBSP): a run of two or more, or a single one at a line's
 * edge or beside white space. A "?" between words is kept: it may be a real question mark.
 */
export function repairLostSpaces(text: string): { text: string; count: number; removed: string } {
  if (!text.includes('?')) return { text, count: 0, removed: '' };
  let count = 0;
  let removed = '';
  const out = text.replace(/\?{2,}|(?<=^|[\s。,，;；:：、])\?|\?(?=[ \t\u3000]|$)/gm, (run) => {
    count++;
    removed += run;
    return ' ';
  });
  return { text: out, count, removed };
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const PINYIN = new RegExp(`(?<=[\\u3400-\\u9fff])\\s?[(（]([a-z${TONED}]{1,7})[)）]`, 'g');
const HAS_TONE = new RegExp(`[${TONED}]`);
const MAYBE_PINYIN = new RegExp(`[(（][a-z]*[${TONED}]`);

/** Pinyin a converter left after characters: 區(qū) → 區. Only syllables with a tone mark, so (a) or (km) stay. */
export function stripPinyin(text: string): { text: string; count: number; removed: string } {
  if (!MAYBE_PINYIN.test(text)) return { text, count: 0, removed: '' };
  let count = 0;
  let removed = '';
  const out = text.replace(PINYIN, (whole, syllable: string) => {
    if (!HAS_TONE.test(syllable)) return whole;
    count++;
    removed += whole.trim();
    return '';
  });
  return { text: out, count, removed };
}

/** White space by UTF-16 code unit: what line repair may add or take, never text. */
export function isBlank(c: number): boolean {
  return c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0x85 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff;
}

/**
 * Full-width ASCII (digits, letters, ，：；（）) to half-width, and ideographic or no-break spaces to plain ones.
 * Chinese-only marks (。、《》“”) stay: they have no half-width twin.
 */
export function foldWidth(text: string): string {
  // every other white space too (U+1680, U+2000, U+2001): lines then hold no run of two, which the rules rely on
  return text.replace(/[\uff01-\uff5e\u3000\u00a0\u1680\u2000-\u200a\u202f\u205f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    return ' ';
  });
}
