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
import { unitsOf, sentences, type Unit } from '../compare/units.js';
import { alignUnits, DEFAULT_MIN_SIMILARITY } from '../compare/align.js';
import { cosine, unitCounts, bigramCounts, vectorize, weighting } from '../compare/similarity.js';
import { profileOf } from '../profiles/profile-of.js';

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

/** Each plan of `a` and the points of `b`'s outcome part that carry it out. */
function followPlans(a: Report, b: Report, opts: TrackOptions): PlanTrack[] {
  const pa = profileOf(a).promises;
  const pb = profileOf(b).promises;
  if (!pa || !pb) return [];
  const all = unitsOf(a, pa.plans as TemplatePart);
  // where the part numbers its plans, unnumbered paragraphs are its lead-in (为实现上述目标,重点抓好以下工作:)
  const plans = all.some((u) => u.marker) ? all.filter((u) => u.marker) : all;
  const outcomes = unitsOf(b, pb.outcomes as TemplatePart);
  const min = opts.minSimilarity ?? DEFAULT_PLAN_SIMILARITY;
  const max = opts.maxFollowUps ?? MAX_FOLLOW_UPS;
  // rarity weighs over both reports' points: what every point of either says counts for little
  const counts = [...plans, ...outcomes].map((u) => unitCounts(u.title, u.text));
  const w = weighting(counts, [...plans.map(() => 0), ...outcomes.map(() => 1)]);
  const vecs = counts.map((c) => vectorize(c, w));
  return plans.map((p, i) => {
    const scored = outcomes
      .map((o, j) => ({ o, sim: cosine(vecs[i], vecs[plans.length + j]) }))
      .filter((x) => x.sim >= min)
      .sort((x, y) => y.sim - x.sim || x.o.start - y.o.start)
      .slice(0, max);
    return {
      marker: p.marker,
      title: p.title,
      text: p.text,
      followedBy: scored.map(({ o, sim }) => ({ file: b.file, section: o.section, ...bestSentence(o, vecs[i], w), similarity: round(sim) })),
    };
  });
}

/** The sentence of a point closest to the plan: the evidence a reader checks. */
function bestSentence(o: Unit, plan: ReturnType<typeof vectorize>, w: ReturnType<typeof weighting>): { quote: string; start: number; end: number } {
  let best = { quote: o.title, start: o.start, end: o.start + o.title.length, sim: -1 };
  for (const s of sentences(o.text)) {
    const sim = cosine(plan, vectorize(bigramCounts(s.text), w));
    if (sim > best.sim) best = { quote: s.text, start: o.start + s.start, end: o.start + s.start + s.text.length, sim };
  }
  return { quote: best.quote, start: best.start, end: best.end };
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
