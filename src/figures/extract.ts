// Every quantity a report states: a number (Arabic or Han numerals) with the unit that counts it (件, 人次, %, 万元…),
// the sentence it is in, the point and part, and the topic of that sentence. A number without a unit after it is
// not a figure: that alone keeps out dates (2022年3月), document numbers (〔2022〕12号), list markers (1.), phone
// numbers and slogans; ordinals (第二十条, 十九届) and names in quotes (“三项制度”) are kept out on top.
import type { Item, Report } from '../model.js';
import type { Profile } from '../profiles/types.js';
import { profileOf } from '../profiles/index.js';
import { compileTopics, mentionsIn, type CompiledTopic } from '../compare/topics.js';
import { sentences, type Unit } from '../compare/units.js';
import { HAN_NUMERAL, readNumber } from './numerals.js';

export interface Figure {
  file: string;
  /** The part of the report the figure is in (the profile's part id). */
  section: string;
  /** The point it is in, marker and title ("(二) 强化审查备案"), or null outside any point. */
  item: string | null;
  /** The number, read (三十余 → 30, 1.2万 → 12000); for a range, its lower end. */
  value: number;
  /** As written: 件, 人次, %, 万元… (a 万 or 亿 before 元 stays in the unit; before any other unit it is read). */
  unit: string;
  /** 余, 多, 近, 超, 约, 不少于, 以上…, or "range 3–5"; null for a plain figure. */
  qualifier: string | null;
  /** The sentence the figure is in. */
  text: string;
  /** Offsets of the figure as written (qualifiers, number and unit) in Report.text. */
  start: number;
  end: number;
  /** Id of the profile topic the sentence speaks of, or null. */
  topic: string | null;
}

/** Units of count and measure, longest first so that 人次 wins over 人. General Chinese, not a kind's wording. */
export const UNITS = [
  '个百分点', '百分点', '个工作日', '平方公里', '平方米', '立方米', '万元', '亿元', '千元', '人次', '场次', '户次', '件次', '册次', '家次',
  '个月', '小时', '公里', '千米', '公顷',
  '%', '件', '次', '人', '名', '家', '户', '份', '篇', '条', '个', '场', '项', '期', '批', '起', '宗', '台', '套', '所', '座', '处',
  '辆', '本', '册', '部', '支', '张', '封', '天', '例', '元', '亩', '吨', '类', '轮', '课', '节', '堂', '组', '队', '种', '位',
];

const PREFIX = '(?:将近|接近|不少于|不低于|不超过|超过|多达|至少|近|超|逾|约)';
const ARABIC = '\\d+(?:\\.\\d+)?[十百千万亿]*';
const HAN = `[${HAN_NUMERAL}]+`;
const NUM = `(?:${ARABIC}|${HAN})`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A figure: qualifier before, number (or range), 余/多 after, the unit, 以上/左右 after it. */
const FIGURE = new RegExp(
  `(?<![\\d.A-Za-z第${HAN_NUMERAL}])(${PREFIX})?(${NUM})(?:\\s*[-~～—–至到]\\s*(${NUM}))?(余|多)?(${UNITS.map(escape).join('|')})(以上|左右)?`,
  'gu',
);
/** 百分之九十五 */
const PERCENT_WORDS = new RegExp(`百分之([${HAN_NUMERAL}]+)`, 'gu');

/** A lone numeral character (一批, 千家万户, 一次性) is a word, not a count. */
const LONE = /^[一十百千万亿]$/;

export interface FigureOptions {
  /** The profile to take topics from (default: the report's own). */
  profile?: Profile;
}

/** The figures of one report, in document order. */
export function figuresOf(report: Report, opts: FigureOptions = {}): Figure[] {
  const profile = opts.profile ?? profileOf(report);
  const topics = compiledTopics(profile);
  const out: Figure[] = [];
  for (const s of report.sections) {
    const items = flatItems(s.items);
    for (const sent of sentences(s.text)) {
      const found = figuresIn(sent.text);
      if (!found.length) continue;
      const sentStart = s.start + sent.start;
      const topic = topicOf(report.file, s.canonical, sent.text, sentStart, topics);
      for (const f of found) {
        const start = sentStart + f.at;
        out.push({
          file: report.file,
          section: s.canonical,
          item: itemAt(items, start),
          value: f.value,
          unit: f.unit,
          qualifier: f.qualifier,
          text: sent.text,
          start,
          end: start + f.length,
          topic,
        });
      }
    }
  }
  return out;
}

