// Line structure: lines broken inside sentences are joined; bodies run into one line are split at headings.
import { INLINE_HEADING, markerAt, chineseNumber } from '../grammar/markers.js';
import { isDateLine } from '../grammar/dates.js';
import { looksLikeAgency } from './clutter.js';
import { ADDRESS } from './vocabulary.js';

const CONTINUES = /[,，、;；(（《“‘—\-]$/;

/**
 * Joins a line to the next when it was broken inside a sentence: it ends in a clause mark (，、；…),
 * or the text is hard-wrapped at a fixed width and the line fills it (even when it ends in 。: a paragraph
 * that ends exactly at the margin is rarer than one that goes on). Blank lines are paragraph breaks.
 */
export function joinBrokenLines(lines: string[]): string[] {
  const width = hardWrapWidth(lines);
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.length ? out[out.length - 1] : '';
    const joinable =
      prev &&
      line &&
      markerAt(line) === null &&
      !isDateLine(line) &&
      (CONTINUES.test(prev) || (width > 0 && fillsWidth(prev, width)));
    if (joinable) out[out.length - 1] = prev + line;
    else out.push(line);
  }
  return out;
}

/**
 * A hard-wrapped line that the paragraph goes on after: it reaches the margin, or nearly (a paragraph's first line
 * lost its indent when lines were trimmed, and digits are narrower than characters) without ending a sentence.
 * A numbered line just short of the margin is taken for a heading unless a full stop inside it shows it runs on.
 */
function fillsWidth(line: string, width: number): boolean {
  const w = columns(line);
  if (w >= width - 2) return true;
  // a numbered line with a full stop inside runs on into its paragraph: it is no bare heading
  return w >= width - 8 && !/[。!！?？;；:：]$/.test(line) && (markerAt(line) === null || /[。;；]/.test(line));
}

/**
 * How wide a line is set, in columns: a Chinese character or full-width mark takes two, a digit or Latin letter one.
 * A page wrapped at a fixed width fills it in columns, not in characters (编制了 2024 年度 is shorter in characters).
 */
function columns(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    w += (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x2018 && c <= 0x201d) || c === 0x2026 || c === 0x2014 ? 2 : 1;
  }
  return w;
}

/** The width text was hard-wrapped at, or 0: many lines of one length ±1 that is not short. */
function hardWrapWidth(lines: string[]): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    if (l.length < 15) continue;
    long++;
    const w = columns(l);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  if (long < 10) return 0;
  let best = 0;
  let bestCount = 0;
  // within a character's width (two columns) either way: digits and spaces leave a line a column short or over
  for (const [len, c] of counts) {
    let around = c;
    for (const d of [-2, -1, 1, 2]) around += counts.get(len + d) ?? 0;
    if (around > bestCount || (around === bestCount && len > best)) [best, bestCount] = [len, around];
  }
  return bestCount >= 10 && bestCount >= long * 0.4 ? best + 2 : 0;
}

type Style = 'cnDun' | 'cnParen' | 'numDun';
const RANK: Record<Style, number> = { cnDun: 1, cnParen: 2, numDun: 3 };

/**
 * Splits lines at headings that sit inside them, for sites that hand out the whole body as one line
 * (……报告如下：一、工作开展情况（一）深入学习……). A marker splits when it follows sentence punctuation and
 * continues its numbering, or when it is the first inner marker right after an outer heading's short title.
 */
export interface InlineOptions {
  /** Lines that open a part found by its lead-in: numbering starts again inside them. */
  restarts?: Set<string>;
  /** Pieces of a long line that splitAtLeadIns broke: still a body run into one line. */
  pieces?: Set<string>;
  /** Whether a heading's words name a part of the report's kind: such a 二、 splits wherever it stands, in sequence. */
  namesPart?: (words: string) => boolean;
}

