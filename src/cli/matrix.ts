import type { Argv } from 'yargs';
import { buildMatrix } from '../compare/index.js';
import { renderMatrixTable } from '../render/table.js';
import { renderMatrixCsv } from '../render/csv.js';
import { renderMatrixMarkdown } from '../render/markdown.js';
import { loadReports, contextFor, emit, exitCode, outputOptions, UsageError, INPUTS, described } from './shared.js';
import { makeProgress } from './progress.js';
import { sectionOptions, sectionsFrom, topicsFrom, somethingRead, type SectionArgs } from './compare.js';

interface MatrixArgs extends SectionArgs {
  inputs: string[];
  by: 'topic' | 'item';
  format?: 'table' | 'md' | 'csv' | 'json';
  bom?: boolean;
  empty?: boolean;
}

export const matrixCommand = {
  command: 'matrix <inputs..>',
  describe: 'Tabulate which agency reported which topic (or aligned point), with evidence',
  builder: (y: Argv) =>
    outputOptions(sectionOptions(y), { choices: ['table', 'md', 'csv', 'json'], describe: 'output format (default: table, or json with --json)' }, true)
      .positional('inputs', INPUTS)
      .option('by', { choices: ['topic', 'item'] as const, default: 'topic' as const, describe: 'rows: topics of the profile, or aligned points' })
      .option('empty', { type: 'boolean', describe: 'keep topics no report mentions' })
      .example(described('$0 matrix samples/ --section measures', 'which measures each agency reported'))
      .example(described('$0 matrix samples/ -f csv --bom -o coverage.csv', 'a table for Excel'))
      .example(described('$0 matrix samples/ --section problems -f md', 'Markdown with the evidence')),
  handler: async (args: MatrixArgs) => {
    const sections = sectionsFrom(args.section);
    const topics = topicsFrom(args.topics);
    const format = args.format ?? (args.json ? 'json' : 'table');
    if (args.bom && format !== 'csv') throw new UsageError('--bom goes with --format csv');
    const progress = makeProgress({ quiet: args.quiet, inputs: args.inputs.length });
    try {
      const loaded = await loadReports(args.inputs, args, progress);
      if (!somethingRead(loaded)) return;
      progress.phase(args.by === 'item' ? `aligning ${loaded.reports.length} reports` : `finding topics in ${loaded.reports.length} reports`);
      const m = buildMatrix(loaded.reports, { sections, topics, by: args.by, empty: args.empty, minSimilarity: args['min-similarity'] });
      progress.phase('rendering');
      const text =
        format === 'json'
          ? JSON.stringify(m, null, 2) + '\n'
          : format === 'csv'
            ? renderMatrixCsv(m, { bom: args.bom })
            : format === 'md'
              ? renderMatrixMarkdown(m)
              : renderMatrixTable(m, contextFor(args.out ? { ...args, color: false } : args)) + '\n';
      progress.done();
      await emit(text, args);
      process.exitCode = exitCode(loaded);
    } finally {
      progress.done();
    }
  },
};
