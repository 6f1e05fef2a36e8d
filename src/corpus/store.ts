// Writing parsed reports into an index, and reading them back as the very Reports parsing gave.
//
// A report is stored as its JSON with the text of each section and item left out — each is a slice of the report's
// text (report.text.slice(start, end)), put back on reading — which makes the column about a third of the full JSON.
// Where a slice does not equal the stored text (never seen, but the model does not promise it for items) the text
// is kept as it is: what is read back is always what was stored.
import type { Item, Report, Section } from '../model.js';
import { metadataOf } from './filter.js';
import { FORMAT, FTS_TRIGGERS, SCHEMA_VERSION, createSchema, readMeta, type Database } from './db.js';

/** The report as the index stores it: JSON, with slices of the text replaced by 0. */
export function compactJson(report: Report): string {
  const text = report.text;
  return JSON.stringify(report, function (this: unknown, key: string, value: unknown) {
    if (key === 'text' && typeof value === 'string' && this !== report) {
      const h = this as { start?: unknown; end?: unknown; items?: unknown };
      if (typeof h.start === 'number' && typeof h.end === 'number' && Array.isArray(h.items) && text.slice(h.start, h.end) === value) return 0;
    }
    return value;
  });
}

/** The stored JSON back to the Report: each left-out text is the slice of the report's text it was. */
export function hydrate(json: string): Report {
  const r = JSON.parse(json) as Report;
  const fill = (node: Section | Item) => {
    if (typeof node.text === 'number') node.text = r.text.slice(node.start, node.end);
    for (const i of node.items) fill(i);
  };
  for (const s of r.sections) fill(s);
  return r;
}

export interface WriterOptions {
  /** The parser version (db.ts parserVersion()). */
  parser: string;
  /** The options that change what parsing gives (--kind, --encoding), as one string. */
  parseOptions: string;
  /** govdiff's own version, for the record. */
  version: string;
}

/** Writes per batch: this many reports, then a commit (a crash loses at most the batch being written). */
const BATCH = 250;

/**
 * Builds or updates one index. Every change goes through a transaction of up to BATCH reports; finish() commits the
 * last one and removes the files that were not seen in this run.
 */
export class IndexWriter {
  /** True when every file must be parsed again: a new index, another parser, other parse options. */
  readonly reparseAll: boolean;
  /** Why reparseAll, for the summary (null when it is false or the index is new). */
  readonly reparseReason: string | null;
  /** Every report is written this run: the trigram index is rebuilt once at the end rather than row by row. */
  private readonly bulk: boolean;
  private readonly known = new Map<string, { id: number; hash: string; ord: number }>();
  private pending = 0;
  private readonly stmts;

