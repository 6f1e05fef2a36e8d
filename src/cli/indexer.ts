// govdiff index DIR... -o corpus.db: parse every report once into an SQLite index that every command then reads
// in place of the files. A second run updates it: by content hash, unchanged files are not parsed again, changed
// ones are, files no longer in the inputs are removed. A new index is written beside its name and renamed into
// place when complete; an update changes the file in place, one transaction per batch of reports.
import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Argv } from 'yargs';
import { expandInputs, sourcePath, STDIN_NAME } from '../ingest/index.js';
import { readFileBytes, DEFAULT_MAX_BYTES } from '../ingest/bytes.js';
import { InputError } from '../model.js';
import { CorpusError, SCHEMA_VERSION, govdiffVersion, indexSchema, isSqliteFile, openForWrite, parserVersion, type Database } from '../corpus/db.js';
import { IndexWriter } from '../corpus/store.js';
import { OutputError, outputTarget, removeOnExit, sameFile, temporaryBeside } from './output.js';
import { makeProgress } from './progress.js';
import { InternalError, exitCode, parseBytesOf, print, UsageError, type GlobalArgs, INPUTS, described, kindArg, type Loaded } from './shared.js';

interface IndexArgs extends GlobalArgs {
  inputs: string[];
}

/** The JSON contract of `govdiff index --json`. */
export interface IndexSummary {
  index: string;
  /** Reports the index holds after this run. */
  reports: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  failed: number;
  /** Files the index held that the inputs no longer have (removed from it). */
  removedFiles: string[];
  failures: Array<{ file: string; reason: string }>;
  /** Why every file was parsed again (another parser, other options), or null. */
  reparsed: string | null;
  parser: string;
  seconds: number;
}

export const indexCommand = {
  command: 'index <inputs..>',
  describe: 'Build or update a corpus index (SQLite) of parsed reports, which every command then reads in place of the files',
  builder: (y: Argv) =>
    y
      .positional('inputs', { ...INPUTS, describe: 'report files or directories to index (read recursively)' })
      .option('out', { alias: 'o', type: 'string', requiresArg: true, describe: 'the index file to build, or to update when it exists (e.g. corpus.db)' })
      .example(described('$0 index samples/ -o corpus.db', 'index the reports in samples/ (again: only what changed)'))
      .example(described('$0 matrix corpus.db --year 2021..2023 --agency 教育', 'then any command reads the index, filtered'))
      .example(described('$0 search 法律顾问 corpus.db --section problems', 'where the reports speak of legal advisers')),
  handler: async (args: IndexArgs) => {
    const started = performance.now();
    const out = args.out;
    if (!out || out === '-') throw new UsageError('index needs --out FILE: the index to build, or to update (e.g. -o corpus.db)');
    if (args.year !== undefined || args.agency !== undefined || args.where !== undefined)
      throw new UsageError('index stores every report: filter when reading it (govdiff matrix corpus.db --year 2022)');
    kindArg(args.kind);
    for (const p of args.inputs) {
      if (p === STDIN_NAME || p === '-') throw new UsageError('index reads files and folders, not stdin: save the report to a file first');
      if (sameFile(p, out)) throw new UsageError(`${out} is one of the inputs: write the index somewhere else`);
    }
    const target = outputTarget(out);
    const exists = existsSync(target);
    if (exists && !isSqliteFile(target)) throw new UsageError(`${out} exists and is not a govdiff index: name another file (nothing was changed)`);

    // a new index (or one of another schema) is written whole beside its name, then renamed into place
    let db: Database | undefined;
    let fresh = !exists;
    if (exists) {
      db = openForWrite(target);
      const schema = indexSchema(db);
      if (schema === null) {
        db.close();
        throw new UsageError(`${out} is an SQLite database but not a govdiff index: name another file (nothing was changed)`);
      }
      if (schema !== SCHEMA_VERSION) {
        db.close();
        fresh = true;
      }
    }
    const tmp = fresh ? temporaryBeside(target) : undefined;
    const release = tmp ? removeOnExit(tmp) : undefined;
    let ok = false;
    try {
      const open = tmp ? openForWrite(tmp) : db!;
      db = open;
      const { summary, failures } = build(open, args, fresh);
      open.close();
      if (tmp) renameSync(tmp, target);
      ok = true;
      summary.seconds = Math.round((performance.now() - started) / 100) / 10;
      report(summary, failures, args);
    } catch (e) {
      if (e instanceof UsageError || e instanceof CorpusError || e instanceof OutputError) throw e;
      if ((e as Error)?.name === 'SqliteError' || (e as NodeJS.ErrnoException)?.code) throw new OutputError(out, (e as Error).message);
      throw e;
    } finally {
      if (db?.open) db.close();
      if (tmp && !ok) {
        rmSync(tmp, { force: true });
        rmSync(`${tmp}-journal`, { force: true });
      }
      release?.();
    }
  },
};

