// What every command does with its inputs: expand paths, read and parse each, report failures, keep going.
import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { Report } from '../model.js';
import { InputError } from '../model.js';
import { expandInputs, readInput } from '../ingest/index.js';
import { parseDecoded } from '../parse/index.js';
import { makeContext, type RenderContext } from '../render/context.js';

export interface GlobalArgs {
  json?: boolean;
  color?: boolean;
  width?: number;
  encoding?: string;
  quiet?: boolean;
  'ambiguous-wide'?: boolean;
}

/** The positional every command takes: files, directories, or - for stdin (all go through loadReports). */
export const INPUTS = {
  describe: 'report files or directories (.txt .html .htm, read recursively), or - for stdin',
  type: 'string',
  array: true,
} as const;

export interface Loaded {
  reports: Report[];
  failures: InputError[];
}

/** Exit status when some input could not be read. */
export const EXIT_INPUT = 1;
export { EXIT_USAGE, UsageError } from './usage.js';

/** Reads and parses every input; a bad file is reported on stderr and skipped, the others go on. */
export function loadReports(paths: string[], args: GlobalArgs): Loaded {
  const reports: Report[] = [];
  const each = eachReport(paths, args);
  for (let r = each.next(); ; r = each.next()) {
    if (r.done) return { reports, failures: r.value.failures };
    reports.push(r.value);
  }
}

/** loadReports one report at a time: each is yielded as soon as it is parsed and not kept (streamed output); the
 * failures come back when it is done. */
export function* eachReport(paths: string[], args: GlobalArgs): Generator<Report, Pick<Loaded, 'failures'>, void> {
  const { files, errors } = expandInputs(paths);
  const failures: InputError[] = [...errors];
  const progress = makeProgress(files.length, args.quiet);
  for (const [i, file] of files.entries()) {
    progress(i, file);
    let report: Report;
    try {
      report = parseDecoded(readInput(file, { encoding: args.encoding }));
    } catch (e) {
      failures.push(e instanceof InputError ? e : new InputError(file, `could not be parsed: ${(e as Error).message}`));
      continue;
    }
    yield report; // outside the try: a failed write is not a bad input
  }
  progress(files.length, '');
  for (const f of failures) process.stderr.write(`govdiff: ${f.file}: ${f.reason}\n`);
  return { failures };
}

/** A one-line counter on stderr for long runs, only when stderr is a terminal. */
export function makeProgress(total: number, quiet?: boolean): (done: number, what: string) => void {
  const tty = process.stderr.isTTY && !quiet && total >= 20;
  if (!tty) return () => {};
  let last = 0;
  return (done, what) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const cols = process.stderr.columns || 80;
    const line = done >= total ? '' : `reading ${done + 1}/${total} ${what}`.slice(0, cols - 1);
    process.stderr.write(`\r\x1b[2K${line}`);
  };
}

export function contextFor(args: GlobalArgs): RenderContext {
  return makeContext({ color: args.color, width: args.width, ambiguousWide: args['ambiguous-wide'] });
}

/** Writes a file whole or not at all: a temporary file beside it, renamed into place. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw e;
  }
}

/** Prints to stdout, ending with a newline. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

export function exitCode(loaded: Pick<Loaded, 'failures'>): number {
  return loaded.failures.length ? EXIT_INPUT : 0;
}
