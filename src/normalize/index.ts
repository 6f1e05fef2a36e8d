// Text in, cleaned simplified lines out, with what was found and done along the way.
import type { Script } from '../model.js';
import { basicCleanup, repairLostSpaces, stripPinyin, foldWidth } from './repair.js';
import { detectScript, convertToSimplified } from './script.js';
import { removeClutter } from './clutter.js';
import { joinBrokenLines, splitInlineHeadings } from './lines.js';

export { detectScript, convertToSimplified } from './script.js';
export { foldWidth, stripPinyin, repairLostSpaces } from './repair.js';
export { removeClutter, looksLikeAgency } from './clutter.js';
export { joinBrokenLines, splitInlineHeadings } from './lines.js';

export interface Normalized {
  /** Non-empty cleaned lines: one paragraph or heading each. */
  lines: string[];
  /** The title's lines joined, or null. */
  title: string | null;
  /** How many of `lines` the title spans at the top (0 without a title). */
  titleLines: number;
  fields: Record<string, string>;
  script: Script;
}

export interface NormalizeOptions {
  titlePattern: RegExp;
}

export function normalize(raw: string, opts: NormalizeOptions): Normalized {
  let text = foldWidth(stripPinyin(repairLostSpaces(basicCleanup(raw)).text).text);
  const { traditional, simplified } = detectScript(text);
  // mixed texts are converted too: simplified characters pass through OpenCC unchanged
  const converted = traditional >= 3 && traditional * 5 >= simplified;
  if (converted) text = convertToSimplified(text);

  const rawLines = text.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim());
  const clean = removeClutter(rawLines, opts);

  // the title (and any red header kept above it) leads the text; it is never joined to the text below it
  const titleLines = clean.title ? clean.title.index + clean.title.lines : 0;
  const head = clean.lines.slice(0, titleLines).filter((l) => l !== '');
  const titleText = clean.title ? clean.lines.slice(clean.title.index, titleLines).filter((l) => l !== '').join(' ') : null;
  const body = splitInlineHeadings(joinBrokenLines(clean.lines.slice(titleLines))).filter((l) => l !== '');
  return {
    lines: [...head, ...body],
    title: titleText || null,
    titleLines: head.length,
    fields: clean.fields,
    script: converted ? 'traditional' : 'simplified',
  };
}