interface Found {
  at: number;
  length: number;
  value: number;
  unit: string;
  qualifier: string | null;
}

/** The figures of one sentence, with their offsets in it. */
export function figuresIn(sentence: string): Found[] {
  const out: Found[] = [];
  FIGURE.lastIndex = 0;
  for (let m; (m = FIGURE.exec(sentence)); ) {
    const [whole, prefix, num, upper, approx, unitWritten, after] = m;
    if (LONE.test(num) || insideNameOrQuote(sentence, m.index)) continue;
    let unit = unitWritten;
    let written = num;
    // 8461.36万元: 万元 is the unit as written, the number stays as given
    if (unit === '元' && /[万亿千]$/.test(num)) {
      unit = num.slice(-1) + '元';
      written = num.slice(0, -1);
    }
    const value = readNumber(written);
    if (value === null) continue;
    const qualifiers: string[] = [];
    if (prefix) qualifiers.push(prefix);
    if (approx) qualifiers.push(approx);
    if (after) qualifiers.push(after);
    if (upper !== undefined) {
      const hi = readNumber(unit.endsWith('元') && unit.length > 1 && /[万亿千]$/.test(upper) ? upper.slice(0, -1) : upper);
      if (hi === null) continue;
      qualifiers.push(`range ${value}–${hi}`);
    }
    out.push({ at: m.index, length: whole.length, value, unit, qualifier: qualifiers.length ? qualifiers.join(' ') : null });
  }
  PERCENT_WORDS.lastIndex = 0;
  for (let m; (m = PERCENT_WORDS.exec(sentence)); ) {
    const value = readNumber(m[1]);
    if (value !== null && !insideNameOrQuote(sentence, m.index)) out.push({ at: m.index, length: m[0].length, value, unit: '%', qualifier: null });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Longest quoted name: a quote left open (the source lost its closing mark) must not hide the rest. */
const NAME_MAX = 24;

/** Inside “…” or 《…》: a name (“三项制度”, 《……五年规划》), not a count. */
function insideNameOrQuote(s: string, at: number): boolean {
  const inside = (o: string, c: string) => {
    const from = s.lastIndexOf(o, at);
    if (from < 0 || s.lastIndexOf(c, at) > from) return false;
    const to = s.indexOf(c, at);
    return to >= 0 && to - from <= NAME_MAX;
  };
  return inside('“', '”') || inside('《', '》') || inside('「', '」');
}

interface FlatItem {
  label: string;
  start: number;
  end: number;
  depth: number;
}

function flatItems(items: Item[], depth = 0, into: FlatItem[] = []): FlatItem[] {
  for (const it of items) {
    into.push({ label: [it.marker, it.title].filter(Boolean).join(' '), start: it.start, end: it.end, depth });
    flatItems(it.items, depth + 1, into);
  }
  return into;
}

/** The innermost point around an offset. */
function itemAt(items: FlatItem[], at: number): string | null {
  let best: FlatItem | null = null;
  for (const it of items) if (it.start <= at && at < it.end && (!best || it.depth > best.depth)) best = it;
  return best ? best.label || null : null;
}

const compiled = new WeakMap<Profile, CompiledTopic[]>();
function compiledTopics(p: Profile): CompiledTopic[] {
  let c = compiled.get(p);
  if (!c) compiled.set(p, (c = compileTopics(p.topics)));
  return c;
}

/** The first topic of the profile the sentence affirms (a figure of something that did not happen has none). */
function topicOf(file: string, section: string, text: string, start: number, topics: CompiledTopic[]): string | null {
  const unit = { file, section, index: 0, of: 1, marker: null, title: '', parent: null, text, start, end: start + text.length } as Unit;
  const ms = mentionsIn(unit, topics);
  return ms.find((m) => !m.negated)?.topic ?? null;
}
