// The coverage matrix: rows are topics (or aligned item groups) per section, columns are agencies, each cell says
// whether and how often the agency reported it, with the evidence.
import type { Report, TemplatePart } from '../model.js';
import type { Topic } from '../profiles/types.js';
import { commonProfile } from '../profiles/index.js';
import { compareReports, columnsOf, orderReports, inputOrder, type Column, type CompareOptions } from './compare.js';
import { compileTopics, mentionsIn, topicApplies } from './topics.js';
import { unitsOf } from './units.js';

/** A unit that speaks of the row's topic (or belongs to the row's group). */
export interface Evidence {
  marker: string | null;
  /** The unit's title: what a reader looks for in the report. */
  title: string;
  /** The sentence that mentions the topic (for item rows: the unit's first sentence). */
  quote: string;
  /** The unit only says the thing did not happen (未制定规范性文件). */
  negated: boolean;
  /** Offsets of the unit in Report.text. */
  start: number;
  end: number;
}

export interface MatrixCell {
  file: string;
  /** Units that report the row's topic (negated mentions not counted). */
  count: number;
  /** Units that mention it only to say it did not happen. */
  negated: number;
  evidence: Evidence[];
}

export interface MatrixRow {
  section: TemplatePart;
  /** Topic id; for item rows the topic most of the group speaks of, or null. */
  topic: string | null;
  label: string;
  /** One per column, in column order. */
  cells: MatrixCell[];
}

export interface Matrix {
  columns: Column[];
  rows: MatrixRow[];
}

export interface MatrixOptions extends CompareOptions {
  by?: 'topic' | 'item';
  /** Keep topic rows no report mentions (default: leave them out). */
  empty?: boolean;
}

export function buildMatrix(input: Report[], opts: MatrixOptions = {}): Matrix {
  return opts.by === 'item' ? itemMatrix(input, opts) : topicMatrix(input, opts);
}

function topicMatrix(input: Report[], opts: MatrixOptions): Matrix {
  const reports = orderReports(input);
  const columns = columnsOf(reports);
  const topics = compileTopics(opts.topics ?? commonProfile(reports).topics);
  const rows: MatrixRow[] = [];
  for (const section of opts.sections ?? commonProfile(reports).order) {
    const applicable = topics.filter((t) => topicApplies(t.topic, section));
    // cells[topic][report]
    const cells = applicable.map(() => reports.map((r): MatrixCell => ({ file: r.file, count: 0, negated: 0, evidence: [] })));
    reports.forEach((r, ri) => {
      for (const u of unitsOf(r, section)) {
        const ms = mentionsIn(u, applicable);
        applicable.forEach((t, ti) => {
          const mine = ms.filter((m) => m.topic === t.topic.id);
          if (!mine.length) return;
          const cell = cells[ti][ri];
          const base = { marker: u.marker, title: u.title, start: u.start, end: u.end };
          const yes = mine.find((m) => !m.negated);
          const no = mine.find((m) => m.negated);
          if (yes) cell.count++, cell.evidence.push({ ...base, quote: yes.quote, negated: false });
          if (no) cell.negated++, cell.evidence.push({ ...base, quote: no.quote, negated: true });
        });
      }
    });
    applicable.forEach((t, ti) => {
      if (!opts.empty && cells[ti].every((c) => !c.count && !c.negated)) return;
      rows.push({ section, topic: t.topic.id, label: t.topic.label, cells: cells[ti] });
    });
  }
  const given = inputOrder(input);
  return { columns: given(columns), rows: rows.map((row) => ({ ...row, cells: given(row.cells) })) };
}

function itemMatrix(input: Report[], opts: MatrixOptions): Matrix {
  const cmp = compareReports(input, opts);
  const rows = cmp.sections.flatMap((s) =>
    s.rows.map(
      (row): MatrixRow => ({
        section: s.section,
        topic: row.topic,
        label: row.label,
        cells: row.cells.map((c) => ({
          file: c.file,
          count: c.units.length,
          negated: 0,
          evidence: c.units.map((u) => ({ marker: u.marker, title: u.title, quote: u.title, negated: false, start: u.start, end: u.end })),
        })),
      }),
    ),
  );
  return { columns: cmp.columns, rows };
}

export type { Topic };
