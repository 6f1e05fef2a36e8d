import type { Argv } from 'yargs';
import type { TemplatePart } from '../model.js';
import { ALL_PARTS } from '../profiles/index.js';
import { compareReports, loadTopics } from '../compare/index.js';
import type { Topic } from '../profiles/types.js';
import { renderComparison } from '../render/columns.js';
import { requireOneKind, loadReports, contextFor, emit, exitCode, outputOptions, numberIn, UsageError, type GlobalArgs, type Loaded, INPUTS, described } from './shared.js';
import { makeProgress } from './progress.js';

export const SECTION_CHOICES = [...ALL_PARTS, 'all'];

export interface SectionArgs extends GlobalArgs {
  section: string[];
  topics?: string;
  'min-similarity'?: number;
}

/** --section measures,problems → those parts in template order; --section all → undefined: every part of the reports' kind. */
export function sectionsFrom(values: string[] | string | undefined): TemplatePart[] | undefined {
  const list = (Array.isArray(values) ? values : [values ?? 'all']).flatMap((v) => String(v).split(',')).map((v) => v.trim());
  for (const v of list) if (!SECTION_CHOICES.includes(v)) throw new UsageError(`unknown section "${v}": use ${SECTION_CHOICES.join(', ')}`);
  if (list.includes('all')) return undefined;
  return ALL_PARTS.filter((p) => list.includes(p));
}

/** The user's topic list, or undefined for the profile's. A bad file is a usage error naming it. */
export function topicsFrom(path: string | undefined): Topic[] | undefined {
  if (!path) return undefined;
  try {
    return loadTopics(path);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** False (with the exit status set) when no report could be read: there is nothing to compare. */
export function somethingRead(loaded: Loaded): boolean {
  if (loaded.reports.length) {
    requireOneKind(loaded.reports);
    return true;
  }
  if (!loaded.failures.length) process.stderr.write('govdiff: no reports found in the inputs\n');
  process.exitCode = loaded.failures.length ? exitCode(loaded) : 2;
  return false;
}

export function sectionOptions(y: Argv) {
  return y
    .option('section', { alias: 's', type: 'string', array: true, default: ['all'], describe: `which parts: ${SECTION_CHOICES.join(', ')} (comma-separated or repeated)` })
    .option('topics', { type: 'string', describe: 'JSON file with your own topic list: [{ id, label, keywords, sections? }]' })
    .option('min-similarity', { requiresArg: true, coerce: numberIn('min-similarity', 0, 1), describe: 'how alike points must be to share a row (0–1, default 0.28)' });
}

interface CompareArgs extends SectionArgs {
  inputs: string[];
  titles?: boolean;
}

export const compareCommand = {
  command: 'compare <inputs..>',
  describe: 'Show reports side by side, part by part, with like points on one row',
  builder: (y: Argv) =>
    outputOptions(sectionOptions(y))
      .positional('inputs', INPUTS)
      .option('titles', { type: 'boolean', describe: 'show only each point\'s title, not its text' })
      .example(described('$0 compare samples/ --section problems', 'the problems each agency reported, like with like'))
      .example(described('$0 compare a.txt b.txt c.txt --width 120 --titles', 'measures, plans… by title only'))
      .example(described('$0 compare samples/ --json', 'the aligned rows as data')),
  handler: async (args: CompareArgs) => {
    const sections = sectionsFrom(args.section);
    const topics = topicsFrom(args.topics);
    const progress = makeProgress({ quiet: args.quiet, inputs: args.inputs.length });
    try {
      const loaded = await loadReports(args.inputs, args, progress);
      if (!somethingRead(loaded)) return;
      progress.phase(`aligning ${loaded.reports.length} reports`);
      const cmp = compareReports(loaded.reports, { sections, topics, minSimilarity: args['min-similarity'], sparse: args.json });
      progress.phase('rendering');
      const text = args.json ? JSON.stringify(cmp, null, 2) : renderComparison(cmp, contextFor(args.out ? { ...args, color: false } : args), { titles: args.titles });
      progress.done();
      await emit(text, args);
      process.exitCode = exitCode(loaded);
    } finally {
      progress.done();
    }
  },
};
