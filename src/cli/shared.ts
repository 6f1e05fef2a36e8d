// What every command does with its inputs: expand paths, read and parse each, report failures, keep going; and
// where its result goes: stdout (through a pager on a terminal) or a file written safely.
import { closeSync, openSync, readSync } from 'node:fs';
import type { Argv } from 'yargs';
import type { Report } from '../model.js';
import { InputError } from '../model.js';
import { expandInputs, decodeReport, sourcePath, STDIN_NAME, type Skipped } from '../ingest/index.js';
import { readFileBytes, readStreamBytes, DEFAULT_MAX_BYTES } from '../ingest/bytes.js';
import { parseDecoded } from '../parse/index.js';
import { PROFILES, kindsOf } from '../profiles/index.js';
import { makeContext, type RenderContext } from '../render/context.js';
import { sep } from 'node:path';
import { writeOutputFile, sameFile, outputTarget, partsDirOf } from './output.js';
import { makeProgress, type Progress } from './progress.js';
import { page, pagerCommand } from './pager.js';
import { once } from 'node:events';
import { filterFrom, matchesReport, FilterError, type FilterArgs, type ReportFilter } from '../corpus/filter.js';
import { isSqliteFile } from '../corpus/db.js';

export interface GlobalArgs {
  json?: boolean;
  color?: boolean;
  width?: number;
  encoding?: string;
  quiet?: boolean;
  'ambiguous-wide'?: boolean;
  'max-size'?: number;
  pager?: boolean;
  /** --kind: read every report as this kind instead of detecting it */
  kind?: string;
  /** -o/--out: the file the result goes to, on the commands that write one */
  out?: string;
  /** --year 2021 | 2021..2023 | 2021.. | ..2023: only reports of those years */
  year?: string | number;
  /** --agency REGEX: only reports whose agency matches */
  agency?: string;
  /** --where KEY=VALUE (also !=, ~=, <, <=, >, >=), repeatable: only reports whose metadata match */
  where?: string | string[];
}

/** The positional every command takes: files, directories, or - for stdin (all go through loadReports). */
export const INPUTS = {
  describe: 'report files or directories (.txt .html .htm .shtml .docx .doc .pdf, read recursively), a govdiff index (govdiff index), or - for stdin',
  type: 'string',
  array: true,
} as const;

/** A bug in govdiff met while handling one file: reported as such, never as an unreadable input. */
export class InternalError extends Error {
  constructor(
    readonly file: string,
    readonly stage: string,
    override readonly cause: unknown,
  ) {
    super(`${file}: internal error while ${stage} (${describeBug(cause)}): a bug in govdiff, please report it with this file`);
    this.name = 'InternalError';
  }
}

export interface Loaded {
  reports: Report[];
  failures: Array<InputError | InternalError>;
  /** Files inside the directories given that were not read, and why (dotfiles, other extensions, symlink loops). */
  skipped: Skipped[];
}

import { EXIT_INPUT, EXIT_INTERNAL, UsageError, describeBug } from './usage.js';
export { EXIT_INPUT, EXIT_USAGE, EXIT_INTERNAL, UsageError, describeBug, numberIn, maxSizeArg } from './usage.js';

/** Progress lines show from this many inputs: smaller runs finish before a line could be read. */
const PROGRESS_MIN_INPUTS = 20;

/** What govdiff's HTML pages carry in their head (render/html.ts, render/reuse.ts). */
const GENERATOR_MARK = '<meta name="generator" content="govdiff">';

