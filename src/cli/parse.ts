import type { Argv } from 'yargs';
import type { Report } from '../model.js';
import { renderOutline } from '../render/outline.js';
import { loadReports, contextFor, emit, exitCode, outputOptions, numberIn, type GlobalArgs, INPUTS, described } from './shared.js';

interface ParseArgs extends GlobalArgs {
  inputs: string[];
  depth: number;
}

/** The JSON form of a report: the documented contract. */
export function reportToJson(r: Report) {
  return {
    file: r.file,
    meta: r.meta,
    sections: r.sections,
    text: r.text,
    warnings: r.warnings,
  };
}

export const parseCommand = {
  command: 'parse <inputs..>',
  describe: 'Read, clean and split reports into canonical sections',
  builder: (y: Argv) =>
    outputOptions(y)
      .positional('inputs', INPUTS)
      .option('depth', { default: 2, requiresArg: true, coerce: numberIn('depth', 0, 20, { integer: true }), describe: 'how many levels of items to show in the outline (0–20, default 2)' })
      .example(described('$0 parse samples/', 'outline every report in samples/'))
      .example(described('$0 parse --json report.html > report.json', 'the parsed report as JSON'))
      .example(described('iconv -f gbk -t utf-8 a.txt | $0 parse -', 'read from stdin')),
  handler: async (args: ParseArgs) => {
    const loaded = await loadReports(args.inputs, args);
    if (args.json) await emit(JSON.stringify(loaded.reports.map(reportToJson), null, 2), args);
    else {
      const ctx = contextFor(args);
      await emit(loaded.reports.map((r) => renderOutline(r, ctx, { depth: args.depth })).join('\n\n'), args);
    }
    process.exitCode = exitCode(loaded);
  },
};
