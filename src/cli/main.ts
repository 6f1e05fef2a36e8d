// The command line: global options, one module per command, errors as messages and exit codes.
import yargs from 'yargs';
import { EXIT_USAGE, EXIT_INPUT, EXIT_INTERNAL, UsageError, numberIn, maxSizeArg, describeBug } from './usage.js';
import { OutputError, describeWriteError } from './output.js';

// Each command module exports { command, describe, builder, handler }; register new ones here, with the same
// command and describe (a test holds them equal). Only the command being run is loaded: each pulls in its own
// analyses and renderers (compare, reuse, the HTML report…), and start-up time is the user's. Listing the commands
// (govdiff --help, a usage error) needs only these names, so it loads none of them.
type CommandModule = { command: string; describe: string };
interface CommandEntry {
  command: string;
  describe: string;
  load: () => Promise<CommandModule>;
}
export const COMMANDS: Record<string, CommandEntry> = {
  parse: { command: 'parse <inputs..>', describe: 'Read, clean and split reports into canonical sections', load: () => import('./parse.js').then((m) => m.parseCommand) },
  check: {
    command: 'check <inputs..>',
    describe: 'Check each report against the rules of its kind: the mandated parts, their order, names, dates, the publication deadline',
    load: () => import('./check.js').then((m) => m.checkCommand),
  },
  report: { command: 'report <inputs..>', describe: 'Write an HTML comparison: one self-contained page, or for many reports an overview and a folder of pages beside it', load: () => import('./report.js').then((m) => m.reportCommand) },
  compare: { command: 'compare <inputs..>', describe: 'Show reports side by side, part by part, with like points on one row', load: () => import('./compare.js').then((m) => m.compareCommand) },
  matrix: { command: 'matrix <inputs..>', describe: 'Tabulate which agency reported which topic (or aligned point), with evidence', load: () => import('./matrix.js').then((m) => m.matrixCommand) },
  diff: { command: 'diff <a> <b>', describe: 'Two reports side by side: parts paired, like points paired, changed words marked', load: () => import('./diff.js').then((m) => m.diffCommand) },
  reuse: {
    command: 'reuse <inputs..>',
    describe: 'Find text shared between reports: formulae, copied passages, reuse per report and pair',
    load: () => import('./reuse.js').then((m) => m.reuseCommand),
  },
  track: {
    command: 'track <inputs..>',
    describe: 'One agency across years: which plans the next year’s report followed up, which problems it admits again',
    load: () => import('./track.js').then((m) => m.trackCommand),
  },
  figures: { command: 'figures <inputs..>', describe: 'The numbers each report gives (件, 人次, %, 万元…), with their sentences; side by side across reports', load: () => import('./figures.js').then((m) => m.figuresCommand) },
  export: { command: 'export <inputs..>', describe: 'Write the cleaned reports for other tools (passim JSON Lines)', load: () => import('./export.js').then((m) => m.exportCommand) },
  index: {
    command: 'index <inputs..>',
    describe: 'Build or update a corpus index (SQLite) of parsed reports, which every command then reads in place of the files',
    load: () => import('./indexer.js').then((m) => m.indexCommand),
  },
  search: {
    command: 'search <query> <inputs..>',
    describe: 'Find a word or phrase in an index (or reports), listed with agency, year and part, in context',
    load: () => import('./search.js').then((m) => m.searchCommand),
  },
};

export async function main(argv: string[]): Promise<void> {
  // yargs drops a lone "-", the usual name for stdin: hand it over under another name (ingest is loaded only then:
  // the command that reads it loads it anyway)
  const stdin = argv.includes('-') ? (await import('../ingest/index.js')).STDIN_NAME : '-';
  const cli = yargs(argv.map((a) => (a === '-' ? stdin : a)))
    .scriptName('govdiff')
    .usage(
      'govdiff — compare Chinese government annual reports (法治政府建设, 政府信息公开, 政府工作报告) across agencies\n\n' +
        'Usage: $0 <command> [options] <reports...>\n\n' +
        'Reports are plain text, saved web pages, Word or PDF files, UTF-8/GBK/GB18030/Big5, traditional or simplified.',
    )
    .option('json', { type: 'boolean', describe: 'print the result as JSON instead of for a person' })
    .option('color', { type: 'boolean', describe: 'colour the output (default: on a terminal, unless NO_COLOR is set)' })
    .option('width', { requiresArg: true, coerce: numberIn('width', 40, 1000, { integer: true }), describe: 'columns to fit the output to, 40–1000 (default: the terminal width)' })
    .option('ambiguous-wide', { type: 'boolean', default: false, describe: 'treat “ ” … — and box lines as two columns wide' })
    .option('kind', { type: 'string', requiresArg: true, describe: 'read every report as this kind: fazhi, xxgk or gov-work (default: detected per report); over an index: only reports of this kind' })
    // filters: over report files they apply after parsing, over an index they are its SQL (see corpus/filter.ts)
    .option('year', { type: 'string', requiresArg: true, describe: 'only reports on these years: 2021, 2021..2023, 2021.. or ..2023' })
    .option('agency', { type: 'string', requiresArg: true, describe: 'only reports whose agency matches this regular expression' })
    .option('where', {
      type: 'string',
      requiresArg: true,
      // repeated, not an array option: an array would swallow the inputs that follow it
      coerce: (v: string | string[]) => [v].flat(),
      describe: 'only reports whose metadata match, repeatable: KEY=VALUE, KEY!=VALUE, KEY~=REGEX, KEY<VALUE (<=, >, >=); keys file kind agency year title signed published chars format encoding script',
    })
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
  // the command is the first word that names one (options and their values may come before it)
  const named = argv.find((a) => Object.hasOwn(COMMANDS, a));
  for (const [name, entry] of Object.entries(COMMANDS)) {
    if (name === named) cli.command((await entry.load()) as never);
    else cli.command(entry.command, entry.describe);
  }
  skipHelpCache(cli);
  try {
    await cli.parseAsync();
  } catch (e) {
    process.stderr.write(`govdiff: ${failureMessage(e)}\n`);
    process.exitCode = e instanceof UsageError ? EXIT_USAGE : e instanceof OutputError || isWriteError(e) || isCorpusError(e) ? EXIT_INPUT : EXIT_INTERNAL;
  }
}

/**
 * yargs renders the command's whole help after each run (about 30 ms: string widths of every line), to have it
 * should the program call showHelp() later. govdiff never does, so the help is built only when asked for. Internal
 * API: where yargs lacks it, nothing changes.
 */
function skipHelpCache(cli: unknown): void {
  const usage = (cli as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

// stdout written to a full disk throws from write(): not a bug, one line
function isWriteError(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.syscall === 'write' && typeof (e as NodeJS.ErrnoException).code === 'string';
}

// an index that cannot be used, or SQLite that cannot load (corpus/db.ts; by name, so that main loads none of it)
function isCorpusError(e: unknown): boolean {
  return (e as Error)?.name === 'CorpusError';
}

/** One line for the user; a stack only with GOVDIFF_DEBUG set. */
function failureMessage(e: unknown): string {
  if (e instanceof UsageError || e instanceof OutputError || isCorpusError(e)) return (e as Error).message;
  if (isWriteError(e)) return `the output could not be written (${describeWriteError(e)})`;
  if (process.env.GOVDIFF_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  return `internal error (${describeBug(e)}): a bug in govdiff, please report it with the command you ran`;
}
