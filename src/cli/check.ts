import type { Argv } from 'yargs';
import { checkReports, type ReportCheck } from '../check/index.js';
import { renderCheck } from '../render/check.js';
import { loadReports, contextFor, print, exitCode, EXIT_INPUT, type GlobalArgs } from './shared.js';

interface CheckArgs extends GlobalArgs {
  inputs: string[];
  strict?: boolean;
}

/** The JSON form of a check: the documented contract. */
export function checkToJson(c: ReportCheck) {
  return {
    file: c.file,
    agency: c.agency,
    year: c.year,
    present: c.present,
    missing: c.missing,
    embedded: c.embedded,
    inOrder: c.inOrder,
    publishedOnTime: c.publishedOnTime,
    embeddedIn: c.embeddedIn,
    order: c.order,
    deadline: c.deadline,
    publishedAt: c.publishedAt,
    signedAt: c.signedAt,
    names: c.names,
    shortfalls: c.shortfalls,
    ok: c.ok,
  };
}

export const checkCommand = {
  command: 'check <inputs..>',
  describe: 'Check each report against the 2019 规定: the five parts, their order, names, dates, publication by 1 April',
  builder: (y: Argv) =>
    y
      .positional('inputs', { describe: 'report files or directories (.txt .html .htm), or - for stdin', type: 'string', array: true })
      .option('strict', { type: 'boolean', default: false, describe: 'exit 1 when any report falls short (for scripts)' })
      .example('$0 check samples/', 'a table of what each report has and lacks')
      .example('$0 check --json --strict reports/ > check.json', 'the findings as JSON; exit 1 if any report falls short'),
  handler: (args: CheckArgs) => {
    const loaded = loadReports(args.inputs, args);
    const checks = checkReports(loaded.reports);
    if (args.json) print(JSON.stringify(checks.map(checkToJson), null, 2));
    else if (checks.length) print(renderCheck(checks, contextFor(args)));
    const short = args.strict && checks.some((c) => !c.ok);
    process.exitCode = short ? EXIT_INPUT : exitCode(loaded);
  },
};
