// How much of a report is fact and how much formula. Each sentence of a part is "specific" when it states something
// a reader could check (a figure, a named document 《…》, a date, a named place, body or case), "formula" when, once
// the profile's stock phrases and the text other reports share with it are taken out, almost nothing is left, and
// "plain" otherwise. Concreteness is the share of specific sentences.
import type { Item, Report, Section } from '../model.js';
import type { ReuseResult } from '../reuse/types.js';
import { sentences } from '../compare/units.js';
import { profileOf } from '../profiles/index.js';
import { figuresIn } from './extract.js';

export type SentenceKind = 'specific' | 'formula' | 'plain';

export interface PartConcreteness {
  part: string;
  sentences: number;
  specific: number;
  formula: number;
  /** specific ÷ sentences (0 when there are none). */
  share: number;
  /** formula ÷ sentences. */
  formulaShare: number;
}

export interface Concreteness extends Omit<PartConcreteness, 'part'> {
  file: string;
  /** Per part, in the order the report first gives them. */
  parts: PartConcreteness[];
}

/** What is left of a sentence once stock phrases and shared text are out, below which it is formula. */
const FORMULA_LEFT = 0.3;
const FORMULA_MIN_LEFT = 8;
/** Longest point title read as a heading. */
const HEADING_MAX = 24;

const DOCUMENT = /《[^》]{2,}》/u;
const DATE = /(?:19|20)\d{2}年\d{1,2}月|\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/u;
/** A named case or project: “网友找茬” 项目, 张某诉某局案 (not 备案, 方案, 预案: a name ends in quotes or says who sued whom). */
const NAMED_CASE = /“[^”]{2,20}”(?:案|案件|项目|品牌|工程|平台|机制|模式|示范)|[\p{sc=Han}]{2,10}诉[\p{sc=Han}]{2,12}案/u;
/** A named place or body: 文化公园, 雍鑫集团, 打通镇 — not 各街镇, 全区, 基层. */
const PLACE = /[\p{sc=Han}]{2,6}(?:街道|镇|乡|村|社区|集团|公司|公园|花园|苑|园区)/gu;
const NOT_A_NAME = /^(?:各|全|本|该|每|所|其|基层|相关|有关|城乡|乡镇|街镇|村|社区|国有|区管|市属|下属|有限)|街镇|乡镇|村\(|村居/u;

/** Whether a sentence names something specific. */
function isSpecific(s: string): boolean {
  if (figuresIn(s).length || DOCUMENT.test(s) || DATE.test(s) || NAMED_CASE.test(s)) return true;
  PLACE.lastIndex = 0;
  for (let m; (m = PLACE.exec(s)); ) if (!NOT_A_NAME.test(m[0])) return true;
  return false;
}

const isWord = (c: string) => /[\p{sc=Han}A-Za-z0-9]/u.test(c);

/**
 * One sentence: specific, formula or plain. `shared` marks characters (indices into the sentence) that other
 * reports have too.
 */
export function sentenceKind(s: string, stock: readonly string[], shared?: (i: number) => boolean): SentenceKind {
  if (isSpecific(s)) return 'specific';
  const covered = new Uint8Array(s.length);
  for (const p of stock) for (let i = s.indexOf(p); i >= 0; i = s.indexOf(p, i + 1)) covered.fill(1, i, i + p.length);
  let words = 0;
  let left = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isWord(s[i])) continue;
    words++;
    if (!covered[i] && !shared?.(i)) left++;
  }
  return words > 0 && (left < FORMULA_MIN_LEFT || left / words < FORMULA_LEFT) ? 'formula' : 'plain';
}

/** Where headings stand, and how long they are: a heading names a point, it states nothing either way. */
function headings(sec: Section): Map<number, number> {
  const out = new Map<number, number>();
  if (sec.heading && !sec.inferred) out.set(sec.start, sec.heading.length);
  const walk = (items: Item[]) => {
    for (const it of items) {
      // a title that runs on as the paragraph's first sentence is content, not a heading
      if (it.marker && it.title && it.title.length <= HEADING_MAX) out.set(it.start, it.marker.length + it.title.length + 2);
      walk(it.items);
    }
  };
  walk(sec.items);
  return out;
}

/** Parts that are the report's substance: the profile's parts, not the title page or signature. */
function partsOf(report: Report): Set<string> {
  return new Set(profileOf(report).order);
}

/**
 * Concreteness of each report and each of its parts. `reuse` (findReuse over these reports) says which text others
 * share; without it, only stock phrases count as formula.
 */
export function concreteness(reports: Report[], reuse?: ReuseResult | null): Concreteness[] {
  const sharedOf = new Map<string, [number, number][]>();
  for (const p of reuse?.passages ?? []) {
    for (const o of p.occurrences) {
      const list = sharedOf.get(o.file) ?? [];
      list.push([o.start, o.end]);
      sharedOf.set(o.file, list);
    }
  }
  return reports.map((r) => {
    const stock = profileOf(r).stock ?? [];
    const spans = (sharedOf.get(r.file) ?? []).sort((a, b) => a[0] - b[0]);
    const wanted = partsOf(r);
    const parts = new Map<string, PartConcreteness>();
    for (const sec of r.sections) {
      if (!wanted.has(sec.canonical)) continue;
      let part = parts.get(sec.canonical);
      if (!part) parts.set(sec.canonical, (part = { part: sec.canonical, sentences: 0, specific: 0, formula: 0, share: 0, formulaShare: 0 }));
      const heads = headings(sec);
      for (const st of sentences(sec.text)) {
        const at = sec.start + st.start;
        const head = heads.get(at);
        if (head !== undefined && st.text.length <= head) continue;
        const mine = spans.filter(([a, b]) => b > at && a < at + st.text.length);
        const kind = sentenceKind(st.text, stock, mine.length ? (i) => mine.some(([a, b]) => at + i >= a && at + i < b) : undefined);
        part.sentences++;
        if (kind === 'specific') part.specific++;
        if (kind === 'formula') part.formula++;
      }
    }
    const list = [...parts.values()].map(withShares);
    const total = withShares({
      part: '',
      sentences: list.reduce((s, p) => s + p.sentences, 0),
      specific: list.reduce((s, p) => s + p.specific, 0),
      formula: list.reduce((s, p) => s + p.formula, 0),
      share: 0,
      formulaShare: 0,
    });
    const { part: _part, ...whole } = total;
    return { file: r.file, ...whole, parts: list };
  });
}

function withShares(p: PartConcreteness): PartConcreteness {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { ...p, share: p.sentences ? round(p.specific / p.sentences) : 0, formulaShare: p.sentences ? round(p.formula / p.sentences) : 0 };
}
