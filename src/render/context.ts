// What every renderer needs to know about where it prints: colour, width, how wide ambiguous characters are.
import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';

export interface RenderContext {
  color: boolean;
  chalk: ChalkInstance;
  /** Columns available. */
  width: number;
  /** Draw East-Asian-ambiguous characters (“ ” … — ─) two columns wide, as CJK terminals do. */
  ambiguousWide: boolean;
}

export interface ContextOptions {
  /** true/false from --color/--no-color; undefined to decide from the terminal and NO_COLOR. */
  color?: boolean;
  width?: number;
  ambiguousWide?: boolean;
  stream?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
}

/** Colour only on a terminal, never with NO_COLOR (chalk itself ignores it), always with FORCE_COLOR or --color. */
export function wantsColor(opts: ContextOptions): boolean {
  const env = opts.env ?? process.env;
  if (opts.color !== undefined) return opts.color;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean((opts.stream ?? process.stdout).isTTY) && env.TERM !== 'dumb';
}

export function makeContext(opts: ContextOptions = {}): RenderContext {
  const color = wantsColor(opts);
  const stream = opts.stream ?? process.stdout;
  const env = opts.env ?? process.env;
  const width = opts.width ?? (stream.isTTY && stream.columns ? stream.columns : Number(env.COLUMNS) || 100);
  return { color, chalk: new Chalk({ level: color ? 2 : 0 }), width: Math.max(20, width), ambiguousWide: opts.ambiguousWide ?? false };
}

/** Display width of plain text (no escape codes) in terminal columns. */
export function displayWidth(text: string, ctx: Pick<RenderContext, 'ambiguousWide'>): number {
  if (isNarrowAscii(text)) return text.length;
  let w = 0;
  for (const ch of text) w += charWidth(ch, ctx);
  return w;
}

function isNarrowAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

// Width of one code point, cached: Intl.Segmenter (which string-width uses) is quadratic on long strings in
// Node 20, and a report's paragraph can be 100,000 characters long, so text is walked code point by code point.
const narrowCache = new Map<string, number>();
const wideCache = new Map<string, number>();
function charWidth(ch: string, ctx: Pick<RenderContext, 'ambiguousWide'>): number {
  const code = ch.codePointAt(0)!;
  if (code >= 0x20 && code < 0x7f) return 1;
  const cache = ctx.ambiguousWide ? wideCache : narrowCache;
  let w = cache.get(ch);
  if (w === undefined) {
    w = stringWidth(ch, { ambiguousIsNarrow: !ctx.ambiguousWide });
    cache.set(ch, w);
  }
  return w;
}

/** Marks that must not open a line (禁则): a break before one carries the character before it down too. */
export const NO_LINE_START = /^[，。、；：？！）》」』”’,.;:?!)\]}…%]$/u;

/** Splits plain text into lines of at most `width` columns, never inside a character. */
export function wrapText(text: string, width: number, ctx: Pick<RenderContext, 'ambiguousWide'>): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    let w = 0;
    // Han text has no spaces to break at: a line may break between any two characters
    for (const ch of para) {
      const cw = charWidth(ch, ctx);
      if (w + cw > width && line) {
        const chars = [...line];
        const carry = NO_LINE_START.test(ch) && chars.length > 1 && width >= 4 ? chars.pop()! : '';
        out.push(carry ? chars.join('') : line);
        line = carry;
        w = carry ? charWidth(carry, ctx) : 0;
      }
      if (cw > width) continue; // a character wider than the column cannot be shown at all
      line += ch;
      w += cw;
    }
    out.push(line);
  }
  return out;
}

/** Cuts plain text to `width` columns, ending in … when it was cut. */
export function truncate(text: string, width: number, ctx: Pick<RenderContext, 'ambiguousWide'>): string {
  const ell = '…';
  const ellW = charWidth(ell, ctx);
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch, ctx);
    if (w + cw > width) {
      // it does not fit: take characters back until the ellipsis does
      const chars = [...out];
      while (chars.length && w + ellW > width) w -= charWidth(chars.pop()!, ctx);
      return chars.join('') + (ellW <= width ? ell : '');
    }
    out += ch;
    w += cw;
  }
  return out;
}

/** Pads plain text with spaces to exactly `width` columns (assumes it fits). */
export function padTo(text: string, width: number, ctx: Pick<RenderContext, 'ambiguousWide'>): string {
  const w = displayWidth(text, ctx);
  return w >= width ? text : text + ' '.repeat(width - w);
}

/** Wraps prose to `width` columns at spaces (English words stay whole); a word wider than a line is cut by width. */
export function wrapWords(text: string, width: number, ctx: Pick<RenderContext, 'ambiguousWide'>): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (displayWidth(next, ctx) <= width) {
      line = next;
      continue;
    }
    if (line) out.push(line);
    const pieces = wrapText(word, width, ctx);
    line = pieces.pop() ?? '';
    out.push(...pieces);
  }
  out.push(line);
  return out;
}
