// The command line: global options, one module per command, errors as messages and exit codes.
import yargs from 'yargs';
import { EXIT_USAGE, EXIT_INPUT, EXIT_INTERNAL, UsageError, numberIn, maxSizeArg, describeBug } from './shared.js';
import { OutputError, describeWriteError } from './output.js';
import { STDIN_NAME } from '../ingest/index.js';

// Each command module exports { command, describe, builder, handler }; register new ones here. Only the
// command being run is loaded (each pulls in its own analyses and renderers): start-up time is the user's.
type CommandModule = { command: string };
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  parse: () => import('./parse.js').then((m) => m.parseCommand),
  check: () => import('./check.js').then((m) => m.checkCommand),
  report: () => import('./report.js').then((m) => m.reportCommand),
  compare: () => import('./compare.js').then((m) => m.compareCommand),
  matrix: () => import('./matrix.js').then((m) => m.matrixCommand),
  diff: () => import('./diff.js').then((m) => m.diffCommand),
  reuse: () => import('./reuse.js').then((m) => m.reuseCommand),
  export: () => import('./export.js').then((m) => m.exportCommand),
};

export async function main(argv: string[]): Promise<void> {
  // yargs drops a lone "-", the usual name for stdin: hand it over under another name
  const cli = yargs(argv.map((a) => (a === '-' ? STDIN_NAME : a)))
    .scriptName('govdiff')
    .usage(
      'govdiff — compare Chinese government annual reports (法治政府建设年度报告) across agencies\n\n' +
        'Usage: $0 <command> [options] <reports...>\n\n' +
        'Reports are plain text or saved web pages, UTF-8/GBK/GB18030/Big5, traditional or simplified.',
    )
    .option('json', { type: 'boolean', describe: 'print the result as JSON instead of for a person' })
    .option('color', { type: 'boolean', describe: 'colour the output (default: on a terminal, unless NO_COLOR is set)' })
    .option('width', { requiresArg: true, coerce: numberIn('width', 40, 1000, { integer: true }), describe: 'columns to fit the output to, 40–1000 (default: the terminal width)' })
    .option('ambiguous-wide', { type: 'boolean', default: false, describe: 'treat “ ” … — and box lines as two columns wide' })
    .option('encoding', { type: 'string', describe: 'decode inputs with this encoding (gbk, gb18030, big5, utf-8) instead of detecting it' })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'no progress display on stderr' })
    .option('max-size', { requiresArg: true, coerce: maxSizeArg, describe: 'skip input files larger than this (e.g. 500K, 10M, 1G; default 50M)' })
    .option('pager', { type: 'boolean', describe: 'page long output on a terminal through $GOVDIFF_PAGER, $PAGER or less (--no-pager: never)' })
    .demandCommand(1, 'Name a command: govdiff parse samples/')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version()
    // the terminal's width (COLUMNS when piped), at most 100 for reading; examples never wrap (see described())
    .wrap(Math.min(100, process.stdout.columns || Number(process.env.COLUMNS) || 80))
    .epilogue('Exit status: 0 all inputs read, 1 some input could not be read (or the output written), 2 usage error, 3 internal error (a bug).\nDocs: README.md')
    .fail((msg, err) => {
      // yargs' own errors (YError: a bad option value, from coerce) are usage errors too; anything else is not
      if (err && !(err instanceof UsageError) && err.name !== 'YError') throw err;
      const cause = (err as { cause?: unknown } | undefined)?.cause;
      process.stderr.write(`govdiff: ${cause instanceof UsageError ? cause.message : (msg ?? err?.message)}\nRun "govdiff --help" for usage.\n`);
      process.exit(EXIT_USAGE);
    });
  const named = argv.find((a) => !a.startsWith('-'));
  const wanted = named && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named]] : Object.values(COMMANDS);
  for (const c of await Promise.all(wanted.map((load) => load()))) cli.command(c as never);
  try {
    await cli.parseAsync();
  } catch (e) {
    process.stderr.write(`govdiff: ${failureMessage(e)}\n`);
    process.exitCode = e instanceof UsageError ? EXIT_USAGE : e instanceof OutputError || isWriteError(e) ? EXIT_INPUT : EXIT_INTERNAL;
  }
}

// stdout written to a full disk throws from write(): not a bug, one line
function isWriteError(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.syscall === 'write' && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** One line for the user; a stack only with GOVDIFF_DEBUG set. */
function failureMessage(e: unknown): string {
  if (e instanceof UsageError || e instanceof OutputError) return e.message;
  if (isWriteError(e)) return `the output could not be written (${describeWriteError(e)})`;
  if (process.env.GOVDIFF_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  return `internal error (${describeBug(e)}): a bug in govdiff, please report it with the command you ran`;
}
