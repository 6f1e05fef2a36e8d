// Year over year within a series (one agency's reports across years): how much of each report is found in the
// previous year's report of the same series. Computed from the passages `findReuse` returned, over every passage
// two consecutive reports share — not only those few enough reports share to count toward `pairs`.
import type { Report } from '../model.js';
import type { ReuseResult, ReuseSeries, SeriesReport } from './types.js';

export interface SeriesKey {
  series: string;
  year: number;
}

/** A file's base name, without its directories. */
const baseName = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/**
 * The series and year of each report: from `pattern`'s named groups `series` and `year` matched against the
 * file's base name, or else from the parsed agency and year. null when either is missing.
 */
export function seriesKeys(reports: Report[], pattern?: RegExp): (SeriesKey | null)[] {
  return reports.map((r) => {
    if (pattern) {
      const g = pattern.exec(baseName(r.file))?.groups;
      const year = Number(g?.year);
      const series = g?.series?.trim();
      return series && Number.isInteger(year) ? { series, year } : null;
    }
    return r.meta.agency && r.meta.year !== null ? { series: r.meta.agency, year: r.meta.year } : null;
  });
}

export interface SeriesResult {
  series: ReuseSeries[];
  /** Reports with no series or year (the pattern did not match, or the parser found no agency or year). */
  unassigned: string[];
}

/**
 * Per series (in order of first appearance), its reports by year; each with the share of its characters found in
 * the previous year's report of the series (the nearest earlier year present; when that year has several reports,
 * the one sharing most).
 */
export function seriesReuse(reports: Report[], result: ReuseResult, keys: (SeriesKey | null)[]): SeriesResult {
  const index = new Map(reports.map((r, i) => [r.file, i]));
  // per report: passage index → its spans in that passage
  const spansOf: Map<number, number[]>[] = reports.map(() => new Map());
  result.passages.forEach((p, pi) => {
    for (const o of p.occurrences) {
      const d = index.get(o.file);
      if (d === undefined) continue; // the baseline
      const list = spansOf[d].get(pi);
      if (list) list.push(o.start, o.end);
      else spansOf[d].set(pi, [o.start, o.end]);
    }
  });
  /** Characters of `cur` in passages `prev` has too. */
  const shared = (cur: number, prev: number) => {
    const flat: number[] = [];
    for (const [pi, spans] of spansOf[cur]) if (spansOf[prev].has(pi)) flat.push(...spans);
    return coveredLength(flat);
  };

  const groups = new Map<string, number[]>();
  const unassigned: string[] = [];
  keys.forEach((k, d) => {
    if (!k) return void unassigned.push(reports[d].file);
    const list = groups.get(k.series);
    if (list) list.push(d);
    else groups.set(k.series, [d]);
  });

  const series: ReuseSeries[] = [];
  for (const [name, members] of groups) {
    const byYear = members.slice().sort((x, y) => keys[x]!.year - keys[y]!.year || x - y);
    const rows: SeriesReport[] = [];
    for (const d of byYear) {
      const year = keys[d]!.year;
      const earlier = byYear.filter((e) => keys[e]!.year < year);
      const prevYear = earlier.length ? keys[earlier[earlier.length - 1]]!.year : null;
      let best: { d: number; chars: number } | null = null;
      for (const e of earlier) {
        if (keys[e]!.year !== prevYear) continue;
        const chars = shared(d, e);
        if (!best || chars > best.chars) best = { d: e, chars };
      }
      const len = reports[d].text.length;
      rows.push({
        file: reports[d].file,
        year,
        previousFile: best ? reports[best.d].file : null,
        sharedChars: best ? best.chars : null,
        containment: best ? round(len > 0 ? best.chars / len : 0) : null,
      });
    }
    const measured = rows.filter((r) => r.containment !== null).map((r) => r.containment!);
    series.push({
      series: name,
      reports: rows,
      meanContainment: measured.length ? round(measured.reduce((s, v) => s + v, 0) / measured.length) : null,
    });
  }
  return { series, unassigned };
}

/** Characters covered by a flat list of [start, end) spans that may overlap. */
function coveredLength(flat: number[]): number {
  const idx: number[] = [];
  for (let i = 0; i < flat.length; i += 2) idx.push(i);
  idx.sort((x, y) => flat[x] - flat[y]);
  let n = 0;
  let end = -1;
  for (const i of idx) {
    const s = Math.max(flat[i], end);
    if (flat[i + 1] > s) {
      n += flat[i + 1] - s;
      end = flat[i + 1];
    }
  }
  return n;
}

const round = (v: number) => Math.round(v * 10000) / 10000;
