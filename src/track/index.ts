// One agency across years: did it do what it planned, and does it admit the same problems every year? Plain data in
// (Report[]), plain data out; nothing here prints.
//
//   trackSeries(reports, { pattern, minSimilarity }) → Track
//     { series: [ { series, reports: [ { file, year } ],
//                   steps: [ { from, to,
//                              plans: [ { marker, title, text, followedBy: [ { file, section, quote, start, end, similarity } ] } ],
//                              problemsRepeated: [ { text, years, occurrences } ] } ] } ] }
//
// Which part holds the plans, which part of the next year's report tells what was done, and which part admits
// problems come from each report's profile (promises, problemsPart): no kind's wording lives here.
import type { Report, TemplatePart } from '../model.js';
import { seriesKeys } from '../reuse/series.js';
import { unitsOf, sentences } from '../compare/units.js';
import { alignUnits, DEFAULT_MIN_SIMILARITY } from '../compare/align.js';
import { unitCounts, bigramCounts, vectorize, weighting, type Vector } from '../compare/similarity.js';
import { profileOf } from '../profiles/index.js';

export interface FollowUp {
  file: string;
  /** The part of the later report the evidence is in. */
  section: string;
  /** The sentence of that point closest to the plan. */
  quote: string;
  /** Offsets of the quote in the later report's text. */
  start: number;
  end: number;
  /** Cosine similarity of the plan and the whole point. */
  similarity: number;
}

export interface PlanTrack {
  marker: string | null;
  title: string;
  text: string;
  /** Points of the next year's report that carry the plan out, best first; empty: not reported on. */
  followedBy: FollowUp[];
}

export interface ProblemOccurrence {
  file: string;
  year: number;
  marker: string | null;
  /** The problem as that year's report words it. */
  text: string;
  start: number;
  end: number;
}

export interface RepeatedProblem {
  /** The wording of the latest year (the step's `to`). */
  text: string;
  /** Every year up to the step's `to` that admits it, ascending. */
  years: number[];
  /** The wording each year, in year order. */
  occurrences: ProblemOccurrence[];
}

export interface TrackStep {
  /** The earlier report (its plans) and the later one (what it says was done), by file. */
  from: string;
  to: string;
  plans: PlanTrack[];
  /** Problems of the later report admitted in an earlier year of the series too. */
  problemsRepeated: RepeatedProblem[];
}

export interface TrackedSeries {
  series: string;
  reports: { file: string; year: number }[];
  steps: TrackStep[];
}

export interface Track {
  series: TrackedSeries[];
  /** Reports with no series or year. */
  unassigned?: string[];
}

export interface TrackOptions {
  /** Series and year from the file name (named groups series, year), as `reuse --series-pattern`. */
  pattern?: RegExp;
  /** Cosine a point of the later report needs with a plan to count as carrying it out. */
  minSimilarity?: number;
  /** Cosine two problems of different years need to count as the same problem. */
  problemSimilarity?: number;
  /** Most follow-ups listed per plan. */
  maxFollowUps?: number;
}

export const DEFAULT_PLAN_SIMILARITY = DEFAULT_MIN_SIMILARITY;
export const DEFAULT_PROBLEM_SIMILARITY = 0.3;
/** A problem admitted in this many years or more is flagged. */
export const REPEATED_FLAG_YEARS = 3;
const MAX_FOLLOW_UPS = 3;
/** How much closer than a whole point one sentence must be to a plan to count on its own. */
const SENTENCE_MARGIN = 0.12;

/** Plans of one step that have at least one follow-up, and their share. */
export function followedShare(step: TrackStep): { followed: number; plans: number; share: number | null } {
  const followed = step.plans.filter((p) => p.followedBy.length).length;
  return { followed, plans: step.plans.length, share: step.plans.length ? Math.round((followed / step.plans.length) * 1000) / 1000 : null };
}

