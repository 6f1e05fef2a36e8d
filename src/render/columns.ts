// Side-by-side columns for the terminal: widths measured on plain text, colour applied last, pages of columns when
// there are more reports than fit.
import type { Comparison, ComparisonRow } from '../compare/index.js';
import { displayWidth, padTo, truncate, NO_LINE_START, type RenderContext } from './context.js';

/** A stretch of text and how to style it; widths are measured on `text` only. */
export interface Span {
  text: string;
  style?: (s: string) => string;
}

/** The narrowest a column may get before reports go to another page: twelve Han characters. */
export const MIN_COLUMN = 24;

export interface Layout {
  /** Column indices per page. */
  pages: number[][];
  columnWidth: number;
  separator: string;
}

/** How many columns fit side by side, spread evenly over as few pages as needed. */
export function layoutColumns(n: number, ctx: RenderContext, min = MIN_COLUMN): Layout {
  const separator = ' │ ';
  const sepW = displayWidth(separator, ctx);
  const fit = Math.max(1, Math.min(n, Math.floor((ctx.width + sepW) / (min + sepW))));
  const pageCount = Math.max(1, Math.ceil(n / fit));
  const perPage = Math.ceil(n / pageCount) || 1;
  const pages: number[][] = [];
  for (let i = 0; i < n; i += perPage) pages.push(Array.from({ length: Math.min(perPage, n - i) }, (_, k) => i + k));
  const columnWidth = Math.max(1, Math.floor((ctx.width - sepW * (perPage - 1)) / perPage));
  return { pages, columnWidth, separator };
}

/** Wraps styled spans to `width` columns, never inside a character; styles carry across line breaks. */
export function wrapSpans(spans: Span[], width: number, ctx: RenderContext): Span[][] {
  const lines: Span[][] = [[]];
  let w = 0;
  const push = (text: string, style: Span['style']) => {
    const line = lines[lines.length - 1];
    const last = line[line.length - 1];
    if (last && last.style === style) last.text += text;
    else line.push({ text, style });
  };
  for (const sp of spans) {
    sp.text.split('\n').forEach((para, pi) => {
      if (pi > 0) (lines.push([]), (w = 0));
      // code point by code point: Intl.Segmenter is quadratic on long strings in Node 20
      for (const segment of para) {
        const sw = displayWidth(segment, ctx);
        if (sw > width) continue; // wider than the whole column: cannot be shown
        if (w + sw > width) {
          // closing punctuation does not open a line: the character before it goes down with it (禁则)
          const line = lines[lines.length - 1];
          const last = line[line.length - 1];
          const lineChars = line.reduce((n, s) => n + [...s.text].length, 0);
          let carry: Span | null = null;
          if (NO_LINE_START.test(segment) && last && lineChars > 1 && width >= 4) {
            const chars = [...last.text];
            carry = { text: chars.pop()!, style: last.style };
            if (chars.length) last.text = chars.join('');
            else line.pop();
          }
          lines.push([]);
          w = 0;
          if (carry) {
            push(carry.text, carry.style);
            w += displayWidth(carry.text, ctx);
          }
        }
        push(segment, sp.style);
        w += sw;
      }
    });
  }
  return lines;
}

/** A line of spans padded to `width`, styled. */
export function paintLine(line: Span[], width: number, ctx: RenderContext): string {
  const plain = line.map((s) => s.text).join('');
  const pad = Math.max(0, width - displayWidth(plain, ctx));
  return line.map((s) => (s.style && ctx.color ? s.style(s.text) : s.text)).join('') + ' '.repeat(pad);
}

/** Blocks of lines side by side: each block already wrapped to its width. */
export function sideBySide(blocks: Span[][][], layout: Layout, ctx: RenderContext, sepStyle?: (s: string) => string): string[] {
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const sep = sepStyle && ctx.color ? sepStyle(layout.separator) : layout.separator;
  const out: string[] = [];
  for (let i = 0; i < height; i++) {
    out.push(blocks.map((b) => paintLine(b[i] ?? [], layout.columnWidth, ctx)).join(sep).trimEnd());
  }
  return out;
}

