// The compliance check as a table for people: one row per report, a mark per mandated part, then what falls short.
import type { ReportCheck, Shortfall } from '../check/index.js';
import type { TemplatePart } from '../model.js';
import type { Concreteness } from '../figures/concreteness.js';
import { type RenderContext, padTo, truncate, displayWidth, wrapWords } from './context.js';

const GAP = '  ';

interface Column {
  head: string;
  width: number;
  cell: (c: ReportCheck, ctx: RenderContext) => { text: string; style?: (s: string) => string };
}

function partMark(c: ReportCheck, p: TemplatePart, ctx: RenderContext) {
  // a part of another kind's template (a mixed table): not asked of this report
  if (!c.checked.includes(p)) return { text: '·', style: ctx.chalk.dim };
  if (c.present.includes(p)) return { text: '✓', style: ctx.chalk.green };
  if (c.embedded.includes(p)) return { text: '~', style: ctx.chalk.yellow };
  return { text: '✗', style: ctx.chalk.red };
}

function columns(parts: readonly TemplatePart[]): Column[] {
  return [
    { head: 'year', width: 4, cell: (c, ctx) => (c.year === null ? { text: '—', style: ctx.chalk.red } : { text: String(c.year) }) },
    ...parts.map(
      (p): Column => ({ head: p, width: Math.max(p.length, 1), cell: (c, ctx) => partMark(c, p, ctx) }),
    ),
    {
      head: 'order',
      width: 5,
      cell: (c, ctx) => (c.inOrder ? { text: '✓', style: ctx.chalk.green } : { text: '✗', style: ctx.chalk.red }),
    },
    {
      head: 'signed',
      width: 10,
      cell: (c, ctx) => (c.signedAt ? { text: c.signedAt } : { text: '—', style: ctx.chalk.red }),
    },
    {
      head: 'published',
      width: 12,
      cell: (c, ctx) => {
        if (!c.publishedAt) return { text: '—', style: ctx.chalk.dim };
        const date = c.publishedAt.slice(0, 10);
        if (c.publishedOnTime === true) return { text: `${date} ✓`, style: ctx.chalk.green };
        if (c.publishedOnTime === false) return { text: `${date} ✗`, style: ctx.chalk.red };
        return { text: `${date} ?`, style: ctx.chalk.dim };
      },
    },
  ];
}

const SHORTFALL_WORDS: Record<Shortfall, (c: ReportCheck) => string> = {
  'missing-part': (c) => `lacks ${c.missing.join(', ')}`,
  'out-of-order': (c) => `parts out of the template's order (${c.order.join(' → ')})`,
  'published-late': (c) => `made public ${c.publishedAt?.slice(0, 10)}, after the deadline ${c.deadline}`,
  'no-year': () => 'names no year',
  'no-agency': () => 'names no agency',
  'no-signature-date': () => 'no signature date',
};

/** Words for everything a person should know about one report: shortfalls, then parts found only inside others. */
export function checkNotes(c: ReportCheck): string[] {
  const notes = c.shortfalls.map((s) => SHORTFALL_WORDS[s](c));
  for (const p of c.embedded) {
    const host = c.embeddedIn[p];
    notes.push(`${p} only inside ${host ?? 'another part'}, without a heading of its own`);
  }
  if (c.publishedOnTime === null && c.year !== null) notes.push('publication date unknown');
  return notes;
}

/** The share of specific sentences and of formula, per report in the order of `checks`. */
function concretenessColumns(conc: Concreteness[]): Column[] {
  const at = new Map(conc.map((c) => [c.file, c]));
  const pct = (v: number | undefined) => (v === undefined ? '—' : `${Math.round(v * 100)}%`);
  return [
    { head: 'concrete', width: 8, cell: (c) => ({ text: pct(at.get(c.file)?.share) }) },
    { head: 'formula', width: 7, cell: (c, ctx) => ({ text: pct(at.get(c.file)?.formulaShare), style: ctx.chalk.dim }) },
  ];
}

export function renderCheck(
  checks: ReportCheck[],
  ctx: RenderContext,
  parts: readonly TemplatePart[],
  concreteness?: Concreteness[],
): string {
  const { chalk } = ctx;
  const cols = [...columns(parts), ...(concreteness ? concretenessColumns(concreteness) : [])];
  const indent = '  ';
  const out: string[] = [];
  // columns that do not fit the width go on a second line (and a third…), under a header split the same way
  const bands: Column[][] = [[]];
  let used = indent.length;
  for (const col of cols) {
    const band = bands[bands.length - 1];
    const w = (band.length ? GAP.length : 0) + col.width;
    if (band.length && used + w > ctx.width) (bands.push([col]), (used = indent.length + col.width));
    else band.push(col), (used += w);
  }
  // the file and its agency on a line of their own, the marks under the header: names stay whole on a narrow screen
  for (const band of bands) out.push(chalk.bold(indent + band.map((c) => padTo(c.head, c.width, ctx)).join(GAP).trimEnd()));
  for (const c of checks) {
    const agency = c.agency ?? '— no agency';
    const fileW = Math.min(displayWidth(c.file, ctx), Math.max(10, ctx.width - 12));
    const file = truncate(c.file, fileW, ctx);
    const who = truncate(agency, Math.max(6, ctx.width - displayWidth(file, ctx) - 2), ctx);
    out.push(`${chalk.bold(file)}  ${c.agency ? who : chalk.red(who)}`);
    for (const band of bands) {
      const cells = band.map((col) => {
        const { text, style } = col.cell(c, ctx);
        const padded = padTo(truncate(text, col.width, ctx), col.width, ctx);
        return style ? style(padded) : padded;
      });
      out.push((indent + cells.join(GAP)).trimEnd());
    }
  }
  out.push('');
  const legend = '✓ has the part  ~ only inside another part  ✗ lacks it  · not a part of its kind · published ✓ by the deadline of its kind';
  for (const l of wrapWords(legend, ctx.width, ctx)) out.push(chalk.dim(l));
  if (concreteness) for (const l of wrapWords('concrete: sentences that state something specific · formula: sentences only of stock phrases and shared text', ctx.width, ctx)) out.push(chalk.dim(l));

  const short = checks.filter((c) => checkNotes(c).length);
  if (short.length) out.push('');
  for (const c of short) {
    const mark = c.ok ? chalk.yellow('note') : chalk.red('short');
    out.push(`${mark}  ${truncate(c.file, Math.max(10, ctx.width - 7), ctx)}`);
    for (const n of checkNotes(c)) {
      out.push(`       ${truncate(n, Math.max(10, ctx.width - 7), ctx)}`);
    }
  }
  const failing = checks.filter((c) => !c.ok).length;
  out.push('');
  const verdict = failing
    ? `${failing} of ${checks.length} report${checks.length === 1 ? '' : 's'} fall${failing === 1 ? 's' : ''} short`
    : `all ${checks.length} report${checks.length === 1 ? '' : 's'} comply`;
  for (const l of wrapWords(verdict, ctx.width, ctx)) out.push(failing ? chalk.red(l) : chalk.green(l));
  return out.join('\n');
}

