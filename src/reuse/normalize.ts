// The text reuse is matched on: punctuation, spaces and symbols dropped, full-width forms and letter case folded,
// so that 一级抓一级、层层抓落实 and 一级抓一级,层层抓落实 hash alike. Digits are kept: a changed number is an
// edit that matching bridges (2021年 → 2022年), not a free match (every 增长X% sentence would be one). Every kept character
// remembers its offset in Report.text, so matches map back to the text the parser produced.

/** Folded code per UTF-16 unit; 0 means "skip". */
let FOLD: Uint16Array | null = null;

/** Line breaks are kept: a passage may run across one only where both reports break the line there. */
export const NEWLINE = 0x0a;

function foldTable(): Uint16Array {
  if (FOLD) return FOLD;
  const t = new Uint16Array(65536);
  const skip = /[\p{P}\p{S}\p{Z}\p{C}]/u;
  for (let c = 1; c < 65536; c++) {
    // surrogate halves stay as they are: astral characters (rare in these reports) compare half by half
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = c;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (skip.test(ch)) t[c] = 0;
    else {
      let f = c;
      if (f >= 0xff01 && f <= 0xff5e) f -= 0xfee0; // full-width Latin to ASCII
      if (f >= 0x41 && f <= 0x5a) f += 32;
      t[c] = f;
    }
  }
  t[NEWLINE] = NEWLINE;
  FOLD = t;
  return t;
}

export interface Folded {
  /** Folded characters, one per kept UTF-16 unit. */
  codes: Uint16Array;
  /** Offset in the original text of each kept unit. */
  orig: Int32Array;
  length: number;
}

/** Folds a text for matching; `codes[i]` came from `text[orig[i]]`. */
export function foldText(text: string): Folded {
  const fold = foldTable();
  const n = text.length;
  const codes = new Uint16Array(n);
  const orig = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const f = fold[text.charCodeAt(i)];
    if (f === 0) continue;
    codes[m] = f;
    orig[m] = i;
    m++;
  }
  return { codes: codes.subarray(0, m), orig: orig.subarray(0, m), length: m };
}

/** The characters of Report.text: the string itself, or its UTF-16 units (as a worker thread sees them). */
export type TextUnits = string | Uint16Array;

const unitAt = (text: TextUnits, i: number) => (typeof text === 'string' ? text.charCodeAt(i) : (text[i] ?? NaN));

/** Original [start, end) of folded [s, e): end lands after the last kept unit, never inside a surrogate pair. */
export function originalSpan(text: TextUnits, f: Folded, s: number, e: number): [number, number] {
  let start = f.orig[s];
  let end = f.orig[e - 1] + 1;
  if (start > 0 && isLow(unitAt(text, start))) start--;
  if (end < text.length && isLow(unitAt(text, end))) end++;
  return widenToBrackets(text, start, end);
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

const OPEN = [...'《“‘「『(（[【〔〈'].map((c) => c.charCodeAt(0));
const CLOSE = [...'》”’」』)）]】〕〉'].map((c) => c.charCodeAt(0));

/** A match that is exactly the inside of 《…》 or “…” is quoted as a whole: the brackets belong to it. */
function widenToBrackets(text: TextUnits, start: number, end: number): [number, number] {
  for (;;) {
    const o = start > 0 ? OPEN.indexOf(unitAt(text, start - 1)) : -1;
    if (o < 0 || end >= text.length || unitAt(text, end) !== CLOSE[o]) return [start, end];
    start--;
    end++;
  }
}
