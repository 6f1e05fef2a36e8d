import type { Argv } from 'yargs';
import { findFigures, figuresSideBySide } from '../figures/index.js';
import { renderFiguresTable, renderFiguresMarkdown, renderFiguresCsv, renderFigureList } from '../render/figures.js';
import { loadReports, contextFor, exitCode, writeFileAtomic, UsageError, EXIT_INPUT, type GlobalArgs, INPUTS } from './shared.js';

interface FiguresArgs extends GlobalArgs {
  inputs: string[];
  format?: 'table' | 'md' | 'csv' | 'json';
  list?: boolean;
  bom?: boolean;
  output?: string;
}

export const figuresCommand = {
  command: 'figures <inputs..>',
  describe: 'The numbers each report gives (件, 人次, %, 万元…), with their sentences; side by side across reports',
  builder: (y: Argv) =>
    y
      .positional('inputs', INPUTS)
      .option('format', { alias: 'f', choices: ['table', 'md', 'csv', 'json'] as const, describe: 'output format (default: table, or json with --json)' })
      .option('list', { type: 'boolean', describe: 'every figure with its sentence, report by report, instead of side by side' })
      .option('bom', { type: 'boolean', describe: 'CSV: start with a byte-order mark so Excel reads the Chinese right' })
      .option('output', { alias: 'o', type: 'string', describe: 'write to this file (whole or not at all) instead of stdout' })
      .example('$0 figures samples/', 'one row per topic and unit, a column per report')
      .example('$0 figures samples/001_78ed85b0c485cc82.txt --list', 'every figure of one report with its sentence')
      .example('$0 figures reports/ --json > figures.json', 'every figure with its offsets, as data'),
  handler: (args: FiguresArgs) => {
    const format = args.format ?? (args.json ? 'json' : 'table');
    if (args.bom && format !== 'csv') throw new UsageError('--bom goes with --format csv');
    if (args.list && format !== 'table') throw new UsageError('--list prints for a person; leave out --format/--json');
    const loaded = loadReports(args.inputs, args);
    if (!loaded.reports.length) {
      process.exitCode = EXIT_INPUT;
      return;
    }
    const result = findFigures(loaded.reports);
    const ctx = () => contextFor(args.output ? { ...args, color: false } : args);
    const side = () => figuresSideBySide(result, loaded.reports);
    const text =
      format === 'json'
        ? JSON.stringify(result, null, 2) + '\n'
        : format === 'csv'
          ? renderFiguresCsv(side(), { bom: args.bom })
          : format === 'md'
            ? renderFiguresMarkdown(side())
            : (args.list ? renderFigureList(result, ctx()) : renderFiguresTable(side(), ctx())) + '\n';
    if (args.output) writeFileAtomic(args.output, text);
    else process.stdout.write(text);
    process.exitCode = exitCode(loaded);
  },
};
