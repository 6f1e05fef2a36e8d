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
  notes: string[];
}

export interface NormalizeOptions {
  titlePattern: RegExp;
}

export function normalize(raw: string, opts: NormalizeOptions): Normalized {
  const notes: string[] = [];
  let text = basicCleanup(raw);
  const spaces = repairLostSpaces(text);
  text = spaces.text;
  if (spaces.count) notes.push(`replaced ${spaces.count} runs of "?" that stood for lost spaces`);
  const pinyin = stripPinyin(text);
  text = pinyin.text;
  if (pinyin.count) notes.push(`removed ${pinyin.count} pinyin syllables left after characters`);
  text = foldWidth(text);
  const { script, traditional, simplified } = detectScript(text);
  // mixed texts are converted too: simplified characters pass through OpenCC unchanged
  if (traditional >= 3 && traditional * 5 >= simplified) {
    text = convertToSimplified(text);
    notes.push(`converted ${script === 'traditional' ? 'traditional' : 'mixed'} characters to simplified`);
  }

  const rawLines = text.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim());
  const clean = removeClutter(rawLines, opts);
  if (clean.removed) notes.push(`removed ${clean.removed} lines of page clutter`);

  // lines above the title were dropped as chrome, so the title leads; it is never joined to the text below it
  // lines kept above the title (an official document's red header) lead the text with it, but not the title
  const titleLines = clean.title ? clean.title.index + clean.title.lines : 0;
  const head = clean.lines.slice(0, titleLines).filter((l) => l !== '');
  const titleText = clean.title ? clean.lines.slice(clean.title.index, titleLines).filter((l) => l !== '').join(' ') : null;
  const body = splitInlineHeadings(joinBrokenLines(clean.lines.slice(titleLines))).filter((l) => l !== '');
  return {
    lines: [...head, ...body],
    title: titleText || null,
    titleLines: head.length,
    fields: clean.fields,
    script: traditional >= 3 && traditional * 5 >= simplified ? 'traditional' : 'simplified',
    notes,
  };
}
