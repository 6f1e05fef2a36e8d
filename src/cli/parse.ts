import type { Argv } from 'yargs';
import { once } from 'node:events';
import type { Report } from '../model.js';
import { renderOutline } from '../render/outline.js';
import { JsonArrayWriter } from '../render/json.js';
import { loadReports, eachReport, contextFor, print, exitCode, type GlobalArgs, INPUTS } from './shared.js';

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
    y
      .positional('inputs', INPUTS)
      .option('depth', { type: 'number', default: 2, describe: 'how many levels of items to show in the outline' })
      .example('$0 parse samples/', 'outline every report in samples/')
      .example('$0 parse --json report.html > report.json', 'the parsed report as JSON')
      .example('iconv -f gbk -t utf-8 a.txt | $0 parse -', 'read from stdin'),
  handler: async (args: ParseArgs) => {
    if (args.json) {
      // one report at a time, as each is parsed: the whole array as text would be 4× the input; a reader slower than
      // the parser (a pipe) holds it back rather than letting the output pile up in memory
      const out = new JsonArrayWriter((s) => process.stdout.write(s));
      const each = eachReport(args.inputs, args);
      let r = each.next();
      for (; !r.done; r = each.next()) {
        out.push(reportToJson(r.value));
        if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
      }
      out.end();
      print('');
      process.exitCode = exitCode(r.value);
      return;
    }
    const loaded = loadReports(args.inputs, args);
    const ctx = contextFor(args);
    print(loaded.reports.map((r) => renderOutline(r, ctx, { depth: args.depth })).join('\n\n'));
    process.exitCode = exitCode(loaded);
  },
};
