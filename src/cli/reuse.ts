import type { Argv } from 'yargs';
import { findReuse, seriesKeys, seriesReuse, DEFAULT_MIN_CHARS, FORMULA_MIN_CHARS, DEFAULT_PAIR_MAX_REPORTS, DEFAULT_GROUP_MIN_CONTAINMENT } from '../reuse/index.js';
import type { ReuseStage } from '../reuse/types.js';
import { renderReuseTable, renderReuseMarkdown, renderReuseCsv, renderReuseHtml, type CsvTable } from '../render/reuse.js';
import { seriesPatternArg, loadReports, contextFor, emit, exitCode, outputOptions, UsageError, EXIT_INPUT, type GlobalArgs, INPUTS, described } from './shared.js';
import { makeProgress, type Progress } from './progress.js';

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
  bom?: boolean;
  threads?: number;
  series?: boolean;
  'series-pattern'?: string;
}


/** The index's stages as counted progress lines (cleared by the caller when the run ends). */
function reuseProgress(progress: Progress): (stage: ReuseStage, done: number, total: number) => void {
  return (stage, done, total) => progress.count(stage, done, total);
}

export const reuseCommand = {
  command: 'reuse <inputs..>',
  describe: 'Find text shared between reports: formulae, copied passages, reuse per report and pair',
  builder: (y: Argv) =>
    outputOptions(y, { choices: FORMATS, describe: 'output format (--json is the same as --format json)' }, true)
      .positional('inputs', INPUTS)
      .option('min-chars', { type: 'number', default: DEFAULT_MIN_CHARS, describe: 'shortest passage two reports must share' })
      .option('formula-min-chars', { type: 'number', default: FORMULA_MIN_CHARS, describe: 'shorter passages (formulae) count from this length when many reports share them' })
      .option('formula-reports', { type: 'number', describe: 'how many reports must share a passage shorter than --min-chars (default: 3, or 1% of the reports)' })
      .option('pair-max-reports', { type: 'number', default: DEFAULT_PAIR_MAX_REPORTS, describe: 'passages shared by more reports than this do not count toward pairs' })
      .option('group-min-containment', { type: 'number', default: DEFAULT_GROUP_MIN_CONTAINMENT, describe: 'pairs sharing this share of both texts form template groups' })
      .option('baseline', { type: 'string', describe: 'compare every report against this one (a template, or last year’s report)' })

      .option('table', { choices: CSV_TABLES, default: 'reports' as const, describe: 'which table --format csv writes' })
      .option('top', { type: 'number', default: 20, describe: 'passages and pairs to list (table, md, html)' })
      .option('series', { type: 'boolean', describe: 'year over year per series: share of each report found in the previous year’s report of its series (series: the agency, or --series-pattern)' })
      .option('series-pattern', { type: 'string', describe: 'regular expression with named groups series and year, matched against each file’s base name (implies --series)' })
      .option('threads', { type: 'number', describe: 'threads for matching (default 1: more measured no faster); the result is the same' })
      .default('format', 'table')
      .example(described('$0 reuse samples/ --min-chars 8', 'formulae and copied passages across the samples'))
      .example(described('$0 reuse 2024/*.txt --baseline 2023/report.txt', 'what each report takes from last year’s'))
      .example(described('$0 reuse corpus/ --json > reuse.json', 'the full result as JSON'))
      .example(described("$0 reuse reports/ --series-pattern '^(?<series>.+?区).*_(?<year>\\d{4})'", 'year over year per district, series and year from the file names')),
  handler: async (args: ReuseArgs) => {
    for (const [name, min] of [['min-chars', 4], ['formula-min-chars', 4], ['top', 0], ['pair-max-reports', 2]] as const) {
      const v = args[name];
      if (!Number.isInteger(v) || v < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, not ${v}`);
    }
    if (args.threads !== undefined && !(Number.isInteger(args.threads) && args.threads >= 1)) throw new UsageError(`--threads must be a whole number ≥ 1, not ${args.threads}`);
    if (args['formula-reports'] !== undefined && !(Number.isInteger(args['formula-reports']) && args['formula-reports'] >= 2))
      throw new UsageError(`--formula-reports must be a whole number ≥ 2, not ${args['formula-reports']}`);
    const ratio = args['group-min-containment'];
    if (!(ratio > 0 && ratio <= 1)) throw new UsageError(`--group-min-containment must be a share between 0 and 1, not ${ratio}`);
    const pattern = args['series-pattern'] !== undefined ? seriesPatternArg(args['series-pattern']) : undefined;
    const wantSeries = Boolean(args.series || pattern);
    if (wantSeries && args.baseline) throw new UsageError('--series compares each report with its own previous year; it cannot be combined with --baseline');
    const format = args.json ? 'json' : args.format;
    if (args.bom && format !== 'csv') throw new UsageError('--bom goes with --format csv');
    const progress = makeProgress({ quiet: args.quiet, inputs: args.inputs.length });
    try {
      let baseline;
      if (args.baseline) {
        const b = await loadReports([args.baseline], { ...args, quiet: true });
        if (!b.reports.length) {
          process.exitCode = EXIT_INPUT;
          return;
        }
        baseline = b.reports[0];
      }
      const loaded = await loadReports(args.inputs, args, progress);
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
        onProgress: reuseProgress(progress),
      });
      if (wantSeries) {
        const { series, unassigned } = seriesReuse(reports, result, seriesKeys(reports, pattern));
        result.series = series;
        result.seriesUnassigned = unassigned;
      }
      progress.phase('rendering');
      const opts = { top: args.top };
      const text =
        format === 'json'
          ? JSON.stringify(result, null, 2)
          : format === 'md'
            ? renderReuseMarkdown(result, opts)
            : format === 'csv'
              ? (args.bom ? '\uFEFF' : '') + renderReuseCsv(result, args.table)
              : format === 'html'
                ? renderReuseHtml(result, { top: Math.max(opts.top, 100) })
                : renderReuseTable(result, contextFor(args.out ? { ...args, color: false } : args), opts);
      progress.done();
      await emit(text, args);
      process.exitCode = exitCode(loaded);
    } finally {
      progress.done();
    }
  },
};
