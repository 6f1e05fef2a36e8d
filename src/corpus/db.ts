// The corpus index: an SQLite file of parsed reports. Its schema, how it is recognised, how it is opened.
//
// better-sqlite3 is a native module: it is loaded here only, and only when an index is opened (govdiff index,
// govdiff search, or an index given as an input), so the start-up of every other command is unchanged. When it
// cannot load (built for another Node), the message names the fix.
import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type BetterSqlite3 from 'better-sqlite3';

export type Database = BetterSqlite3.Database;

/** An index that cannot be used (not one, damaged, SQLite missing): one line for the user, exit 1. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Bumped when the tables change: an index of another schema is rebuilt whole by `govdiff index`. */
export const SCHEMA_VERSION = 1;

/**
 * The tables. `reports.json` is the whole Report exactly as parsing returns it (minus the `text` of sections and
 * items, which are slices of the report's text and are put back on reading; see store.ts), so a command over the
 * index gets the very Report a parse would give. The other columns are for SQL: filters, search, and people
 * querying the file with sqlite3.
 *
 * `passages` is an FTS5 table with the trigram tokenizer: Chinese has no spaces to split words at, and trigrams find
 * any substring of three characters or more. It indexes the sections' text (an item's text is a slice of its
 * section's, so indexing items too would only double the index); it is an external-content table over `sections`,
 * so the text is stored once. detail='none' keeps no positions: a query is asked as "all its trigrams in the
 * section" and the sections found are then scanned for the phrase itself (corpus/search.ts does that anyway, to
 * place each occurrence), which measured 2.5× faster to build and a third smaller than positions
 * (1,000 reports: 0.58 s against 1.42 s, 15 MB against 24 MB).
 */
const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL UNIQUE,
  ord INTEGER NOT NULL,
  hash TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  kind TEXT NOT NULL,
  agency TEXT,
  year INTEGER,
  title TEXT,
  signed TEXT,
  published TEXT,
  chars INTEGER NOT NULL,
  format TEXT,
  encoding TEXT,
  script TEXT,
  warnings INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX reports_ord ON reports (ord);
CREATE INDEX reports_year ON reports (year);
CREATE INDEX reports_kind ON reports (kind);
CREATE INDEX reports_agency ON reports (agency);
CREATE TABLE sections (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  part TEXT NOT NULL,
  heading TEXT,
  inferred INTEGER NOT NULL,
  rule TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX sections_report ON sections (report_id);
CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
  report_id INTEGER NOT NULL,
  parent_id INTEGER,
  depth INTEGER NOT NULL,
  marker TEXT,
  title TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL
);
CREATE INDEX items_section ON items (section_id);
CREATE INDEX items_report ON items (report_id);
CREATE VIRTUAL TABLE passages USING fts5 (text, content='sections', content_rowid='id', tokenize='trigram', detail='none');
`;

/**
 * Keep the trigram index in step with `sections`, row by row: for updates that change a few reports. A build that
 * writes every report drops them and rebuilds the trigram index once at the end instead ('rebuild'), which
 * measured three times faster than row by row (1,000 reports: 0.7 s against 2.0 s); meta.fts says 'ok' only when
 * the trigram index matches the sections, and search scans the sections (LIKE) when it does not (a build that was
 * interrupted; the next govdiff index rebuilds it).
 */
export const FTS_TRIGGERS = `
CREATE TRIGGER IF NOT EXISTS sections_ai AFTER INSERT ON sections BEGIN
  INSERT INTO passages (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sections_ad AFTER DELETE ON sections BEGIN
  INSERT INTO passages (passages, rowid, text) VALUES ('delete', old.id, old.text);
END;
`;

/** What marks an SQLite file (its first 16 bytes). */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether `path` is an SQLite file, by its first 16 bytes (the name does not matter). No SQLite is loaded. */
export function isSqliteFile(path: string): boolean {
  let fd: number | undefined;
  try {
    if (!statSync(path).isFile()) return false;
    fd = openSync(path, 'r');
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

let driver: typeof BetterSqlite3 | undefined;

/** better-sqlite3, loaded on first use. */
export function sqlite(): typeof BetterSqlite3 {
  if (driver) return driver;
  try {
    driver = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
    // the native part loads on the first database opened: try it now, so the message below covers it too
    new driver(':memory:').close();
    return driver;
  } catch (e) {
    driver = undefined;
    const why = ((e as Error)?.message ?? String(e)).split('\n')[0].replace(/[\s.]*Tried:\s*$/, '');
    throw new CorpusError(`the SQLite module (better-sqlite3) could not be loaded (${why}): run "npm rebuild better-sqlite3" in govdiff's folder`);
  }
}

