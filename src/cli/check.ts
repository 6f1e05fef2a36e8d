import type { Argv } from 'yargs';
import { checkReports, type ReportCheck } from '../check/index.js';
import { renderCheck } from '../render/check.js';
import type { TemplatePart } from '../model.js';
import { ALL_PARTS, PROFILES, kindsOf } from '../profiles/index.js';
import { concreteness } from '../figures/concreteness.js';
import { findReuse } from '../reuse/index.js';
import { loadReports, contextFor, emit, exitCode, outputOptions, EXIT_INPUT, UsageError, type GlobalArgs, INPUTS, described } from './shared.js';

interface CheckArgs extends GlobalArgs {
  inputs: string[];
  strict?: boolean;
  parts?: string;
  sort?: 'file' | 'concrete' | 'formula';
}

/** "measures,problems" → the parts, in template order; none → undefined: each report's kind's mandated parts. */
export function partsArg(value: string | undefined): TemplatePart[] | undefined {
  if (!value) return undefined;
  const asked = value.split(/[,\s]+/).filter(Boolean);
  const wrong = asked.filter((p) => !ALL_PARTS.includes(p));
  if (wrong.length || !asked.length) throw new UsageError(`--parts takes some of ${ALL_PARTS.join(',')}, not "${value}"`);
  return ALL_PARTS.filter((p) => asked.includes(p));
}

/** The columns of the table: the parts asked for, else the mandated parts of the kinds present, kind by kind. */
function shownParts(parts: TemplatePart[] | undefined, kinds: string[]): TemplatePart[] {
  return parts ?? [...new Set(kinds.flatMap((k) => PROFILES[k].mandated))];
}

/** The JSON form of a check: the documented contract. */
export function checkToJson(c: ReportCheck) {
  return {
    file: c.file,
    kind: c.kind,
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

/** Checks in the order asked for: --sort concrete (most specific first) or formula (most formula first). */
function sortChecks(checks: ReportCheck[], conc: { file: string; share: number; formulaShare: number }[], by?: string): ReportCheck[] {
  if (!by || by === 'file') return checks;
  const at = new Map(conc.map((c) => [c.file, c]));
  const key = (c: ReportCheck) => (by === 'concrete' ? -(at.get(c.file)?.share ?? 0) : -(at.get(c.file)?.formulaShare ?? 0));
  return [...checks].sort((a, b) => key(a) - key(b));
}

export const checkCommand = {
  command: 'check <inputs..>',
  describe: 'Check each report against the rules of its kind: the mandated parts, their order, names, dates, the publication deadline',
  builder: (y: Argv) =>
    outputOptions(y)
      .positional('inputs', INPUTS)
      .option('strict', { type: 'boolean', default: false, describe: 'exit 1 when any report falls short (for scripts)' })
      .option('parts', { type: 'string', describe: 'the parts a report must have, comma-separated (default: the mandated parts of its kind; 法治: measures,problems,duties,plans,other)' })
      .option('sort', { choices: ['file', 'concrete', 'formula'] as const, describe: 'order of the table: as given, most concrete first, or most formula first' })
      .example(described('$0 check samples/', 'a table of what each report has and lacks'))
      .example(described('$0 check --json --strict reports/ > check.json', 'the findings as JSON; exit 1 if any report falls short'))
      .example(described('$0 check --parts measures,problems,duties,plans samples/', 'do not ask for 其他需要报告的情况')),
  handler: async (args: CheckArgs) => {
    const parts = partsArg(args.parts);
    const loaded = await loadReports(args.inputs, args);
    const checks = checkReports(loaded.reports, parts ? { parts } : {});
    // formula counts text other reports share: the reuse index, when there are others
    const conc = concreteness(loaded.reports, loaded.reports.length > 1 ? findReuse(loaded.reports) : null);
    if (args.json) await emit(JSON.stringify(checks.map((c, i) => ({ ...checkToJson(c), concreteness: conc[i] })), null, 2), args);
    else if (checks.length)
      await emit(renderCheck(sortChecks(checks, conc, args.sort), contextFor(args.out ? { ...args, color: false } : args), shownParts(parts, kindsOf(loaded.reports)), conc), args);
    const short = args.strict && checks.some((c) => !c.ok);
    process.exitCode = Math.max(short ? EXIT_INPUT : 0, exitCode(loaded));
  },
};