/** A full-width rule with a caption: ── 3/5 精准执行法律顾问制度 ─────. */
export function rule(caption: string, ctx: RenderContext, style?: (s: string) => string): string {
  const dash = '─';
  const dw = displayWidth(dash, ctx);
  const head = dash.repeat(Math.max(1, Math.floor(2 / dw))) + ' ';
  const room = ctx.width - displayWidth(head, ctx) - 1;
  const cap = truncate(caption, Math.max(1, room), ctx);
  const used = displayWidth(head + cap + ' ', ctx);
  const tail = dash.repeat(Math.max(0, Math.floor((ctx.width - used) / dw)));
  const text = head + cap + ' ' + tail;
  return style && ctx.color ? style(text) : text;
}

export interface CompareRenderOptions {
  /** Show only each point's marker and title, not its text. */
  titles?: boolean;
}

/** The terminal side-by-side view of a comparison. */
export function renderComparison(cmp: Comparison, ctx: RenderContext, opts: CompareRenderOptions = {}): string {
  const { chalk } = ctx;
  const layout = layoutColumns(cmp.columns.length, ctx);
  const n = cmp.columns.length;
  const out: string[] = [];
  for (const [pi, page] of layout.pages.entries()) {
    if (layout.pages.length > 1) {
      out.push(ctx.color ? chalk.bold(`reports ${page[0] + 1}–${page[page.length - 1] + 1} of ${n}`) : `reports ${page[0] + 1}–${page[page.length - 1] + 1} of ${n}`);
    }
    out.push(
      ...sideBySide(
        page.map((c) => wrapSpans([{ text: cmp.columns[c].agency, style: chalk.bold }], layout.columnWidth, ctx)),
        layout,
        ctx,
      ),
    );
    for (const sec of cmp.sections) {
      out.push('');
      out.push(rule(`${sec.section}`, ctx, chalk.bold));
      out.push(
        ...sideBySide(
          page.map((c) => {
            const h = sec.headings[c];
            const text = !h.present ? '(no such part)' : h.inferred ? `(inferred) ${h.heading ?? ''}` : (h.heading ?? '(no heading)');
            return wrapSpans([{ text, style: chalk.dim }], layout.columnWidth, ctx);
          }),
          layout,
          ctx,
        ),
      );
      for (const row of sec.rows) {
        if (!page.some((c) => row.cells[c].units.length)) continue;
        out.push(rule(caption(row, cmp), ctx, row.unique ? chalk.cyan : chalk.dim));
        const style = row.unique ? chalk.cyan : row.shared ? chalk.dim : undefined;
        out.push(
          ...sideBySide(
            page.map((c) => wrapSpans(cellSpans(row, c, opts, style), layout.columnWidth, ctx)),
            layout,
            ctx,
          ),
        );
      }
    }
    if (pi < layout.pages.length - 1) out.push('');
  }
  return out.join('\n');
}

function caption(row: ComparisonRow, cmp: Comparison): string {
  const n = cmp.columns.length;
  const who = row.unique ? `only ${cmp.columns[row.cells.findIndex((c) => c.units.length)].agency}` : `${row.reports}/${n}`;
  return `${who} · ${row.label}`;
}

function cellSpans(row: ComparisonRow, c: number, opts: CompareRenderOptions, style?: (s: string) => string): Span[] {
  const spans: Span[] = [];
  for (const [i, u] of row.cells[c].units.entries()) {
    if (i) spans.push({ text: '\n' });
    if (opts.titles) spans.push({ text: withMarker(u.marker, u.title), style });
    else spans.push({ text: u.text.startsWith(u.marker ?? '\0') || !u.marker ? u.text : `${u.marker} ${u.text}`, style });
  }
  return spans;
}

export { padTo };

/** "(一) 标题", but "一是法治宣传形式单一" where the title already starts with its marker. */
export function withMarker(marker: string | null, title: string): string {
  return !marker || title.startsWith(marker) ? title : `${marker} ${title}`;
}
