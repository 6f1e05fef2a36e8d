// govdiff search for people: one keyword-in-context line per occurrence — agency, year, part, the words before,
// the match (bold yellow with colour), the words after — with the matches in one column, by display width. And the
// same hits as CSV. Layout only: the hits come from corpus/search.ts.
import type { SearchHit } from '../corpus/search.js';
import { csvField } from './csv.js';
import { displayWidth, padTo, truncate, type RenderContext } from './context.js';

/** Widest agency column: longer names are cut (the JSON has them whole). */
const AGENCY_MAX = 24;
const PART_MAX = 10;

/** Context shown flat: a paragraph break is a space on a KWIC line. */
const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/** The last characters of `text` that fit `width` columns, padded on the left to exactly `width`. */
function tailTo(text: string, width: number, ctx: RenderContext): string {
  const chars = [...text];
  let w = 0;
  let i = chars.length;
  while (i > 0) {
    const cw = displayWidth(chars[i - 1], ctx);
    if (w + cw > width) break;
    w += cw;
    i--;
  }
  return ' '.repeat(width - w) + chars.slice(i).join('');
}

/** The first characters of `text` that fit `width` columns (not padded: the line ends there). */
function headTo(text: string, width: number, ctx: RenderContext): string {
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = displayWidth(ch, ctx);
    if (w + cw > width) break;
    out += ch;
    w += cw;
  }
  return out;
}

export function renderSearchLines(hits: SearchHit[], ctx: RenderContext): string {
  if (!hits.length) return '';
  // widest of each column by reduce: a spread of Math.max(...) overflows the stack past ~125k hits
  const widest = (of: (h: SearchHit) => number) => hits.reduce((m, h) => Math.max(m, of(h)), 0);
  const agencyW = Math.min(AGENCY_MAX, widest((h) => displayWidth(h.agency ?? '?', ctx)));
  const partW = Math.min(PART_MAX, widest((h) => h.part.length));
  const yearW = 4;
  const fixed = agencyW + 2 + yearW + 2 + partW + 2;
  const matchW = widest((h) => displayWidth(flat(h.match), ctx));
  const room = Math.max(10, ctx.width - fixed - matchW - 2);
  const leftW = Math.floor(room / 2);
  const rightW = room - leftW;
  return hits
    .map((h) => {
      const agency = padTo(truncate(h.agency ?? '?', agencyW, ctx), agencyW, ctx);
      const year = padTo(h.year === null ? '?' : String(h.year), yearW, ctx);
      const part = padTo(truncate(h.part, partW, ctx), partW, ctx);
      const match = flat(h.match);
      const pad = ' '.repeat(matchW - displayWidth(match, ctx));
      const line = `${agency}  ${ctx.chalk.dim(year)}  ${ctx.chalk.cyan(part)}  ${tailTo(flat(h.before), leftW, ctx)} ${ctx.chalk.bold.yellow(match)}${pad} ${headTo(flat(h.after), rightW, ctx)}`;
      return line.trimEnd();
    })
    .join('\n');
}

export const SEARCH_CSV_COLUMNS = ['file', 'agency', 'year', 'kind', 'part', 'heading', 'offset', 'before', 'match', 'after'] as const;

/** RFC 4180 with CRLF, as the other CSVs; `bom` for Excel. */
export function renderSearchCsv(hits: SearchHit[], opts: { bom?: boolean } = {}): string {
  const rows = [SEARCH_CSV_COLUMNS.join(',')];
  for (const h of hits) rows.push(SEARCH_CSV_COLUMNS.map((c) => csvField(h[c] ?? '')).join(','));
  return (opts.bom ? '\uFEFF' : '') + rows.join('\r\n') + '\r\n';
}
