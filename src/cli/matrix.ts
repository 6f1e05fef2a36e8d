import type { Argv } from 'yargs';
import { buildMatrix } from '../compare/index.js';
import { renderMatrixTable } from '../render/table.js';
import { renderMatrixCsv } from '../render/csv.js';
import { renderMatrixMarkdown } from '../render/markdown.js';
import { loadReports, contextFor, exitCode, writeFileAtomic, UsageError, INPUTS } from './shared.js';
import { sectionOptions, sectionsFrom, topicsFrom, somethingRead, type SectionArgs } from './compare.js';

interface MatrixArgs extends SectionArgs {
  inputs: string[];
  by: 'topic' | 'item';
  format?: 'table' | 'md' | 'csv' | 'json';
  bom?: boolean;
  empty?: boolean;
  output?: string;
}

export const matrixCommand = {
  command: 'matrix <inputs..>',
  describe: 'Tabulate which agency reported which topic (or aligned point), with evidence',
  builder: (y: Argv) =>
    sectionOptions(y)
      .positional('inputs', INPUTS)
      .option('by', { choices: ['topic', 'item'] as const, default: 'topic' as const, describe: 'rows: topics of the profile, or aligned points' })
      .option('format', { alias: 'f', choices: ['table', 'md', 'csv', 'json'] as const, describe: 'output format (default: table, or json with --json)' })
      .option('bom', { type: 'boolean', describe: 'CSV: start with a byte-order mark so Excel reads the Chinese right' })
      .option('empty', { type: 'boolean', describe: 'keep topics no report mentions' })
      .option('output', { alias: 'o', type: 'string', describe: 'write to this file (whole or not at all) instead of stdout' })
      .example('$0 matrix samples/ --section measures', 'which measures each agency reported')
      .example('$0 matrix samples/ -f csv --bom -o coverage.csv', 'a table for Excel')
      .example('$0 matrix samples/ --section problems -f md', 'Markdown with the evidence'),
  handler: (args: MatrixArgs) => {
    const sections = sectionsFrom(args.section);
    const topics = topicsFrom(args.topics);
    const format = args.format ?? (args.json ? 'json' : 'table');
    if (args.bom && format !== 'csv') throw new UsageError('--bom goes with --format csv');
    const loaded = loadReports(args.inputs, args);
    if (!somethingRead(loaded)) return;
    const m = buildMatrix(loaded.reports, { sections, topics, by: args.by, empty: args.empty, minSimilarity: args['min-similarity'] });
    const text =
      format === 'json'
        ? JSON.stringify(m, null, 2) + '\n'
        : format === 'csv'
          ? renderMatrixCsv(m, { bom: args.bom })
          : format === 'md'
            ? renderMatrixMarkdown(m)
            : renderMatrixTable(m, contextFor(args.output ? { ...args, color: false } : args)) + '\n';
    if (args.output) writeFileAtomic(args.output, text);
    else process.stdout.write(text);
    process.exitCode = exitCode(loaded);
  },
};
