// Reading an index: the reports that pass a filter (the filter as SQL, so rows filtered out are never read), and
// the sections that hold a search query (FTS5 trigram, LIKE below three characters).
import type { Report } from '../model.js';
import { filterSql, type ReportFilter } from './filter.js';
import { openIndex, parserVersion, readMeta, type Database } from './db.js';
import { hydrate } from './store.js';

export interface IndexReader {
  path: string;
  meta: Record<string, string>;
  /** True when the index was written by another parser than this govdiff's: its reports may be stale. */
  stale: boolean;
  /** Reports in the index. */
  total(): number;
  /** Reports that pass the filter. */
  count(filter: ReportFilter | undefined): number;
  /** The reports that pass the filter, in the order they were indexed (the input order). */
  reports(filter: ReportFilter | undefined): IterableIterator<Report>;
  /** False when the trigram index is not in step with the sections (an interrupted build): search scans them. */
  ftsReady: boolean;
  /** Sections that may hold `query` (every one that does; see searchSections). */
  sections(query: string, opts: SectionQuery): IterableIterator<SectionRow>;
  close(): void;
}

export interface SectionQuery {
  filter?: ReportFilter;
  /** Only these canonical parts. */
  parts?: string[];
}

/** A section that holds the query, with what a search line shows of its report. */
export interface SectionRow {
  file: string;
  kind: string;
  agency: string | null;
  year: number | null;
  part: string;
  heading: string | null;
  /** Where the section starts in its report's text. */
  start: number;
  text: string;
}

/** Opens an index to read (CorpusError when it cannot be). */
export function readIndex(path: string): IndexReader {
  const db = openIndex(path);
  const meta = readMeta(db);
  return {
    path,
    meta,
    stale: meta.parser !== parserVersion(),
    total: () => (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n,
    count(filter) {
      const { where, params } = filterSql(filter);
      return (db.prepare(`SELECT count(*) AS n FROM reports r WHERE ${where}`).get(...params) as { n: number }).n;
    },
    *reports(filter) {
      const { where, params } = filterSql(filter);
      const rows = db.prepare(`SELECT json FROM reports r WHERE ${where} ORDER BY r.ord, r.id`).pluck().iterate(...params) as IterableIterator<string>;
      for (const json of rows) yield hydrate(json);
    },
    ftsReady: meta.fts === 'ok',
    sections: (query, opts) => searchSections(db, query, opts, meta.fts === 'ok'),
    close: () => db.close(),
  };
}

/** Whether a query is long enough for the trigram index (three characters); shorter ones are matched with LIKE. */
export function usesTrigrams(query: string): boolean {
  return [...query].length >= 3;
}

/**
 * The FTS5 query for a phrase: every trigram of it, each quoted (the index keeps no positions, see db.ts), so a
 * section found holds them all, most often as the phrase; the caller finds the phrase itself in the text.
 */
export function trigramQuery(query: string): string {
  const chars = [...query];
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return [...grams].map((g) => `"${g.replace(/"/g, '""')}"`).join(' AND ');
}

/**
 * Sections holding `query`, in the order search lines are listed (agency, year, file, section start). The trigram
 * index finds them (case-insensitive, as the trigram tokenizer folds ASCII case); a query shorter than three
 * characters cannot use it and is matched with LIKE over every section that passes the filters. The ids come
 * first, sorted, and each section's text is read only when the caller gets to it, so a --limit stops reading early.
 */
function* searchSections(db: Database, query: string, opts: SectionQuery, ftsReady: boolean): IterableIterator<SectionRow> {
  const { where, params } = filterSql(opts.filter);
  const parts = opts.parts?.length ? ` AND s.part IN (${opts.parts.map(() => '?').join(', ')})` : '';
  const partParams = opts.parts ?? [];
  const order = 'ORDER BY r.agency, r.year, r.file, s.start';
  const ids = usesTrigrams(query) && ftsReady
    ? (db
        .prepare(`SELECT s.id FROM passages p JOIN sections s ON s.id = p.rowid JOIN reports r ON r.id = s.report_id WHERE passages MATCH ? AND ${where}${parts} ${order}`)
        .pluck()
        .all(trigramQuery(query), ...params, ...partParams) as number[])
    : (db
        .prepare(`SELECT s.id FROM sections s JOIN reports r ON r.id = s.report_id WHERE s.text LIKE ? ESCAPE '\\' AND ${where}${parts} ${order}`)
        .pluck()
        .all(`%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, ...params, ...partParams) as number[]);
  const one = db.prepare(
    'SELECT r.file, r.kind, r.agency, r.year, s.part, s.heading, s.start, s.text FROM sections s JOIN reports r ON r.id = s.report_id WHERE s.id = ?',
  );
  for (const id of ids) {
    const row = one.get(id) as SectionRow | undefined;
    if (row) yield row;
  }
}
