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
}

/** The positional every command takes: files, directories, or - for stdin (all go through loadReports). */
export const INPUTS = {
  describe: 'report files or directories (.txt .html .htm .shtml .docx .doc .pdf, read recursively), or - for stdin',
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

/** loadReports one report at a time: each goes to `visit` as soon as it is parsed and is not kept (streamed output). */
export async function eachReport(
  paths: string[],
  args: GlobalArgs,
  visit: (report: Report) => void | Promise<void>,
  progress?: Progress,
): Promise<Pick<Loaded, 'failures' | 'skipped'>> {
  kindArg(args.kind); // a wrong --kind is a usage error before any file is read
  const out = args.out && args.out !== '-' ? args.out : undefined;
  if (out) {
    for (const p of paths) {
      if (p !== STDIN_NAME && p !== '-' && sameFile(p, out)) throw new UsageError(`${out} is one of the inputs: write the output somewhere else`);
    }
  }
  const { files, errors, skipped } = expandInputs(paths);
  const own = out ? outputTarget(out) : undefined;
  // the pages an earlier `report --layout split` wrote beside the output are its own too
  const ownDir = out ? outputTarget(partsDirOf(out)) + sep : undefined;
  const mine = (f: string) => own !== undefined && (outputTarget(f) === own || sameFile(f, own) || (outputTarget(f).startsWith(ownDir!) && writtenByGovdiff(f)));
  for (const f of files) {
    if (mine(f) && !writtenByGovdiff(f)) throw new UsageError(`${out} is one of the inputs${f === out ? '' : ` (found as ${f})`}: write the output somewhere else`);
  }
  const failures: Loaded['failures'] = [...errors];
  const maxBytes = args['max-size'] ?? DEFAULT_MAX_BYTES;
  const show = progress ?? makeProgress({ quiet: args.quiet, inputs: files.length, minInputs: PROGRESS_MIN_INPUTS });
  for (const [i, file] of files.entries()) {
    show.count('reading', i + 1, files.length, file);
    if (mine(file)) continue;
    let report: Report;
    try {
      report = await loadOne(file, args, maxBytes);
    } catch (e) {
      failures.push(e instanceof InputError || e instanceof InternalError ? e : new InternalError(file, 'reading', e));
      continue;
    }
    await visit(report); // outside the try: a failed write is not a bad input
  }
  if (!progress) show.done();
  for (const s of skipped) process.stderr.write(`govdiff: skipped ${s.file}: ${s.reason}\n`);
  for (const f of failures) process.stderr.write(`govdiff: ${f instanceof InputError ? `${f.file}: ${f.reason}` : f.message}\n`);
  return { failures, skipped };
}

/** One input through each stage; an error that is not about the input is a bug, named with its stage. */
async function loadOne(file: string, args: GlobalArgs, maxBytes: number): Promise<Report> {
  const bytes = file === STDIN_NAME ? await readStreamBytes(STDIN_NAME, process.stdin, maxBytes) : readFileBytes(sourcePath(file), maxBytes, file);
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
