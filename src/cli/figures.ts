import type { Argv } from 'yargs';
import { findFigures, figuresSideBySide } from '../figures/index.js';
import { renderFiguresTable, renderFiguresMarkdown, renderFiguresCsv, renderFigureList } from '../render/figures.js';
import { loadReports, contextFor, exitCode, emit, outputOptions, described, UsageError, EXIT_INPUT, type GlobalArgs, INPUTS } from './shared.js';

interface FiguresArgs extends GlobalArgs {
  inputs: string[];
  format?: 'table' | 'md' | 'csv' | 'json';
  list?: boolean;
  bom?: boolean;
}

export const figuresCommand = {
  command: 'figures <inputs..>',
  describe: 'The numbers each report gives (件, 人次, %, 万元…), with their sentences; side by side across reports',
  builder: (y: Argv) =>
    outputOptions(y, { choices: ['table', 'md', 'csv', 'json'], describe: 'output format (default: table, or json with --json)' }, true)
      .positional('inputs', INPUTS)
      .option('list', { type: 'boolean', describe: 'every figure with its sentence, report by report, instead of side by side' })
      .example(described('$0 figures samples/', 'one row per topic and unit, a column per report'))
      .example(described('$0 figures samples/001_78ed85b0c485cc82.txt --list', 'every figure of one report with its sentence'))
      .example(described('$0 figures reports/ --json > figures.json', 'every figure with its offsets, as data')),
  handler: async (args: FiguresArgs) => {
    const format = args.format ?? (args.json ? 'json' : 'table');
    if (args.bom && format !== 'csv') throw new UsageError('--bom goes with --format csv');
    if (args.list && format !== 'table') throw new UsageError('--list prints for a person; leave out --format/--json');
    const loaded = await loadReports(args.inputs, args);
    if (!loaded.reports.length) {
      process.exitCode = EXIT_INPUT;
      return;
    }
    const result = findFigures(loaded.reports);
    const ctx = () => contextFor(args.out ? { ...args, color: false } : args);
    const side = () => figuresSideBySide(result, loaded.reports);
    const text =
      format === 'json'
        ? JSON.stringify(result, null, 2) + '\n'
        : format === 'csv'
          ? renderFiguresCsv(side(), { bom: args.bom })
          : format === 'md'
            ? renderFiguresMarkdown(side())
            : (args.list ? renderFigureList(result, ctx()) : renderFiguresTable(side(), ctx())) + '\n';
    await emit(text, args);
    process.exitCode = exitCode(loaded);
  },
};
