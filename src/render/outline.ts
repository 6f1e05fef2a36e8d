// A report as a readable outline: metadata header, then the section tree with canonical labels.
import type { Canonical, Item, Report } from '../model.js';
import { type RenderContext, truncate, displayWidth, padTo } from './context.js';

type Colour = 'green' | 'red' | 'magenta' | 'blue' | 'cyan' | 'gray' | 'yellow';
// the frame grey, problems red, what nothing named yellow; every kind's other parts take a colour by their name
const LABEL_COLOR: Record<string, Colour> = {
  preamble: 'gray',
  closing: 'gray',
  unknown: 'yellow',
  problems: 'red',
  measures: 'green',
  duties: 'magenta',
  plans: 'blue',
  other: 'cyan',
};
const PALETTE: Colour[] = ['green', 'blue', 'magenta', 'cyan'];

function colourOf(c: Canonical): Colour {
  if (Object.hasOwn(LABEL_COLOR, c)) return LABEL_COLOR[c];
  let h = 0;
  for (let i = 0; i < c.length; i++) h = (h * 31 + c.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

export function canonicalLabel(c: Canonical, ctx: RenderContext, width = 9): string {
  return ctx.chalk[colourOf(c)](padTo(c, width, ctx));
}

function countItems(items: Item[]): number {
  return items.reduce((n, it) => n + 1 + countItems(it.items), 0);
}

export interface OutlineOptions {
  /** How deep to show items (0: sections only). */
  depth: number;
}

export function renderOutline(report: Report, ctx: RenderContext, opts: OutlineOptions = { depth: 2 }): string {
  const { chalk } = ctx;
  const m = report.meta;
  const out: string[] = [];
  out.push(chalk.bold(truncate(report.file, ctx.width, ctx)));
  const facts = [
    ['kind', report.kind ? `${report.kind} (${report.kindRule})` : null],
    ['title', m.title],
    ['agency', m.agencies.length > 1 ? m.agencies.join(' + ') : m.agency],
    ['year', m.year],
    ['signed', m.signedAt],
    ['published', m.publishedAt],
    ['source', `${m.format}, ${m.encoding}, ${m.script}`],
  ] as const;
  for (const [k, v] of facts) {
    const value = v === null || v === undefined ? chalk.dim('—') : String(v);
    out.push(`  ${chalk.dim(padTo(k, 10, ctx))}${v === null || v === undefined ? value : truncate(value, ctx.width - 12, ctx)}`);
  }
  for (const w of report.warnings) out.push(`  ${chalk.yellow('warning')}  ${truncate(w, ctx.width - 11, ctx)}`);
  out.push('');
  for (const s of report.sections) {
    const n = countItems(s.items);
    // the suffix is measured plain and coloured last; what is left of the line goes to the heading
    const parts = [n ? ` ${n} item${n === 1 ? '' : 's'}` : '', ` ${s.text.length} chars`, s.inferred ? ' (no heading: inferred)' : ''];
    while (parts.some(Boolean) && ctx.width - 12 - displayWidth(parts.join(''), ctx) < 8) parts[parts.findIndex(Boolean)] = '';
    const room = ctx.width - 12 - displayWidth(parts.join(''), ctx);
    const head = truncate(s.heading ?? firstLine(s.text), Math.max(1, room), ctx);
    const tail = chalk.dim(parts[0] + parts[1]) + (parts[2] ? chalk.italic.dim(parts[2]) : '');
    out.push(`  ${canonicalLabel(s.canonical, ctx)} ${head}${tail}`);
    if (opts.depth > 0) renderItems(s.items, 1, opts.depth, ctx, out);
  }
  return out.join('\n');
}

function renderItems(items: Item[], level: number, depth: number, ctx: RenderContext, out: string[]) {
  for (const it of items) {
    const indent = ' '.repeat(12 + level * 2);
    const marker = it.marker ? ctx.chalk.dim(it.marker) + ' ' : ctx.chalk.dim('¶ ');
    const room = ctx.width - displayWidth(indent, ctx) - displayWidth(it.marker ?? '¶', ctx) - 1;
    out.push(indent + marker + truncate(it.title, Math.max(6, room), ctx));
    if (level < depth) renderItems(it.items, level + 1, depth, ctx, out);
  }
}

function firstLine(text: string): string {
  const i = text.indexOf('\n');
  return i < 0 ? text : text.slice(0, i);
}
