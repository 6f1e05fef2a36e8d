import type { Argv } from 'yargs';
import { findReuse, seriesKeys, seriesReuse, DEFAULT_MIN_CHARS, FORMULA_MIN_CHARS, DEFAULT_PAIR_MAX_REPORTS, DEFAULT_GROUP_MIN_CONTAINMENT } from '../reuse/index.js';
import type { ReuseStage } from '../reuse/types.js';
import { renderReuseTable, renderReuseMarkdown, renderReuseCsv, renderReuseHtml, type CsvTable } from '../render/reuse.js';
import { loadReports, contextFor, print, exitCode, writeFileAtomic, UsageError, EXIT_INPUT, type GlobalArgs, INPUTS } from './shared.js';

const FORMATS = ['table', 'md', 'csv', 'json', 'html'] as const;
const CSV_TABLES = ['reports', 'sections', 'passages', 'pairs', 'series'] as const;

interface ReuseArgs extends GlobalArgs {
  inputs: string[];
  'min-chars': number;
  'formula-min-chars': number;
  'formula-reports'?: number;
  'pair-max-reports': number;
  'group-min-containment': number;
  baseline?: string;
  format: (typeof FORMATS)[number];
  table: CsvTable;
  top: number;
  out?: string;
  threads?: number;
  series?: boolean;
  'series-pattern'?: string;
}

/** The --series-pattern as a RegExp with named groups series and year, or a usage error saying what is wrong. */
function seriesPattern(source: string): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(source, 'u');
  } catch (e) {
    throw new UsageError(`--series-pattern is not a valid regular expression: ${(e as Error).message}`);
  }
  // an always-matching twin lists every named group the pattern has
  const names = Object.keys(new RegExp(`(?:${source})|`, 'u').exec('')?.groups ?? {});
  for (const g of ['series', 'year']) if (!names.includes(g)) throw new UsageError(`--series-pattern needs a named group (?<${g}>…)`);
  return re;
}