export function splitInlineHeadings(input: string[], opts: InlineOptions = {}): string[] {
  const last: Record<Style, number> = { cnDun: 0, cnParen: 0, numDun: 0 };
  const out: string[] = [];
  // 特此报告 run on after the last paragraph (and the signature after it) go on lines of their own
  const lines = input.flatMap((l) =>
    /[。!！?？]\s*(?:特此|专此)(?:报告|汇报)/.test(l)
      ? l.replace(/([。!！?？])\s*((?:特此|专此)(?:报告|汇报)[。!！]?)\s*/g, '$1\n$2\n').split('\n').filter(Boolean)
      : [l],
  ).flatMap((l) => {
    // a signature and date run on after the last sentence: "……工作。南平市司法局 2023年2月10日"
    const m = /(?<=[。!！?？])\s*([^。!！?？,，;；:：]{3,30}?\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇○零一二][〇○零一二三四五六七八九]{3}年\S{1,6}日))$/.exec(l);
    if (m && m.index > 0) return [l.slice(0, m.index), m[1]];
    // a signature date, and the attachments after it, run on after the last sentence
    // (the signer may stand before the date: ……开展。 平潭县人民政府 2013年1月16日 附件1:……)
    const annex = !l.includes('附件') && !l.includes('附表') ? null : /(?<=[。!！?？])\s*(?:([^。!！?？,，;；:：\s\d]{3,30})\s+)?((?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇○零一二][〇○零一二三四五六七八九]{3}年[^\s。]{1,6}日))\s*(?=附件|附表)/.exec(l);
    if (annex && annex.index > 0) return [l.slice(0, annex.index), ...(annex[1] ? [annex[1]] : []), annex[2], l.slice(annex.index + annex[0].length)];
    // or the signer alone, an organ's name, before 附件1:
    const signer = !l.includes('附件') ? null : /(?<=[。!！?？])\s*([^。!！?？,，;；:：\s\d]{3,30})\s+(?=附件\s*\d{0,2}\s*[:：])/.exec(l);
    if (signer && signer.index > 0 && looksLikeAgency(signer[1])) return [l.slice(0, signer.index), signer[1], l.slice(signer.index + signer[0].length)];
    return [l];
  });
  for (const line of lines) {
    if (opts.restarts?.has(line)) [last.cnParen, last.numDun] = [0, 0];
    const lead = markerAt(line);
    if (lead) note(last, lead.style === 'cn-dun' ? 'cnDun' : lead.style === 'cn-paren' ? 'cnParen' : lead.style === 'num-dun' ? 'numDun' : null, lead.value);
    if (line.length < 30) {
      out.push(line);
      continue;
    }
    let from = 0;
    let segStyle: Style | null = lead ? (lead.style === 'cn-dun' ? 'cnDun' : lead.style === 'cn-paren' ? 'cnParen' : null) : null;
    INLINE_HEADING.lastIndex = 0;
    for (let m = INLINE_HEADING.exec(line); m; m = INLINE_HEADING.exec(line)) {
      if (m.index === 0 || !m.groups) continue;
      const g = m.groups;
      const style: Style = g.cnDun ? 'cnDun' : g.cnParen ? 'cnParen' : 'numDun';
      const value = g.cnDun ? chineseNumber(g.cnDun) : g.cnParen ? chineseNumber(g.cnParen) : Number(g.numDun ?? g.numDot);
      // the mark before the marker, over the spaces a page put between them (……联系。 一、概述)
      let b = m.index - 1;
      while (b > 0 && line[b] === ' ') b--;
      const before = line[b];
      // a part heading (一、) runs on after a full stop or 报告如下:, and only in a body run into one long
      // line; inner headings after a full stop. After ; or , a number is an enumeration inside a sentence.
      const afterPunct = style === 'cnDun' ? /[。:：!！?？]/.test(before) && (line.length >= LONG_LINE || !!opts.pieces?.has(line)) : /[。!！?？]/.test(before);
      // numbering must continue where it stands: a 一、 or (一) only where none came before at that level
      // (an outer heading resets the inner count), so an enumeration inside a paragraph of part 二 stays put
      const inSequence = value === last[style] + 1;
      // a part's heading glued to a flattened table (……5949.08三、收到和处理政府信息公开申请情况) still opens the part
      // (not inside an enumeration: 党工委"一、二、三、四"发展思路)
      const words = ownWords(line.slice(m.index + m[0].length, m.index + m[0].length + 40));
      const namesPart =
        style === 'cnDun' && inSequence && before !== '、' && /^(?:(?:19|20)\d{2}\s*年度?)?[\u4e00-\u9fff]/.test(words) && !/^[一二三四五六七八九十]/.test(words) && !!opts.namesPart?.(words);
      const runOnTitle =
        value === 1 && segStyle !== null && RANK[segStyle] < RANK[style] && m.index - from <= 40 && !/[。;；]/.test(line.slice(from, m.index));
      // a dotted number ("2.") needs sentence punctuation or an outer title before it: "3.2万" is no heading
      if (g.numDot && !afterPunct && !runOnTitle) continue;
      if (!((afterPunct && inSequence) || runOnTitle || namesPart)) continue;
      out.push(line.slice(from, m.index));
      from = m.index;
      segStyle = style;
      note(last, style, value);
    }
    out.push(line.slice(from));
  }
  return out;
}

/** A heading's own words where it runs into a table or the next heading: up to the first figure, marker or stop. */
function ownWords(s: string): string {
  // a heading may open with its year (二、2025年工作安排)
  const year = /^(?:19|20)\d{2}\s*年度?/.exec(s)?.[0].length ?? 0;
  const end = s.slice(year).search(/\d|[一二三四五六七八九十]、|[(（][一二三四五六七八九十][)）]|[。;；]/);
  return end < 0 ? s : s.slice(0, year + end);
}

