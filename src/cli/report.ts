import type { Argv } from 'yargs';
import { resolve } from 'node:path';
import { buildReportDocument } from '../report/index.js';
import { renderHtml } from '../render/html.js';
import { loadReports, print, exitCode, writeFileAtomic, UsageError, type GlobalArgs, INPUTS } from './shared.js';

interface ReportArgs extends GlobalArgs {
  inputs: string[];
  out: string;
  title?: string;
  passages: number;
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: 'no such directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
};

export const reportCommand = {
  command: 'report <inputs..>',
  describe: 'Write one self-contained HTML page comparing the reports side by side',
  builder: (y: Argv) =>
    y
      .positional('inputs', INPUTS)
      .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'the HTML file to write (replaced only when the whole page is ready)' })
      .option('title', { type: 'string', describe: 'the page title' })
      .option('passages', { type: 'number', default: 20, describe: 'how many shared passages to list' })
      .example('$0 report samples/ --out report.html', 'compare the five samples in one page'),
  handler: (args: ReportArgs) => {
    if (!args.out || args.out === '-') throw new UsageError('--out needs a file name: govdiff report samples/ --out report.html');
    const loaded = loadReports(args.inputs, args);
    if (!loaded.reports.length) {
      process.stderr.write('govdiff: no report could be read; nothing written\n');
      process.exitCode = exitCode(loaded) || 1;
      return;
    }
    const comparison = buildReportDocument(loaded.reports, { passages: args.passages });
    const html = renderHtml(comparison, { title: args.title, passages: args.passages });
    try {
      writeFileAtomic(args.out, html);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      const why = WRITE_ERRORS[code] ?? (e as Error).message;
      process.stderr.write(`govdiff: ${args.out}: could not be written (${why}); nothing was changed\n`);
      process.exitCode = 1;
      return;
    }
    if (args.json) {
      print(JSON.stringify({ out: resolve(args.out), bytes: Buffer.byteLength(html), reports: comparison.reports.map((r) => r.file), notes: comparison.notes }, null, 2));
    } else if (!args.quiet) {
      process.stderr.write(`wrote ${args.out} (${comparison.reports.length} reports, ${Math.round(Buffer.byteLength(html) / 1024)} KB)\n`);
    }
    process.exitCode = exitCode(loaded);
  },
};