export function trackSeries(input: Report[], opts: TrackOptions = {}): Track {
  const keys = seriesKeys(input, opts.pattern);
  const groups = new Map<string, { report: Report; year: number }[]>();
  const unassigned: string[] = [];
  input.forEach((r, i) => {
    const k = keys[i];
    if (!k) return void unassigned.push(r.file);
    const list = groups.get(k.series) ?? [];
    list.push({ report: r, year: k.year });
    groups.set(k.series, list);
  });
  if (!opts.pattern) mergeNameVariants(groups);
  const series: TrackedSeries[] = [];
  for (const [name, members] of groups) {
    // one report per year: the first given (a second report of a year is a duplicate or a revision)
    const byYear = new Map<number, Report>();
    for (const m of members.slice().sort((a, b) => a.year - b.year)) if (!byYear.has(m.year)) byYear.set(m.year, m.report);
    const years = [...byYear.keys()];
    const problems = traceProblems(years.map((y) => ({ report: byYear.get(y)!, year: y })), opts);
    const steps: TrackStep[] = [];
    for (let i = 0; i + 1 < years.length; i++) {
      // a gap in the series: the later report does not report on the plans of the earlier one
      if (years[i + 1] !== years[i] + 1) continue;
      const a = byYear.get(years[i])!;
      const b = byYear.get(years[i + 1])!;
      steps.push({ from: a.file, to: b.file, plans: followPlans(a, b, opts), problemsRepeated: problems.get(b.file) ?? [] });
    }
    series.push({ series: name, reports: years.map((y) => ({ file: byYear.get(y)!.file, year: y })), steps });
  }
  return unassigned.length ? { series, unassigned } : { series };
}

/** A name as the same body signs it in other years: 人民政府 and 政府 alike. */
const fold = (name: string) => name.replace(/人民政府$/, '政府').replace(/\s+/g, '');
/** A name that opens with a place of its own (綦江区…, not a bare 区国资委): only such a name is safe to extend. */
const PLACED = /^[\u4e00-\u9fff]{2,4}?(?:省|自治区|市|自治州|地区|盟|区|县|旗)[\u4e00-\u9fff]{2}/;

/**
 * One agency signs one year 重庆市綦江区人民政府 and the next 綦江区人民政府: series whose agency is another's name
 * without the leading province or city join it, when exactly one other name ends so. (Also how the HTML report
 * clusters reports into series.)
 */
export function mergeNameVariants<T>(groups: Map<string, T[]>): void {
  const names = [...groups.keys()];
  for (const short of names) {
    const f = fold(short);
    if (!PLACED.test(f)) continue;
    const longer = names.filter((n) => n !== short && groups.has(n) && fold(n).length > f.length && fold(n).endsWith(f));
    if (longer.length !== 1) continue;
    groups.get(longer[0])!.push(...groups.get(short)!);
    groups.delete(short);
  }
}

/** Each plan of `a` and the points of `b`'s outcome part that carry it out. */
function followPlans(a: Report, b: Report, opts: TrackOptions): PlanTrack[] {
  const pa = profileOf(a).promises;
  const pb = profileOf(b).promises;
  if (!pa || !pb) return [];
  const all = unitsOf(a, pa.plans as TemplatePart);
  // where the part numbers its plans, unnumbered paragraphs are its lead-in (为实现上述目标,重点抓好以下工作:)
  const plans = all.some((u) => u.marker) ? all.filter((u) => u.marker) : all;
  // what was done is told before what will be done: an outcome-part point after the report's own plans is a misread
  // plan (a long plans part cut in two), not evidence
  const ownPlans = b.sections.find((sec) => sec.canonical === pb.plans)?.start ?? Infinity;
  const outcomes = unitsOf(b, pb.outcomes as TemplatePart).filter((u) => u.start < ownPlans);
  const min = opts.minSimilarity ?? DEFAULT_PLAN_SIMILARITY;
  const max = opts.maxFollowUps ?? MAX_FOLLOW_UPS;
  // rarity weighs over both reports' points: what every point of either says counts for little
  const counts = [...plans, ...outcomes].map((u) => unitCounts(u.title, u.text));
  const w = weighting(counts, [...plans.map(() => 0), ...outcomes.map(() => 1)]);
  const vecs = counts.map((c) => vectorize(c, w));
  const outcomeVecs = vecs.slice(plans.length);
  // every sentence of every outcome point, in point order: sentFrom[j]..sentFrom[j+1] are point j's
  const sents: { text: string; start: number }[] = [];
  const sentFrom: number[] = [];
  for (const o of outcomes) {
    sentFrom.push(sents.length);
    for (const x of sentences(o.text)) sents.push({ text: x.text, start: o.start + x.start });
  }
  sentFrom.push(sents.length);
  const sentVecs = sents.map((x) => vectorize(bigramCounts(x.text), w));
  // dot products through postings: the work grows with shared bigrams, not with plans × points
  const byPoint = postings(outcomeVecs);
  const bySentence = postings(sentVecs);
  return plans.map((p, i) => {
    const whole = dots(vecs[i], byPoint, outcomes.length);
    const sent = dots(vecs[i], bySentence, sents.length);
    // a point counts by its whole or by its closest sentence: a review often tells many plans in one long paragraph
    const scored: { j: number; sim: number; quote: Quote }[] = [];
    for (let j = 0; j < outcomes.length; j++) {
      let best = -1;
      for (let k = sentFrom[j]; k < sentFrom[j + 1]; k++) if (best < 0 || sent[k] > sent[best]) best = k;
      const quoteSim = best < 0 ? 0 : sent[best];
      // one short sentence shares a few common words by chance (优化…平台…服务): it must be closer than a whole point
      const sim = quoteSim >= min + SENTENCE_MARGIN ? Math.max(whole[j], quoteSim) : whole[j];
      if (sim < min) continue;
      const o = outcomes[j];
      const quote =
        best < 0
          ? { quote: o.title, start: o.start, end: o.start + o.title.length, sim: 0 }
          : { quote: sents[best].text, start: sents[best].start, end: sents[best].start + sents[best].text.length, sim: quoteSim };
      scored.push({ j, sim, quote });
    }
    scored.sort((x, y) => y.sim - x.sim || outcomes[x.j].start - outcomes[y.j].start);
    return {
      marker: p.marker,
      title: p.title,
      text: p.text,
      followedBy: scored.slice(0, max).map(({ j, sim, quote }) => ({
        file: b.file,
        section: outcomes[j].section,
        quote: quote.quote,
        start: quote.start,
        end: quote.end,
        similarity: round(sim),
      })),
    };
  });
}