const regexCache = new Map<string, RegExp | null>();
/** REGEXP for filters (--agency, --where key~=): JavaScript's RegExp, as over files. */
function regexp(pattern: unknown, value: unknown): number {
  if (value === null || value === undefined) return 0;
  const p = String(pattern);
  let re = regexCache.get(p);
  if (re === undefined) {
    try {
      re = new RegExp(p, 'u');
    } catch {
      re = null;
    }
    regexCache.set(p, re);
  }
  return re && re.test(String(value)) ? 1 : 0;
}

function prepare(db: Database): Database {
  db.pragma('foreign_keys = ON');
  db.function('regexp', { deterministic: true }, regexp);
  return db;
}

/** The meta table as an object. */
export function readMeta(db: Database): Record<string, string> {
  const rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Opens an existing index to read; CorpusError when it is not one govdiff can read. */
export function openIndex(path: string): Database {
  const Sqlite = sqlite();
  let db: Database;
  try {
    db = new Sqlite(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new CorpusError(`${path}: the index could not be opened (${(e as Error).message})`);
  }
  try {
    const meta = readMeta(db);
    if (meta.format !== FORMAT) throw new Error('no govdiff meta table');
    if (Number(meta.schema) !== SCHEMA_VERSION) {
      db.close();
      throw new CorpusError(`${path}: an index of another govdiff version (schema ${meta.schema}, this one reads ${SCHEMA_VERSION}): run govdiff index again`);
    }
  } catch (e) {
    if (e instanceof CorpusError) throw e;
    db.close();
    throw new CorpusError(`${path}: an SQLite database but not a govdiff index`);
  }
  return prepare(db);
}

/**
 * Opens (creating when new) an index to write. A rollback journal beside it while writing, removed at each commit:
 * each batch is one transaction, so a crash keeps every batch committed before it and the file stays one file.
 */
export function openForWrite(path: string): Database {
  const Sqlite = sqlite();
  const db = new Sqlite(path);
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = NORMAL');
  // 64 MB of page cache: the trigram index's segments and the tables' B-trees grow side by side
  db.pragma('cache_size = -65536');
  return prepare(db);
}

/** Whether an open database is a govdiff index, and of which schema (null: not one). */
export function indexSchema(db: Database): number | null {
  try {
    const meta = readMeta(db);
    return meta.format === FORMAT ? Number(meta.schema) : null;
  } catch {
    return null;
  }
}

export function createSchema(db: Database): void {
  db.exec(SCHEMA);
}

/** What the meta table's `format` says: the mark that tells a govdiff index from another database. */
export const FORMAT = 'govdiff-index';

let parserVersionCache: string | undefined;

/**
 * The version of the code that turns files into Reports: govdiff's version and a hash of the modules of the stages
 * before analysis (ingest, normalize, parse, grammar, profiles, the model). Any change to them — a release or a local
 * edit — gives another version, and `govdiff index` then re-parses every file rather than keeping stale parses.
 */
export function parserVersion(): string {
  if (parserVersionCache) return parserVersionCache;
  const here = dirname(fileURLToPath(import.meta.url));
  const base = dirname(here);
  const hash = createHash('sha1');
  const add = (path: string) => {
    hash.update(path.slice(base.length));
    hash.update(readFileSync(path));
  };
  for (const dir of ['ingest', 'normalize', 'parse', 'grammar', 'profiles']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(base, dir)).sort();
    } catch {
      continue;
    }
    for (const n of names) if (/\.(js|ts)$/.test(n) && !n.endsWith('.d.ts') && !n.endsWith('.map')) add(join(base, dir, n));
  }
  for (const n of ['model.js', 'model.ts']) {
    try {
      add(join(base, n));
    } catch {
      // the other one of the pair
    }
  }
  return (parserVersionCache = `${govdiffVersion()}+${hash.digest('hex').slice(0, 12)}`);
}

/** govdiff's version, from its package.json ('0' outside its package). */
export function govdiffVersion(): string {
  try {
    const base = dirname(dirname(fileURLToPath(import.meta.url)));
    return (JSON.parse(readFileSync(join(base, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0';
  }
}