/** Stage and count on stderr while the index is built and matched, only on a terminal. */
function reuseProgress(quiet?: boolean): (stage: ReuseStage, done: number, total: number) => void {
  if (!process.stderr.isTTY || quiet) return () => {};
  let last = 0;
  return (stage, done, total) => {
    const now = Date.now();
    const finished = stage === 'cluster' && done >= total;
    if (!finished && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    const line = finished ? '' : `${stage.padEnd(8)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`;
    process.stderr.write(`\r\x1b[2K${line}`);
  };
}

export const reuseCommand = {
  command: 'reuse <inputs..>',
  describe: 'Find text shared between reports: formulae, copied passages, reuse per report and pair',
  builder: (y: Argv) =>
    y
      .positional('inputs', INPUTS)
      .option('min-chars', { type: 'number', default: DEFAULT_MIN_CHARS, describe: 'shortest passage two reports must share' })
      .option('formula-min-chars', { type: 'number', default: FORMULA_MIN_CHARS, describe: 'shorter passages (formulae) count from this length when many reports share them' })
      .option('formula-reports', { type: 'number', describe: 'how many reports must share a passage shorter than --min-chars (default: 3, or 1% of the reports)' })
      .option('pair-max-reports', { type: 'number', default: DEFAULT_PAIR_MAX_REPORTS, describe: 'passages shared by more reports than this do not count toward pairs' })
      .option('group-min-containment', { type: 'number', default: DEFAULT_GROUP_MIN_CONTAINMENT, describe: 'pairs sharing this share of both texts form template groups' })
      .option('baseline', { type: 'string', describe: 'compare every report against this one (a template, or last year’s report)' })
      .option('format', { choices: FORMATS, default: 'table' as const, describe: 'output format (--json is the same as --format json)' })
      .option('table', { choices: CSV_TABLES, default: 'reports' as const, describe: 'which table --format csv writes' })
      .option('top', { type: 'number', default: 20, describe: 'passages and pairs to list (table, md, html)' })
      .option('series', { type: 'boolean', describe: 'year over year per series: share of each report found in the previous year’s report of its series (series: the agency, or --series-pattern)' })
      .option('series-pattern', { type: 'string', describe: 'regular expression with named groups series and year, matched against each file’s base name (implies --series)' })
      .option('threads', { type: 'number', describe: 'threads for matching (default 1: more measured no faster); the result is the same' })
      .option('out', { type: 'string', describe: 'write to this file (whole or not at all) instead of stdout' })
      .example('$0 reuse samples/ --min-chars 8', 'formulae and copied passages across the samples')
      .example('$0 reuse 2024/*.txt --baseline 2023/report.txt', 'what each report takes from last year’s')
      .example('$0 reuse corpus/ --json > reuse.json', 'the full result as JSON')
      .example("$0 reuse sz-gov-work-reports --series-pattern '(?<series>国务院|\\p{sc=Han}{2,3}?[省市](?=政府)|\\p{sc=Han}{2}(?=新?区)).*_(?<year>\\d{4})年?\\.txt$'", 'year over year per district, series and year from the file names'),
  handler: (args: ReuseArgs) => {
    for (const [name, min] of [['min-chars', 4], ['formula-min-chars', 4], ['top', 0], ['pair-max-reports', 2]] as const) {
      const v = args[name];
      if (!Number.isInteger(v) || v < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, not ${v}`);
    }
    if (args.threads !== undefined && !(Number.isInteger(args.threads) && args.threads >= 1)) throw new UsageError(`--threads must be a whole number ≥ 1, not ${args.threads}`);
    if (args['formula-reports'] !== undefined && !(Number.isInteger(args['formula-reports']) && args['formula-reports'] >= 2))
      throw new UsageError(`--formula-reports must be a whole number ≥ 2, not ${args['formula-reports']}`);
    const ratio = args['group-min-containment'];
    if (!(ratio > 0 && ratio <= 1)) throw new UsageError(`--group-min-containment must be a share between 0 and 1, not ${ratio}`);
    const pattern = args['series-pattern'] !== undefined ? seriesPattern(args['series-pattern']) : undefined;
    const wantSeries = Boolean(args.series || pattern);
    if (wantSeries && args.baseline) throw new UsageError('--series compares each report with its own previous year; it cannot be combined with --baseline');
    let baseline;
    if (args.baseline) {
      const b = loadReports([args.baseline], { ...args, quiet: true });
      if (!b.reports.length) {
        process.exitCode = EXIT_INPUT;
        return;
      }
      baseline = b.reports[0];
    }
    const loaded = loadReports(args.inputs, args);
    const reports = baseline ? loaded.reports.filter((r) => r.file !== baseline.file) : loaded.reports;
    if (!reports.length) {
      process.exitCode = EXIT_INPUT;
      return;
    }
    const result = findReuse(reports, {
      minChars: args['min-chars'],
      formulaMinChars: args['formula-min-chars'],
      formulaReports: args['formula-reports'],
      pairMaxReports: args['pair-max-reports'],
      groupMinContainment: ratio,
      baseline,
      threads: args.threads,
      onProgress: reuseProgress(args.quiet),
    });
    if (wantSeries) {
      const { series, unassigned } = seriesReuse(reports, result, seriesKeys(reports, pattern));
      result.series = series;
      result.seriesUnassigned = unassigned;
    }
    const format = args.json ? 'json' : args.format;
    const opts = { top: args.top };
    const text =
      format === 'json'
        ? JSON.stringify(result, null, 2)
        : format === 'md'
          ? renderReuseMarkdown(result, opts)
          : format === 'csv'
            ? renderReuseCsv(result, args.table)
            : format === 'html'
              ? renderReuseHtml(result, { top: Math.max(opts.top, 100) })
              : renderReuseTable(result, contextFor(args), opts);
    if (args.out) writeFileAtomic(args.out, text.endsWith('\n') ? text : text + '\n');
    else print(text);
    process.exitCode = exitCode(loaded);
  },
};
