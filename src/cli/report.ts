import type { Argv } from 'yargs';
import { basename, join, resolve } from 'node:path';
import { buildReportDocument } from '../report/index.js';
import { renderHtml } from '../render/html.js';
import { renderHtmlSite, SPLIT_ABOVE } from '../render/html-site.js';
import { requireOneKind, loadReports, writtenByGovdiff, print, exitCode, outputOptions, numberIn, UsageError, type GlobalArgs, INPUTS, described } from './shared.js';
import { writeOutputFile, writeOutputDir, partsDirOf, OutputError } from './output.js';
export { partsDirOf } from './output.js';
import { makeProgress } from './progress.js';

interface ReportArgs extends GlobalArgs {
  inputs: string[];
  out: string;
  title?: string;
  passages: number;
  layout: 'auto' | 'single' | 'split';
}

export const reportCommand = {
  command: 'report <inputs..>',
  describe: 'Write an HTML comparison: one self-contained page, or for many reports an overview and a folder of pages beside it',
  builder: (y: Argv) =>
    outputOptions(y)
      .positional('inputs', INPUTS)
      .option('title', { type: 'string', describe: 'the page title' })
      .option('passages', { default: 20, requiresArg: true, coerce: numberIn('passages', 0, 10000, { integer: true }), describe: 'how many shared passages to list (0–10000)' })
      .option('layout', {
        choices: ['auto', 'single', 'split'] as const,
        default: 'auto' as const,
        describe: `one page (single), or an overview page plus report.parts/ beside it (split); auto: split above ${SPLIT_ABOVE} reports`,
      })
      .example(described('$0 report samples/ --out report.html', 'compare the five samples in one page'))
      .example(described('$0 report corpus/ --out report.html', `more than ${SPLIT_ABOVE} reports: report.html and report.parts/`)),
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
      const split = args.layout === 'split' || (args.layout === 'auto' && comparison.reports.length > SPLIT_ABOVE);
      const written: Array<{ path: string; bytes: number }> = [];
      try {
        if (split) {
          const dir = partsDirOf(args.out);
          progress.phase('rendering the overview and the pages beside it');
          const site = renderHtmlSite(comparison, { title: args.title, passages: args.passages, dir: basename(dir), index: basename(args.out) });
          // the folder first: the overview never links to pages that are not there yet
          progress.phase(`writing ${site.files.length} pages to ${dir}`);
          await writeOutputDir(dir, site.files.map((f) => ({ name: f.name, data: f.html })), { replaceable: writtenByGovdiff });
          progress.phase(`writing ${args.out}`);
          await writeOutputFile(args.out, site.index);
          written.push({ path: args.out, bytes: Buffer.byteLength(site.index) });
          for (const f of site.files) written.push({ path: join(dir, f.name), bytes: Buffer.byteLength(f.html) });
        } else {
          progress.phase('rendering');
          const html = renderHtml(comparison, { title: args.title, passages: args.passages });
          progress.phase(`writing ${args.out}`);
          await writeOutputFile(args.out, html);
          written.push({ path: args.out, bytes: Buffer.byteLength(html) });
        }
      } catch (e) {
        if (!(e instanceof OutputError)) throw e;
        progress.done();
        process.stderr.write(`govdiff: ${e.message}\n`);
        process.exitCode = 1;
        return;
      }
      progress.done();
      const total = written.reduce((n, w) => n + w.bytes, 0);
      if (args.json) {
        print(
          JSON.stringify(
            {
              out: resolve(args.out),
              layout: split ? 'split' : 'single',
              bytes: written[0].bytes,
              totalBytes: total,
              files: written.map((w) => ({ path: resolve(w.path), bytes: w.bytes })),
              reports: comparison.reports.map((r) => r.file),
              notes: comparison.notes,
            },
            null,
            2,
          ),
        );
      } else if (!args.quiet) {
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        const more = split ? `; ${written.length - 1} pages in ${partsDirOf(args.out)}/, ${kb(total - written[0].bytes)}` : '';
        process.stderr.write(`wrote ${args.out} (${comparison.reports.length} reports, ${kb(written[0].bytes)}${more})\n`);
      }
      process.exitCode = exitCode(loaded);
    } finally {
      progress.done();
    }
  },
};
