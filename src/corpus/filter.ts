// Which reports a run looks at: --year, --agency, --where and (over an index) --kind, one filter for both kinds of
// input. Over report files it is a predicate on the parsed Report; over an index it becomes a SQL WHERE clause on
// the metadata columns, so that rows filtered out are never read. Pure: no SQLite here (every command loads this).
import type { Report } from '../model.js';

/** A filter the user wrote wrong: the CLI turns it into a usage error (exit 2). */
export class FilterError extends Error {
  override name = 'FilterError';
}

/**
 * The metadata a filter can name, as a report's columns in the index. Small on purpose: the fields every report
 * has, spelled as the index spells them. `chars` is the length of the cleaned text.
 */
export const FILTER_KEYS = ['file', 'kind', 'agency', 'year', 'title', 'signed', 'published', 'chars', 'format', 'encoding', 'script'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
const NUMERIC: ReadonlySet<FilterKey> = new Set(['year', 'chars']);

export type FilterOp = '=' | '!=' | '~=' | '<' | '<=' | '>' | '>=';

export interface Condition {
  key: FilterKey;
  op: FilterOp;
  /** The value as written; a number for year and chars (except with ~=); '' with = / != means "has none". */
  value: string | number;
  /** The compiled pattern of a ~= condition. */
  re?: RegExp;
}

export interface ReportFilter {
  conditions: Condition[];
  /** The filters as the user gave them, for messages. */
  described: string[];
}

export interface FilterArgs {
  year?: string | number;
  agency?: string;
  where?: string | string[];
  /** Over an index only: keep reports of this kind (over files --kind means "read as", see shared.ts). */
  kind?: string;
}

/** The metadata of a report as the filter sees it (the same values the index stores in its columns). */
export function metadataOf(r: Report): Record<FilterKey, string | number | null> {
  return {
    file: r.file,
    kind: r.kind,
    agency: r.meta.agency,
    year: r.meta.year,
    title: r.meta.title,
    signed: r.meta.signedAt,
    published: r.meta.publishedAt,
    chars: r.text.length,
    format: r.meta.format,
    encoding: r.meta.encoding,
    script: r.meta.script,
  };
}

/**
 * --year 2021 | 2021..2023 | 2021.. | ..2023 → conditions on year. Four digits each side: a typo such as 202 or
 * 2021-2023 is refused rather than silently matching nothing.
 */
export function yearConditions(value: string | number): Condition[] {
  const s = String(value).trim();
  const m = /^(\d{4})?(\.\.)?(\d{4})?$/.exec(s);
  if (!m || (!m[1] && !m[3]) || (!m[2] && m[3]) || (m[2] === undefined && !m[1]))
    throw new FilterError(`--year takes a year or a range: 2021, 2021..2023, 2021.. or ..2023, not "${value}"`);
  const from = m[1] ? Number(m[1]) : undefined;
  const to = m[2] ? (m[3] ? Number(m[3]) : undefined) : from;
  if (from !== undefined && to !== undefined && from > to) throw new FilterError(`--year ${s}: the range runs backwards (${from} > ${to})`);
  const out: Condition[] = [];
  if (from !== undefined && from === to) out.push({ key: 'year', op: '=', value: from });
  else {
    if (from !== undefined) out.push({ key: 'year', op: '>=', value: from });
    if (to !== undefined) out.push({ key: 'year', op: '<=', value: to });
  }
  return out;
}

function regexOf(source: string, what: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch (e) {
    throw new FilterError(`${what} is not a valid regular expression: ${(e as Error).message}`);
  }
}

/** --where key=value, key!=value, key~=regex, key<value (also <=, >, >=): one condition. */
export function whereCondition(text: string): Condition {
  const m = /^\s*([a-z]+)\s*(~=|!=|<=|>=|=|<|>)(.*)$/s.exec(text);
  if (!m) throw new FilterError(`--where takes KEY=VALUE (also !=, ~= for a regular expression, <, <=, >, >=), not "${text}"`);
  const key = m[1] as FilterKey;
  if (!(FILTER_KEYS as readonly string[]).includes(key)) throw new FilterError(`--where: unknown field "${m[1]}": use ${FILTER_KEYS.join(', ')}`);
  const op = m[2] as FilterOp;
  const raw = m[3].trim();
  if (op === '~=') return { key, op, value: raw, re: regexOf(raw, `--where ${key}~=`) };
  if (NUMERIC.has(key) && raw !== '') {
    if (!/^\d+$/.test(raw)) throw new FilterError(`--where ${key}${op}: takes a whole number, not "${raw}"`);
    return { key, op, value: Number(raw) };
  }
  if (raw === '' && op !== '=' && op !== '!=') throw new FilterError(`--where ${key}${op}: needs a value`);
  return { key, op, value: raw };
}

/** The run's filter from its options; undefined when it has none. Throws FilterError on a bad one. */
export function filterFrom(args: FilterArgs, opts: { kindFilters: boolean }): ReportFilter | undefined {
  const conditions: Condition[] = [];
  const described: string[] = [];
  if (args.year !== undefined) {
    conditions.push(...yearConditions(args.year));
    described.push(`--year ${args.year}`);
  }
  if (args.agency !== undefined) {
    const source = String(args.agency);
    conditions.push({ key: 'agency', op: '~=', value: source, re: regexOf(source, '--agency') });
    described.push(`--agency ${source}`);
  }
  const wheres = args.where === undefined ? [] : Array.isArray(args.where) ? args.where : [args.where];
  for (const w of wheres) {
    conditions.push(whereCondition(String(w)));
    described.push(`--where ${w}`);
  }
  if (opts.kindFilters && args.kind !== undefined) {
    conditions.push({ key: 'kind', op: '=', value: args.kind });
    described.push(`--kind ${args.kind}`);
  }
  return conditions.length ? { conditions, described } : undefined;
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether one value meets one condition. A report without the field (null) meets only `key=` and `key!=value`. */
export function meets(value: string | number | null, c: Condition): boolean {
  if (c.op === '=' && c.value === '') return value === null || value === '';
  if (c.op === '!=' && c.value === '') return value !== null && value !== '';
  if (value === null) return c.op === '!=';
  if (c.op === '~=') return c.re!.test(String(value));
  const d = compare(value, c.value);
  switch (c.op) {
    case '=':
      return d === 0;
    case '!=':
      return d !== 0;
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
  }
}

/** Over report files: the filter applied to a parsed report. */
export function matchesReport(r: Report, f: ReportFilter | undefined): boolean {
  if (!f) return true;
  const meta = metadataOf(r);
  return f.conditions.every((c) => meets(meta[c.key], c));
}

/**
 * Over an index: the same filter as a WHERE clause on the reports table (aliased `alias`), with its parameters.
 * `~=` goes through the regexp() function the index registers (JavaScript's RegExp, the same as over files); the
 * column names are fixed strings from FILTER_KEYS, the values always parameters.
 */
export function filterSql(f: ReportFilter | undefined, alias = 'r'): { where: string; params: Array<string | number> } {
  if (!f) return { where: '1', params: [] };
  const parts: string[] = [];
  const params: Array<string | number> = [];
  for (const c of f.conditions) {
    const col = `${alias}.${c.key}`;
    if (c.op === '=' && c.value === '') parts.push(`(${col} IS NULL OR ${col} = '')`);
    else if (c.op === '!=' && c.value === '') parts.push(`(${col} IS NOT NULL AND ${col} <> '')`);
    else if (c.op === '~=') {
      parts.push(`${col} REGEXP ?`);
      params.push(String(c.value));
    } else if (c.op === '!=') {
      parts.push(`(${col} IS NULL OR ${col} <> ?)`);
      params.push(c.value);
    } else {
      parts.push(`${col} ${c.op} ?`);
      params.push(c.value);
    }
  }
  return { where: parts.join(' AND '), params };
}
