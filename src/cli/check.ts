import type { Argv } from 'yargs';
import { checkReports, type ReportCheck } from '../check/index.js';
import { renderCheck } from '../render/check.js';
import { TEMPLATE_PARTS, type TemplatePart } from '../model.js';
import { loadReports, contextFor, emit, exitCode, outputOptions, EXIT_INPUT, UsageError, type GlobalArgs, INPUTS, described } from './shared.js';

interface CheckArgs extends GlobalArgs {
  inputs: string[];
  strict?: boolean;
  parts?: string;
}

/** "measures,problems" → the parts, in the template's order; anything else is a usage error. */
export function partsArg(value: string | undefined): TemplatePart[] {
  if (!value) return [...TEMPLATE_PARTS];
  const asked = value.split(/[,\s]+/).filter(Boolean);
  const wrong = asked.filter((p) => !(TEMPLATE_PARTS as readonly string[]).includes(p));
  if (wrong.length || !asked.length) throw new UsageError(`--parts takes some of ${TEMPLATE_PARTS.join(',')}, not "${value}"`);
  return TEMPLATE_PARTS.filter((p) => asked.includes(p));
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
    outputOptions(y)
      .positional('inputs', INPUTS)
      .option('strict', { type: 'boolean', default: false, describe: 'exit 1 when any report falls short (for scripts)' })
      .option('parts', { type: 'string', describe: `the parts a report must have, comma-separated (default: all five: ${TEMPLATE_PARTS.join(',')})` })
      .example(described('$0 check samples/', 'a table of what each report has and lacks'))
      .example(described('$0 check --json --strict reports/ > check.json', 'the findings as JSON; exit 1 if any report falls short'))
      .example(described('$0 check --parts measures,problems,duties,plans samples/', 'do not ask for 其他需要报告的情况')),
  handler: async (args: CheckArgs) => {
    const parts = partsArg(args.parts);
    const loaded = await loadReports(args.inputs, args);
    const checks = checkReports(loaded.reports, { parts });
    if (args.json) await emit(JSON.stringify(checks.map(checkToJson), null, 2), args);
    else if (checks.length) await emit(renderCheck(checks, contextFor(args.out ? { ...args, color: false } : args), parts), args);
    const short = args.strict && checks.some((c) => !c.ok);
    process.exitCode = Math.max(short ? EXIT_INPUT : 0, exitCode(loaded));
  },
};