  constructor(
    private readonly db: Database,
    opts: WriterOptions & { fresh: boolean },
  ) {
    let ftsOk = true;
    if (opts.fresh) {
      createSchema(db);
      this.reparseAll = true;
      this.reparseReason = null;
    } else {
      const meta = readMeta(db);
      ftsOk = meta.fts === 'ok';
      this.reparseReason =
        meta.parser !== opts.parser
          ? `the parser changed (${meta.parser} → ${opts.parser})`
          : meta.options !== opts.parseOptions
            ? `the parse options changed (${meta.options} → ${opts.parseOptions})`
            : null;
      this.reparseAll = this.reparseReason !== null;
      for (const row of db.prepare('SELECT id, file, hash, ord FROM reports').all() as Array<{ id: number; file: string; hash: string; ord: number }>)
        this.known.set(row.file, { id: row.id, hash: row.hash, ord: row.ord });
    }
    this.stmts = {
      setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      report: db.prepare(
        `INSERT INTO reports (file, ord, hash, bytes, kind, agency, year, title, signed, published, chars, format, encoding, script, warnings, json)
         VALUES (@file, @ord, @hash, @bytes, @kind, @agency, @year, @title, @signed, @published, @chars, @format, @encoding, @script, @warnings, @json)`,
      ),
      section: db.prepare('INSERT INTO sections (report_id, ord, part, heading, inferred, rule, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      item: db.prepare('INSERT INTO items (section_id, report_id, parent_id, depth, marker, title, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      remove: db.prepare('DELETE FROM reports WHERE id = ?'),
      order: db.prepare('UPDATE reports SET ord = ? WHERE id = ?'),
    };
    this.bulk = this.reparseAll || !ftsOk;
    this.begin();
    if (this.bulk) {
      db.exec('DROP TRIGGER IF EXISTS sections_ai; DROP TRIGGER IF EXISTS sections_ad');
      this.stmts.setMeta.run('fts', 'stale');
    } else db.exec(FTS_TRIGGERS);
    // written first: a crash part-way leaves an index that says which parser wrote (some of) it; a run with another
    // parser re-parses everything anyway
    this.stmts.setMeta.run('format', FORMAT);
    this.stmts.setMeta.run('schema', String(SCHEMA_VERSION));
    this.stmts.setMeta.run('version', opts.version);
    this.stmts.setMeta.run('parser', opts.parser);
    this.stmts.setMeta.run('options', opts.parseOptions);
    if (opts.fresh) this.stmts.setMeta.run('created', new Date().toISOString());
  }

  /** The content hash stored for `file`, when the index holds it. */
  hashOf(file: string): string | undefined {
    return this.known.get(file)?.hash;
  }

  has(file: string): boolean {
    return this.known.has(file);
  }

  /** An unchanged file: only its place in the input order may have moved. */
  keep(file: string, ord: number): void {
    const k = this.known.get(file);
    // written only when it moved: a second run over the same folder writes nothing but the meta table
    if (k && k.ord !== ord) {
      k.ord = ord;
      this.step(() => this.stmts.order.run(ord, k.id));
    }
  }

  /** Stores a report for `file`, replacing what the index held for it. */
  put(file: string, ord: number, hash: string, bytes: number, report: Report): void {
    this.step(() => {
      this.drop(file);
      const meta = metadataOf(report);
      const id = Number(
        this.stmts.report.run({ ...meta, file, ord, hash, bytes, warnings: report.warnings.length, json: compactJson(report) }).lastInsertRowid,
      );
      for (const [i, s] of report.sections.entries()) {
        const sid = Number(this.stmts.section.run(id, i, s.canonical, s.heading, s.inferred ? 1 : 0, s.rule ?? null, s.start, s.end, s.text).lastInsertRowid);
        const items = (list: Item[], parent: number | null, depth: number) => {
          for (const it of list) {
            const iid = Number(this.stmts.item.run(sid, id, parent, depth, it.marker, it.title, it.start, it.end).lastInsertRowid);
            items(it.items, iid, depth + 1);
          }
        };
        items(s.items, null, 1);
      }
      this.known.set(file, { id, hash, ord });
    });
  }

  /** Removes what the index holds for `file` (a file that could not be read this time). */
  drop(file: string): boolean {
    const k = this.known.get(file);
    if (!k) return false;
    this.stmts.remove.run(k.id);
    this.known.delete(file);
    return true;
  }

  /** Commits the last batch and removes every file not in `seen`; returns the files removed, sorted. */
  finish(seen: Set<string>): string[] {
    const gone = [...this.known.keys()].filter((f) => !seen.has(f)).sort();
    for (const f of gone) this.step(() => this.drop(f));
    this.stmts.setMeta.run('updated', new Date().toISOString());
    this.commit();
    if (this.bulk) {
      // the trigram index from the sections in one pass, then row by row again for later updates
      this.begin();
      this.db.exec("INSERT INTO passages (passages) VALUES ('rebuild')");
      this.db.exec(FTS_TRIGGERS);
      this.stmts.setMeta.run('fts', 'ok');
      this.commit();
    }
    return gone;
  }

  /** How many reports the index holds now. */
  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  }

  /** Commits what was written so far (on an error: the batches before stay usable). */
  commit(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.pending = 0;
  }

  private begin(): void {
    if (!this.db.inTransaction) this.db.exec('BEGIN');
  }

  private step(run: () => void): void {
    this.begin();
    run();
    if (++this.pending >= BATCH) {
      this.commit();
      this.begin();
    }
  }
}
