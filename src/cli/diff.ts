import type { Argv } from 'yargs';
import { diffReports } from '../compare/index.js';
import { renderDiff } from '../render/diff.js';
import { requireOneKind, loadReports, contextFor, emit, exitCode, outputOptions, UsageError, type GlobalArgs, described } from './shared.js';
import { sectionsFrom } from './compare.js';

interface DiffArgs extends GlobalArgs {
  a: string;
  b: string;
  section: string[];
  unified?: boolean;
  chars?: boolean;
}

export const diffCommand = {
  command: 'diff <a> <b>',
  describe: 'Two reports side by side: parts paired, like points paired, changed words marked',
  builder: (y: Argv) =>
    outputOptions(y)
      .positional('a', { describe: 'the first report (e.g. last year\'s)', type: 'string' })
      .positional('b', { describe: 'the second report', type: 'string' })
      .option('section', { alias: 's', type: 'string', array: true, default: ['all'], describe: 'which parts: measures, problems, duties, plans, other, all' })
      .option('unified', { alias: 'u', type: 'boolean', describe: 'one column, removed and added words inline' })
      .option('chars', { type: 'boolean', describe: 'mark changes character by character instead of word by word' })
      .example(described('$0 diff 2021.txt 2022.txt', 'what an agency changed from one year to the next'))
      .example(described('$0 diff a.txt b.txt --section problems --unified --no-color', '[-removed-] {+added+} in one column')),
  handler: async (args: DiffArgs) => {
    const sections = sectionsFrom(args.section);
    const loaded = await loadReports([args.a, args.b], args);
    if (loaded.reports.length !== 2) {
      if (!loaded.failures.length) throw new UsageError('diff needs two report files');
      process.exitCode = exitCode(loaded);
      return;
    }
    requireOneKind(loaded.reports);
    const byFile = (f: string) => loaded.reports.find((r) => r.file === f) ?? loaded.reports[0];
    // A and B stay as given (not sorted): the order is the direction of the change
    const [ra, rb] = loaded.reports[0].file === args.b && loaded.reports[1].file === args.a ? [loaded.reports[1], loaded.reports[0]] : [byFile(args.a), loaded.reports[1]];
    const d = diffReports(ra, rb, { sections, granularity: args.chars ? 'char' : 'word' });
    if (args.json) await emit(JSON.stringify(d, null, 2), args);
    else await emit(renderDiff(d, contextFor(args.out ? { ...args, color: false } : args), { unified: args.unified }), args);
    process.exitCode = exitCode(loaded);
  },
};
