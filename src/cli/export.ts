import type { Argv } from 'yargs';
import { toPassimLines } from '../reuse/export.js';
import { loadReports, exitCode, writeFileAtomic, EXIT_INPUT, type GlobalArgs, INPUTS } from './shared.js';

interface ExportArgs extends GlobalArgs {
  inputs: string[];
  format: 'passim';
  out?: string;
}

export const exportCommand = {
  command: 'export <inputs..>',
  describe: 'Write the cleaned reports for other tools (passim JSON Lines)',
  builder: (y: Argv) =>
    y
      .positional('inputs', INPUTS)
      .option('format', { choices: ['passim'] as const, default: 'passim' as const, describe: 'passim: JSON Lines with id, series (agency), text, year, sections' })
      .option('out', { type: 'string', describe: 'write to this file (whole or not at all) instead of stdout' })
      .example('$0 export corpus/ --format passim --out corpus.jsonl', 'input for passim on a Spark cluster'),
  handler: (args: ExportArgs) => {
    const loaded = loadReports(args.inputs, args);
    if (!loaded.reports.length) {
      process.exitCode = EXIT_INPUT;
      return;
    }
    const lines = toPassimLines(loaded.reports);
    if (args.out) writeFileAtomic(args.out, lines);
    else process.stdout.write(lines);
    process.exitCode = exitCode(loaded);
  },
};
