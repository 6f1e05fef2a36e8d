import { once } from 'node:events';
import type { Argv } from 'yargs';
import type { Report } from '../model.js';
import { renderOutline } from '../render/outline.js';
import { JsonArrayWriter } from '../render/json.js';
import { loadReports, eachReport, contextFor, emit, exitCode, outputOptions, numberIn, type GlobalArgs, INPUTS, described } from './shared.js';
import { pagerCommand } from './pager.js';

interface ParseArgs extends GlobalArgs {
  inputs: string[];
  depth: number;
}

/** The JSON form of a report: the documented contract. */
export function reportToJson(r: Report) {
  return {
    file: r.file,
    kind: r.kind,
    kindRule: r.kindRule,
    meta: r.meta,
    sections: r.sections,
    text: r.text,
    removed: r.removed,
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
    if (args.json) {
      // one report at a time, as each is parsed: the whole array as text would be 4× the input. Straight to stdout
      // when nothing else takes it (a file written whole, a pager), else gathered for them.
      const direct = !(args.out && args.out !== '-') && pagerCommand({ pager: args.pager }) === null;
      const chunks: string[] = [];
      const out = new JsonArrayWriter((s) => (direct ? process.stdout.write(s) : chunks.push(s)));
      // a reader slower than the parser (a pipe) holds it back rather than letting the output pile up in memory
      const loaded = await eachReport(args.inputs, args, async (r) => {
        out.push(reportToJson(r));
        if (direct && process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
      });
      out.end();
      if (direct) process.stdout.write('\n');
      else await emit(chunks.join(''), args);
      process.exitCode = exitCode(loaded);
      return;
    }
    const loaded = await loadReports(args.inputs, args);
    const ctx = contextFor(args.out ? { ...args, color: false } : args);
    await emit(loaded.reports.map((r) => renderOutline(r, ctx, { depth: args.depth })).join('\n\n'), args);
    process.exitCode = exitCode(loaded);
  },
};