function build(db: Database, args: IndexArgs, fresh: boolean): { summary: IndexSummary; failures: Loaded['failures'] } {
  const parser = parserVersion();
  const writer = new IndexWriter(db, {
    fresh,
    parser,
    version: govdiffVersion(),
    // what else changes the Report a file gives: a change re-parses every file
    parseOptions: JSON.stringify({ kind: args.kind ?? null, encoding: args.encoding ?? null }),
  });
  const own = outputTarget(args.out!);
  const mine = (f: string) => outputTarget(f) === own || sameFile(f, own);
  const { files, errors, skipped } = expandInputs(args.inputs);
  const failures: Loaded['failures'] = [...errors];
  const maxBytes = args['max-size'] ?? DEFAULT_MAX_BYTES;
  const progress = makeProgress({ quiet: args.quiet, inputs: files.length, minInputs: 20 });
  const seen = new Set<string>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  try {
    for (const [ord, file] of files.entries()) {
      progress.count('indexing', ord + 1, files.length, file);
      if (mine(file) || seen.has(file)) continue; // the index itself, or a file named twice
      seen.add(file);
      let bytes: Uint8Array;
      try {
        bytes = readFileBytes(sourcePath(file), maxBytes, file);
      } catch (e) {
        failures.push(e instanceof InputError ? e : new InternalError(file, 'reading', e));
        writer.drop(file);
        continue;
      }
      const hash = createHash('sha1').update(bytes).digest('hex');
      if (!writer.reparseAll && writer.hashOf(file) === hash) {
        writer.keep(file, ord);
        unchanged++;
        continue;
      }
      let parsed;
      try {
        parsed = parseBytesOf(file, bytes, args);
      } catch (e) {
        failures.push(e instanceof InputError || e instanceof InternalError ? e : new InternalError(file, 'parsing', e));
        writer.drop(file);
        continue;
      }
      if (writer.has(file)) updated++;
      else added++;
      writer.put(file, ord, hash, bytes.length, parsed);
    }
    progress.phase('writing the index');
    const removedFiles = writer.finish(seen);
    const reports = writer.count();
    for (const s of skipped) if (!mine(s.file)) process.stderr.write(`govdiff: skipped ${s.file}: ${s.reason}\n`);
    const summary: IndexSummary = {
      index: args.out!,
      reports,
      added,
      updated,
      unchanged,
      removed: removedFiles.length,
      failed: failures.length,
      removedFiles,
      failures: failures.map((f) => ({ file: f.file, reason: f instanceof InputError ? f.reason : f.message.slice(f.file.length + 2) })),
      reparsed: writer.reparseReason,
      parser,
      seconds: 0,
    };
    return { summary, failures };
  } catch (e) {
    try {
      writer.commit(); // the batches done so far stay: an update interrupted by a full disk is still a usable index
    } catch {
      // the open batch is rolled back when the database closes; the ones before it stay
    }
    throw e;
  } finally {
    progress.done();
  }
}

function report(s: IndexSummary, failures: Loaded['failures'], args: IndexArgs): void {
  for (const f of failures) process.stderr.write(`govdiff: ${f instanceof InputError ? `${f.file}: ${f.reason}` : f.message}\n`);
  if (args.json) print(JSON.stringify(s, null, 2));
  else {
    if (s.reparsed) print(`re-parsed every file: ${s.reparsed}`);
    for (const f of s.removedFiles) print(`removed ${f} (no longer in the inputs)`);
    print(
      `${s.index}: ${s.reports} report${s.reports === 1 ? '' : 's'} (added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, removed ${s.removed}, failed ${s.failed}) in ${s.seconds} s`,
    );
  }
  process.exitCode = exitCode({ failures });
}