/** Whether a file is a page an earlier govdiff run wrote (its first 4 KB carry the generator mark). */
export function writtenByGovdiff(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(4096);
      return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8').includes(GENERATOR_MARK);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Reads and parses every input; a bad file is reported on stderr and skipped, the others go on. The run's own
 * output file (args.out) is never read nor overwritten when it is an input: named, or found in a folder, it is a
 * usage error — unless it is a page an earlier run wrote there (report dir --out dir/report.html), which is passed over.
 */
export async function loadReports(paths: string[], args: GlobalArgs, progress?: Progress): Promise<Loaded> {
  const reports: Report[] = [];
  const { failures, skipped } = await eachReport(paths, args, (r) => void reports.push(r), progress);
  return { reports, failures, skipped };
}

/**
 * The run's filters (--year, --agency, --where; --kind too over an index), checked before anything is read: a bad
 * one is a usage error. `index` says which input the filter is for: over report files --kind is not a filter but
 * the kind to read every report as (see kindArg).
 */
export function filterArg(args: GlobalArgs, over: 'files' | 'index'): ReportFilter | undefined {
  try {
    return filterFrom(args as FilterArgs, { kindFilters: over === 'index' });
  } catch (e) {
    if (e instanceof FilterError) throw new UsageError(e.message);
    throw e;
  }
}

/** A path that is a govdiff index (an SQLite file: by its first bytes, whatever its name), not a report. */
export function isIndexPath(p: string): boolean {
  return p !== STDIN_NAME && p !== '-' && isSqliteFile(p);
}

type Group = { index: string } | { files: string[] };

/**
 * loadReports one report at a time: each goes to `visit` as soon as it is parsed and is not kept (streamed output).
 * An input that is a govdiff index gives its stored reports instead (nothing is parsed again), in the order they
 * were indexed; the filters become its SQL, so reports filtered out are not even read. Over report files the
 * filters apply after parsing. Either way a report filtered out is not an error: one line on stderr says how many
 * matched (unless --quiet).
 */
export async function eachReport(
  paths: string[],
  args: GlobalArgs,
  visit: (report: Report) => void | Promise<void>,
  progress?: Progress,
): Promise<Pick<Loaded, 'failures' | 'skipped'>> {
  kindArg(args.kind); // a wrong --kind is a usage error before any file is read
  const fileFilter = filterArg(args, 'files');
  const indexFilter = filterArg(args, 'index');
  const out = args.out && args.out !== '-' ? args.out : undefined;
  if (out) {
    for (const p of paths) {
      if (p !== STDIN_NAME && p !== '-' && sameFile(p, out)) throw new UsageError(`${out} is one of the inputs: write the output somewhere else`);
    }
  }
  // indexes apart, the rest expanded as before (in the order given)
  const groups: Group[] = [];
  const failures: Loaded['failures'] = [];
  const skipped: Skipped[] = [];
  for (const p of paths) {
    if (isIndexPath(p)) groups.push({ index: p });
    else {
      const last = groups.at(-1);
      if (last && 'files' in last) last.files.push(p);
      else groups.push({ files: [p] });
    }
  }
  const own = out ? outputTarget(out) : undefined;
  // the pages an earlier `report --layout split` wrote beside the output are its own too
  const ownDir = out ? outputTarget(partsDirOf(out)) + sep : undefined;
  const mine = (f: string) => own !== undefined && (outputTarget(f) === own || sameFile(f, own) || (outputTarget(f).startsWith(ownDir!) && writtenByGovdiff(f)));
  let fileCount = 0;
  for (const g of groups) {
    if (!('files' in g)) continue;
    const expanded = expandInputs(g.files);
    g.files = expanded.files;
    failures.push(...expanded.errors);
    skipped.push(...expanded.skipped);
    fileCount += g.files.length;
    for (const f of g.files) {
      if (mine(f) && !writtenByGovdiff(f)) throw new UsageError(`${out} is one of the inputs${f === out ? '' : ` (found as ${f})`}: write the output somewhere else`);
    }
  }
  const maxBytes = args['max-size'] ?? DEFAULT_MAX_BYTES;
  const show = progress ?? makeProgress({ quiet: args.quiet, inputs: fileCount || Infinity, minInputs: PROGRESS_MIN_INPUTS });
  let seen = 0;
  let matched = 0;
  let done = 0;
  for (const g of groups) {
    if ('index' in g) {
      const { readIndex } = await import('../corpus/query.js');
      let reader;
      try {
        reader = readIndex(g.index);
      } catch (e) {
        failures.push(corpusFailure(g.index, e));
        continue;
      }
      try {
        if (reader.stale && !args.quiet)
          process.stderr.write(`govdiff: ${g.index}: indexed by another version of the parser (${reader.meta.parser}); run govdiff index again to parse its files anew\n`);
        const total = reader.total();
        const count = indexFilter ? reader.count(indexFilter) : total;
        seen += total;
        let i = 0;
        for (const report of reader.reports(indexFilter)) {
          show.count('reading', ++i, count, report.file);
          matched++;
          await visit(report);
        }
      } finally {
        reader.close();
      }
      continue;
    }
    for (const file of g.files) {
      show.count('reading', ++done, fileCount, file);
      if (mine(file)) continue;
      let report: Report;
      try {
        report = await loadOne(file, args, maxBytes);
      } catch (e) {
        failures.push(e instanceof InputError || e instanceof InternalError ? e : new InternalError(file, 'reading', e));
        continue;
      }
      seen++;
      if (!matchesReport(report, fileFilter)) continue;
      matched++;
      await visit(report); // outside the try: a failed write is not a bad input
    }
  }
  if (!progress) show.done();
  for (const s of skipped) process.stderr.write(`govdiff: skipped ${s.file}: ${s.reason}\n`);
  for (const f of failures) process.stderr.write(`govdiff: ${f instanceof InputError ? `${f.file}: ${f.reason}` : f.message}\n`);
  if ((fileFilter || indexFilter) && !args.quiet) process.stderr.write(`govdiff: ${matched} of ${seen} reports match the filters\n`);
  return { failures, skipped };
}

/** An index that cannot be read is an input that cannot be read (exit 1), named with the reason; a bug is a bug. */
export function corpusFailure(path: string, e: unknown): InputError | InternalError {
  if ((e as Error)?.name === 'CorpusError') {
    const msg = (e as Error).message;
    return new InputError(path, msg.startsWith(`${path}: `) ? msg.slice(path.length + 2) : msg);
  }
  return new InternalError(path, 'reading the index', e);
}

/** One input through each stage; an error that is not about the input is a bug, named with its stage. */
async function loadOne(file: string, args: GlobalArgs, maxBytes: number): Promise<Report> {
  const bytes = file === STDIN_NAME ? await readStreamBytes(STDIN_NAME, process.stdin, maxBytes) : readFileBytes(sourcePath(file), maxBytes, file);
  return parseBytesOf(file, bytes, args);
}

/** A file's bytes, decoded and parsed as every command reads them (govdiff index reads the bytes itself, to hash them). */
export function parseBytesOf(file: string, bytes: Uint8Array, args: GlobalArgs): Report {
  const decoded = stage(file, 'decoding', () => decodeReport(file, bytes, { encoding: args.encoding }));
  return stage(file, 'parsing', () => parseDecoded(decoded, { profile: kindArg(args.kind) }));
}

function stage<T>(file: string, name: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InternalError(file, name, e);
  }
}

