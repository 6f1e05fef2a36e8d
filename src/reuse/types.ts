// The plain data `findReuse` returns: the documented JSON contract of `govdiff reuse --json`, plus the
// per-section figures, template groups and the settings used. Offsets are into Report.text.
import type { Canonical } from '../model.js';

export type PassageKind = 'formula' | 'copied';

export interface ReuseOccurrence {
  file: string;
  /** Canonical part of the report the passage starts in; null for a report without sections. */
  section: Canonical | null;
  start: number;
  end: number;
}

export interface ReusePassage {
  /** The passage as written in its first occurrence (input order; the baseline's in --baseline mode). */
  text: string;
  /** Length of `text` in characters (UTF-16 units). */
  chars: number;
  /** formula: a short official phrasing (≤ 15 chars, or ≤ 30 chars shared by many reports); copied: longer. */
  kind: PassageKind;
  /** One per report and place, in input order; near-exact copies differ slightly in length. */
  occurrences: ReuseOccurrence[];
}

export interface ReportReuse {
  file: string;
  agency: string | null;
  /** Length of Report.text. */
  chars: number;
  /** Characters covered by passages this report shares with another report (or the baseline). */
  reusedChars: number;
  reuseRatio: number;
}

export interface SectionReuse {
  file: string;
  section: Canonical;
  start: number;
  end: number;
  chars: number;
  reusedChars: number;
  reuseRatio: number;
}

export interface ReusePair {
  a: string;
  b: string;
  /** Characters of `a` in passages that `b` has too. */
  sharedChars: number;
  /** Share of a's characters found in b, and of b's found in a. */
  containmentA: number;
  containmentB: number;
}

/** Reports that share so much text, pair by pair, that they were filled in from one template (or each other). */
export interface TemplateGroup {
  files: string[];
  /** The smallest containment (both ways) over the pairs that link the group. */
  minContainment: number;
  /** The mean of min(containmentA, containmentB) over those pairs. */
  meanContainment: number;
}

export interface ReuseSettings {
  minChars: number;
  formulaMinChars: number;
  formulaReports: number;
  pairMaxReports: number;
  groupMinContainment: number;
  /** k-gram length and winnowing window, in folded characters. */
  k: number;
  window: number;
  baseline: string | null;
}

export interface ReuseResult {
  reports: ReportReuse[];
  passages: ReusePassage[];
  pairs: ReusePair[];
  sections: SectionReuse[];
  groups: TemplateGroup[];
  settings: ReuseSettings;
  /** Year over year per series: only with `govdiff reuse --series` (see seriesReuse). */
  series?: ReuseSeries[];
  /** With --series: reports that belong to no series (no series name or year found). */
  seriesUnassigned?: string[];
}

/** One report of a series and how much of it is found in the previous year's report of that series. */
export interface SeriesReport {
  file: string;
  year: number;
  /** The report of the nearest earlier year in the series (the one sharing most, if that year has several); null for the first. */
  previousFile: string | null;
  /** Characters of this report in passages the previous report has too. */
  sharedChars: number | null;
  /** sharedChars ÷ this report's chars. */
  containment: number | null;
}

export interface ReuseSeries {
  series: string;
  /** By year, then input order. */
  reports: SeriesReport[];
  /** Mean containment over the reports that have a previous one; null if none has. */
  meanContainment: number | null;
}

export interface ReuseOptions {
  /** Shortest passage shared by two reports (characters of Report.text). */
  minChars?: number;
  /** Shortest formula: passages this long count when `formulaReports` reports share them. */
  formulaMinChars?: number;
  /** Reports that must share a passage shorter than minChars for it to count; default max(3, 1% of reports). */
  formulaReports?: number;
  /** Passages shared by more reports than this say nothing about a pair and are left out of `pairs`. */
  pairMaxReports?: number;
  /** Pairs whose containment both ways reaches this link reports into template groups. */
  groupMinContainment?: number;
  /** Compare every report against this one only (a template, or last year's report). */
  baseline?: import('../model.js').Report;
  /** Threads for matching: default 1 (more measured no faster, for more memory). The result is the same whatever
   * the number. Workers run the built dist/ code; without it, one thread. */
  threads?: number;
  /** Called as work goes on; stage is 'index', 'match' or 'cluster'. */
  onProgress?: (stage: ReuseStage, done: number, total: number) => void;
}

export type ReuseStage = 'index' | 'match' | 'cluster';
