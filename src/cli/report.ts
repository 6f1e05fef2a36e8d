import type { Argv } from 'yargs';
import { resolve } from 'node:path';
import { buildReportDocument } from '../report/index.js';
import { renderHtml } from '../render/html.js';
import { requireOneKind, loadReports, print, exitCode, outputOptions, numberIn, UsageError, type GlobalArgs, INPUTS, described } from './shared.js';
import { writeOutputFile, OutputError } from './output.js';
import { makeProgress } from './progress.js';

interface ReportArgs extends GlobalArgs {
  inputs: string[];
  out: string;
  title?: string;
  passages: number;
}

export const reportCommand = {
  command: 'report <inputs..>',
  describe: 'Write one self-contained HTML page comparing the reports side by side',
  builder: (y: Argv) =>
    outputOptions(y)
      .positional('inputs', INPUTS)
      .option('title', { type: 'string', describe: 'the page title' })
      .option('passages', { default: 20, requiresArg: true, coerce: numberIn('passages', 0, 10000, { integer: true }), describe: 'how many shared passages to list (0–10000)' })
      .example(described('$0 report samples/ --out report.html', 'compare the five samples in one page')),
  handler: async (args: ReportArgs) => {
    if (!args.out || args.out === '-') throw new UsageError('--out needs a file name: govdiff report samples/ --out report.html');
    const progress = makeProgress({ quiet: args.quiet, inputs: args.inputs.length });
    try {
      const loaded = await loadReports(args.inputs, args, progress);
      if (!loaded.reports.length) {
        process.stderr.write('govdiff: no report could be read; nothing written\n');
        process.exitCode = exitCode(loaded) || 1;
        return;
      }
      requireOneKind(loaded.reports);
      progress.phase(`comparing ${loaded.reports.length} reports`);
      const comparison = buildReportDocument(loaded.reports, { passages: args.passages });
      progress.phase('rendering');
      const html = renderHtml(comparison, { title: args.title, passages: args.passages });
      progress.phase(`writing ${args.out}`);
      try {
        await writeOutputFile(args.out, html);
      } catch (e) {
        if (!(e instanceof OutputError)) throw e;
        progress.done();
        process.stderr.write(`govdiff: ${e.message}\n`);
        process.exitCode = 1;
        return;
      }
      progress.done();
      if (args.json) {
        print(JSON.stringify({ out: resolve(args.out), bytes: Buffer.byteLength(html), reports: comparison.reports.map((r) => r.file), notes: comparison.notes }, null, 2));
      } else if (!args.quiet) {
        process.stderr.write(`wrote ${args.out} (${comparison.reports.length} reports, ${Math.round(Buffer.byteLength(html) / 1024)} KB)\n`);
      }
      process.exitCode = exitCode(loaded);
    } finally {
      progress.done();
    }
  },
};
