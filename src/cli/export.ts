import type { Argv } from 'yargs';
import { toPassimLines } from '../reuse/export.js';
import { loadReports, exitCode, emit, outputOptions, EXIT_INPUT, type GlobalArgs, INPUTS, described } from './shared.js';

interface ExportArgs extends GlobalArgs {
  inputs: string[];
  format: 'passim';
}

export const exportCommand = {
  command: 'export <inputs..>',
  describe: 'Write the cleaned reports for other tools (passim JSON Lines)',
  builder: (y: Argv) =>
    outputOptions(y, { choices: ['passim'], describe: 'passim: JSON Lines with id, series (agency), text, year, sections' })
      .default('format', 'passim')
      .positional('inputs', INPUTS)
      .example(described('$0 export corpus/ --format passim --out corpus.jsonl', 'input for passim on a Spark cluster')),
  handler: async (args: ExportArgs) => {
    const loaded = await loadReports(args.inputs, args);
    if (!loaded.reports.length) {
      process.exitCode = exitCode(loaded) || EXIT_INPUT;
      return;
    }
    // JSON Lines are data: never paged
    await emit(toPassimLines(loaded.reports), { ...args, pager: false });
    process.exitCode = exitCode(loaded);
  },
};