interface Quote {
  quote: string;
  start: number;
  end: number;
  sim: number;
}

type Postings = Map<number, { d: number[]; w: number[] }>;

function postings(vecs: Vector[]): Postings {
  const out: Postings = new Map();
  vecs.forEach((v, d) => {
    for (let n = 0; n < v.keys.length; n++) {
      let p = out.get(v.keys[n]);
      if (!p) out.set(v.keys[n], (p = { d: [], w: [] }));
      p.d.push(d);
      p.w.push(v.weights[n]);
    }
  });
  return out;
}

/** Cosine of `q` with each of `n` normalised vectors indexed in `post`. */
function dots(q: Vector, post: Postings, n: number): Float64Array {
  const acc = new Float64Array(n);
  for (let i = 0; i < q.keys.length; i++) {
    const p = post.get(q.keys[i]);
    if (!p) continue;
    const x = q.weights[i];
    for (let k = 0; k < p.d.length; k++) acc[p.d[k]] += x * p.w[k];
  }
  return acc;
}

/**
 * Problems lined up across the years of a series (at most one per year in a row, as `compare` lines up points
 * across agencies); per report, its problems that an earlier year admitted too.
 */
function traceProblems(byYear: { report: Report; year: number }[], opts: TrackOptions): Map<string, RepeatedProblem[]> {
  const units = byYear.map(({ report }) => {
    const part = profileOf(report).problemsPart;
    return part ? unitsOf(report, part as TemplatePart) : [];
  });
  const groups = alignUnits(units, { minSimilarity: opts.problemSimilarity ?? DEFAULT_PROBLEM_SIMILARITY });
  const yearOf = new Map(byYear.map((y) => [y.report.file, y.year]));
  const out = new Map<string, RepeatedProblem[]>();
  for (const g of groups) {
    if (g.units.length < 2) continue;
    const occ = g.units
      .map((u): ProblemOccurrence => ({ file: u.file, year: yearOf.get(u.file)!, marker: u.marker, text: u.text, start: u.start, end: u.end }))
      .sort((x, y) => x.year - y.year);
    // each later year's report lists the problem with its history so far
    for (let k = 1; k < occ.length; k++) {
      const upTo = occ.slice(0, k + 1);
      const list = out.get(occ[k].file) ?? [];
      list.push({ text: occ[k].text, years: upTo.map((o) => o.year), occurrences: upTo });
      out.set(occ[k].file, list);
    }
  }
  for (const list of out.values()) list.sort((x, y) => y.years.length - x.years.length || x.occurrences.at(-1)!.start - y.occurrences.at(-1)!.start);
  return out;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