/** --kind fazhi|xxgk|gov-work → its profile; undefined to detect each report's kind. */
export function kindArg(kind: string | undefined) {
  if (kind === undefined) return undefined;
  const p = Object.hasOwn(PROFILES, kind) ? PROFILES[kind] : undefined;
  if (!p) throw new UsageError(`--kind takes one of ${Object.keys(PROFILES).join(', ')}, not "${kind}"`);
  return p;
}

/** Reports lined up part by part must be of one kind: their parts differ otherwise. */
export function requireOneKind(reports: Report[]): void {
  const kinds = kindsOf(reports);
  if (kinds.length > 1)
    throw new UsageError(
      `the reports are of different kinds (${kinds.map((k) => `${k}: ${reports.filter((r) => r.kind === k).length}`).join(', ')}): compare one kind at a time, or read them all as one with --kind`,
    );
}

export function contextFor(args: GlobalArgs): RenderContext {
  return makeContext({ color: args.color, width: args.width, ambiguousWide: args['ambiguous-wide'] });
}

/** Prints to stdout, ending with a newline. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

/**
 * A command's result: to -o/--out (written safely), else through the pager on a terminal, else to stdout. A string
 * gets its final newline here; chunks (a result streamed as it is made) are written as they come, as given.
 */
export async function emit(result: string | Iterable<string> | AsyncIterable<string>, args: GlobalArgs): Promise<void> {
  const data = typeof result === 'string' ? (result.endsWith('\n') ? result : result + '\n') : result;
  if (args.out && args.out !== '-') return writeOutputFile(args.out, data);
  if (typeof data === 'string') {
    if (!page(data, { pager: args.pager })) process.stdout.write(data);
    return;
  }
  const chunks: string[] = [];
  const paging = pagerCommand({ pager: args.pager }) !== null;
  for await (const chunk of data) {
    if (paging) chunks.push(chunk);
    // a slow reader (a pipe) holds the writer back instead of the whole result piling up in memory
    else if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
  if (paging && !page(chunks.join(''), { pager: args.pager })) process.stdout.write(chunks.join(''));
}

/** The output options every command that writes shares; `formats` when it has more than one. */
export function outputOptions<T>(y: Argv<T>, formats?: { choices: readonly string[]; describe: string }, csv = false) {
  let o = y
    .option('out', {
      alias: 'o',
      type: 'string',
      describe: 'write to this file instead of stdout (whole or not at all; never one of the inputs)',
    })
    // matrix's old spelling still works, but help shows one
    .option('output', { type: 'string', hidden: true })
    .middleware((argv: { out?: string; output?: string }) => {
      if (argv.output !== undefined && argv.out === undefined) argv.out = argv.output;
    });
  if (formats) o = o.option('format', { alias: 'f', choices: formats.choices, describe: formats.describe });
  if (csv) o = o.option('bom', { type: 'boolean', describe: 'CSV: start with a byte-order mark so Excel reads the Chinese right' });
  return o;
}

/**
 * A help example as two lines, `# what it does` and the command alone: yargs would wrap a long command beside its
 * description mid-way at 80 columns, and a pasted first half runs the wrong command.
 */
export function described(command: string, what: string): [string, string][] {
  return [
    [`# ${what}`, ''],
    [command, ''],
  ];
}

/** 3 when some file met a bug, 1 when some could not be read, else 0. */
export function exitCode(loaded: Pick<Loaded, 'failures'>): number {
  if (loaded.failures.some((f) => f instanceof InternalError)) return EXIT_INTERNAL;
  return loaded.failures.length ? EXIT_INPUT : 0;
}

/** --series-pattern as a RegExp with the named groups series and year (track and reuse). */
export function seriesPatternArg(source: string): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(source, 'u');
  } catch (e) {
    throw new UsageError(`--series-pattern is not a valid regular expression: ${(e as Error).message}`);
  }
  const names = Object.keys(new RegExp(`(?:${source})|`, 'u').exec('')?.groups ?? {});
  for (const g of ['series', 'year']) if (!names.includes(g)) throw new UsageError(`--series-pattern needs a named group (?<${g}>…)`);
  return re;
}
