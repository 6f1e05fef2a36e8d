import type { Argv } from 'yargs';
import { trackSeries, DEFAULT_PLAN_SIMILARITY } from '../track/index.js';
import { renderTrackTable, renderTrackMarkdown, renderTrackCsv } from '../render/track.js';
import { seriesPatternArg, loadReports, contextFor, exitCode, emit, outputOptions, described, UsageError, EXIT_INPUT, type GlobalArgs, INPUTS } from './shared.js';

interface TrackArgs extends GlobalArgs {
  inputs: string[];
  'series-pattern'?: string;
  'min-similarity': number;
  format?: 'table' | 'md' | 'csv' | 'json';
  bom?: boolean;
}

export const trackCommand = {
  command: 'track <inputs..>',
  describe: 'One agency across years: which plans the next year’s report followed up, which problems it admits again',
  builder: (y: Argv) =>
    outputOptions(y, { choices: ['table', 'md', 'csv', 'json'], describe: 'output format (default: table, or json with --json)' }, true)
      .positional('inputs', INPUTS)
      .option('series-pattern', { type: 'string', describe: 'regular expression with named groups series and year, matched against each file’s base name (default: the parsed agency and year)' })
      .option('min-similarity', { type: 'number', default: DEFAULT_PLAN_SIMILARITY, describe: 'similarity a point of the next year’s report needs with a plan to count as carrying it out' })
      .example(described('$0 track reports/綦江区/', 'one agency’s reports of several years: plans kept, problems repeated'))
      .example(described("$0 track sz-gov-work-reports --series-pattern '(?<series>\\p{sc=Han}{2}(?=新?区)).*_(?<year>\\d{4})\\.txt$' -f md", 'district work reports, series and year from the file names')),
  handler: async (args: TrackArgs) => {
    const pattern = args['series-pattern'] !== undefined ? seriesPatternArg(args['series-pattern']) : undefined;
    const min = args['min-similarity'];
    if (!(min > 0 && min <= 1)) throw new UsageError(`--min-similarity must be between 0 and 1, not ${min}`);
    const format = args.format ?? (args.json ? 'json' : 'table');
    if (args.bom && format !== 'csv') throw new UsageError('--bom goes with --format csv');
    const loaded = await loadReports(args.inputs, args);
    if (!loaded.reports.length) {
      process.exitCode = EXIT_INPUT;
      return;
    }
    const t = trackSeries(loaded.reports, { pattern, minSimilarity: min });
    const text =
      format === 'json'
        ? JSON.stringify(t, null, 2) + '\n'
        : format === 'csv'
          ? renderTrackCsv(t, { bom: args.bom })
          : format === 'md'
            ? renderTrackMarkdown(t)
            : renderTrackTable(t, contextFor(args.out ? { ...args, color: false } : args)) + '\n';
    await emit(text, args);
    process.exitCode = exitCode(loaded);
  },
};
