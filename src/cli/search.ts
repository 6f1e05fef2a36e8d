// govdiff search QUERY INPUTS...: every occurrence of a word or phrase, as keyword-in-context lines. The inputs are
// indexes (govdiff index), where SQLite's trigram index finds the sections without reading the others, or report
// files, parsed and scanned; both go through the same matcher, so they list the same lines.
import type { Argv } from 'yargs';
import { InputError } from '../model.js';
import { ALL_PARTS } from '../profiles/index.js';
import { cleanQuery, compareHits, hitsIn, sectionRows, type SearchHit } from '../corpus/search.js';
import { readIndex, usesTrigrams } from '../corpus/query.js';
import { renderSearchCsv, renderSearchLines } from '../render/search.js';
import {
  contextFor,
  corpusFailure,
  described,
  eachReport,
  emit,
  exitCode,
  filterArg,
  isIndexPath,
  numberIn,
  outputOptions,
  UsageError,
  type GlobalArgs,
  type Loaded,
} from './shared.js';

interface SearchArgs extends GlobalArgs {
  query: string;
  inputs: string[];
  section: string[];
  limit?: number;
  context?: number;
  format?: 'lines' | 'csv' | 'json';
  bom?: boolean;
}

const PARTS = [...ALL_PARTS, 'preamble', 'closing', 'unknown'];

/** --section problems,plans → those parts; none or `all` → every part. */
function partsFrom(values: string[] | string | undefined): string[] | undefined {
  const list = (Array.isArray(values) ? values : values === undefined ? [] : [values]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
  for (const v of list) if (v !== 'all' && !PARTS.includes(v)) throw new UsageError(`unknown section "${v}": use ${[...PARTS, 'all'].join(', ')}`);
  return !list.length || list.includes('all') ? undefined : list;
}

export const searchCommand = {
  command: 'search <query> <inputs..>',
  describe: 'Find a word or phrase in an index (or reports), listed with agency, year and part, in context',
  builder: (y: Argv) =>
    outputOptions(y, { choices: ['lines', 'csv', 'json'], describe: 'output format (default: lines, or json with --json)' }, true)
      .positional('query', { type: 'string', describe: 'the word or phrase (cleaned as reports are: traditional characters and full-width letters are found too)' })
      .positional('inputs', { type: 'string', array: true, describe: 'govdiff indexes (govdiff index), or report files and directories' })
      .option('section', { alias: 's', type: 'string', array: true, describe: `only in these parts: ${[...PARTS, 'all'].join(', ')} (comma-separated or repeated)` })
      .option('limit', { requiresArg: true, coerce: numberIn('limit', 1, 1e9, { integer: true }), describe: 'list at most this many matches, in order (agency, year, file, place)' })
      .option('context', { requiresArg: true, coerce: numberIn('context', 0, 1000, { integer: true }), describe: 'characters on each side of a match (default: what fits the width; 30 in JSON and CSV)' })
      .example(described('$0 search 法律顾问 corpus.db --section problems', 'who admits a problem with legal advisers'))
      .example(described('$0 search 行政复议 corpus.db --year 2022 --json', 'the occurrences as data'))
      .example(described('$0 search 公职律师 corpus.db -f csv --bom -o hits.csv', 'a table for Excel')),
  handler: async (args: SearchArgs) => {
    const query = cleanQuery(String(args.query ?? ''));
    if (!query) throw new UsageError('search needs a word or phrase to look for');
    const parts = partsFrom(args.section);
    const format = args.format ?? (args.json ? 'json' : 'lines');
    if (args.bom && format !== 'csv') throw new UsageError('--bom goes with --format csv');
    const indexFilter = filterArg(args, 'index');
    filterArg(args, 'files');
    const ctx = contextFor(args.out ? { ...args, color: false } : args);
    const context = args.context ?? (format === 'lines' ? ctx.width : 30);
    const limit = args.limit;
    const hits: SearchHit[] = [];
    const failures: Loaded['failures'] = [];

    const indexes = args.inputs.filter(isIndexPath);
    const files = args.inputs.filter((p) => !isIndexPath(p));
    if (indexes.length && !usesTrigrams(query) && !args.quiet)
      process.stderr.write(`govdiff: «${query}» is shorter than three characters: the trigram index cannot serve it, every section is scanned (LIKE)\n`);
    let seen = 0;
    let matched = 0;
    for (const path of indexes) {
      let reader;
      try {
        reader = readIndex(path);
      } catch (e) {
        const f = corpusFailure(path, e);
        failures.push(f);
        process.stderr.write(`govdiff: ${f instanceof InputError ? `${f.file}: ${f.reason}` : f.message}\n`);
        continue;
      }
      try {
        if (reader.stale && !args.quiet) process.stderr.write(`govdiff: ${path}: indexed by another version of the parser (${reader.meta.parser}); run govdiff index again to parse its files anew\n`);
        if (indexFilter) {
          seen += reader.total();
          matched += reader.count(indexFilter);
        }
        // sections come in the order of the lines: past the limit, the rest of this index cannot come first
        let mine = 0;
        for (const row of reader.sections(query, { filter: indexFilter, parts })) {
          const found = hitsIn(row, query, context);
          hits.push(...found);
          mine += found.length;
          if (limit !== undefined && mine > limit) break;
        }
      } finally {
        reader.close();
      }
    }
    if (indexFilter && indexes.length && !args.quiet) process.stderr.write(`govdiff: ${matched} of ${seen} reports match the filters\n`);
    if (files.length) {
      const loaded = await eachReport(files, args, (r) => {
        for (const row of sectionRows(r, parts)) hits.push(...hitsIn(row, query, context));
      });
      failures.push(...loaded.failures);
    }
    hits.sort(compareHits);
    const shown = limit !== undefined ? hits.slice(0, limit) : hits;
    if (limit !== undefined && hits.length > limit && !args.quiet) process.stderr.write(`govdiff: the first ${limit} matches are listed (--limit ${limit}); there are more\n`);
    if (!hits.length && !failures.length && !args.quiet) process.stderr.write(`govdiff: no matches for «${query}»\n`);
    const text = format === 'json' ? JSON.stringify(shown, null, 2) + '\n' : format === 'csv' ? renderSearchCsv(shown, { bom: args.bom }) : renderSearchLines(shown, ctx);
    if (text) await emit(text, args);
    process.exitCode = exitCode({ failures });
  },
};