function note(last: Record<Style, number>, style: Style | null, value: number) {
  if (!style) return;
  last[style] = value;
  // a new outer heading restarts the numbering inside it
  if (style === 'cnDun') [last.cnParen, last.numDun] = [0, 0];
  if (style === 'cnParen') last.numDun = 0;
}

const SENTENCE_END = /[。!！?？]\s*/g;
/** A line this long holding a part's heading after a full stop is a body run into one line. */
const LONG_LINE = 300;
/** An address standing as a sentence of its own: a few words and an exclamation mark. */
const SALUTATION = /^\s*[^\s。!！?？，,：:；;]{2,6}[!！]\s*$/;

const ANYWHERE = new WeakMap<RegExp[], RegExp>();

/** A pattern's ^ (at the start of it or of an alternative) widened to any sentence start in a line. */
function atSentenceStarts(source: string): string {
  return source.replace(/(^|\||\((?:\?:|\?<\w+>)?)\^/g, '$1(?:^|(?<=[。!！?？]\s*))');
}

/**
 * Breaks a line where a sentence opens a part without a heading (……影响力。一年来,……仍存在一定差距,比如:…… /
 * 2022年,我们将……): a body run into one line keeps its parts apart. Which sentences do is the profile's (its
 * lead-ins); whether they really open a part is decided later, over the whole report.
 */
/** Where a rally to the deputies may start inside a line: after a full stop, at the address. */
const ADDRESS_AFTER_STOP = new RegExp(`[。!！?？]\\s*(?=${ADDRESS}[,，!！])`, 'g');

/**
 * A body run into one line ends in its closing rally (……政治生态。各位代表，……而团结奋斗！): it goes on a line of its
 * own, so that it is read as the closing. Only the line's last address is tried, and only when all that follows it
 * is the rally (the kind's own shape of one).
 */
export function splitClosingRally(input: string[], rally: RegExp | undefined): string[] {
  if (!rally) return input;
  const out: string[] = [];
  for (const line of input) {
    if (line.length < LONG_LINE || !/[!！]\s*$/.test(line)) {
      out.push(line);
      continue;
    }
    let at = -1;
    ADDRESS_AFTER_STOP.lastIndex = 0;
    for (let m = ADDRESS_AFTER_STOP.exec(line); m; m = ADDRESS_AFTER_STOP.exec(line)) at = m.index + m[0].length;
    const rest = at > 0 ? line.slice(at) : '';
    if (rest && rest.length <= 600 && rally.test(rest)) out.push(line.slice(0, at).trimEnd(), rest);
    else out.push(line);
  }
  return out;
}

export function splitAtLeadIns(input: string[], leadIns: RegExp[]): { lines: string[]; restarts: Set<string>; pieces: Set<string> } {
  const restarts = new Set<string>();
  // every piece of a line that was broken: what was one long line (a body run into one) still counts as such
  const pieces = new Set<string>();
  if (!leadIns.length) return { lines: input, restarts, pieces };
  // a line is read sentence by sentence only where some lead-in matches at all (a lead-in anchored at ^ is tried at
  // every sentence start of the line at once)
  let anywhere = ANYWHERE.get(leadIns);
  if (!anywhere) ANYWHERE.set(leadIns, (anywhere = new RegExp(leadIns.map((re) => `(?:${atSentenceStarts(re.source)})`).join('|'))));
  const out: string[] = [];
  const push = (piece: string, cue: boolean) => {
    out.push(piece);
    if (cue) restarts.add(piece);
  };
  for (const line of input) {
    if (line.length < 40 || !anywhere.test(line)) {
      out.push(line);
      continue;
    }
    const first = out.length;
    let from = 0;
    let fromCue = false;
    let sentenceStart = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
      const at = m.index + m[0].length;
      if (at >= line.length) break;
      const stop = line.slice(at, at + 300).search(/[。!！?？]/);
      const sentence = line.slice(at, stop < 0 ? at + 300 : at + stop + 1);
      const previous = sentenceStart;
      sentenceStart = at;
      if (!leadIns.some((re) => re.test(sentence))) continue;
      // a salutation (各位代表！) belongs to the sentence it opens: the break goes before it
      const cut = SALUTATION.test(line.slice(previous, at)) ? previous : at;
      if (cut > from) push(line.slice(from, cut).trimEnd(), fromCue);
      from = cut;
      fromCue = true;
    }
    push(line.slice(from), fromCue);
    if (from > 0 && line.length >= LONG_LINE) for (let k = first; k < out.length; k++) pieces.add(out[k]);
  }
  return { lines: out, restarts, pieces };
}
