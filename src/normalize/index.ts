// Text in, cleaned simplified lines out, with what was found, done and taken out along the way.
import type { Removed, Script } from '../model.js';
import { basicCleanup, repairLostSpaces, stripPinyin, foldWidth, isBlank } from './repair.js';
import { detectScript, convertToSimplified } from './script.js';
import { removeClutter } from './clutter.js';
import { readArchiveHeader, cutInlineChrome } from './chrome.js';
import { joinBrokenLines, splitInlineHeadings, splitAtLeadIns, splitClosingRally } from './lines.js';

export { detectScript, convertToSimplified } from './script.js';
export { foldWidth, stripPinyin, repairLostSpaces } from './repair.js';
export { removeClutter, looksLikeAgency } from './clutter.js';
export { readArchiveHeader, cutInlineChrome, holdsProse } from './chrome.js';
export { joinBrokenLines, splitInlineHeadings, splitAtLeadIns } from './lines.js';

export interface Normalized {
  /** Non-empty cleaned lines: one paragraph or heading each. */
  lines: string[];
  /** The title's lines joined, or null. */
  title: string | null;
  /** How many of `lines` the title spans at the top (0 without a title). */
  titleLines: number;
  fields: Record<string, string>;
  script: Script;
  /**
   * The text after character-level repair (width folded, script converted): every one of its characters that is not
   * white space is in `lines` or in `removed`.
   */
  source: string;
  /** What was taken out, and why, in document order (artefact repairs first). */
  removed: Removed[];
  warnings: string[];
}

export interface NormalizeOptions {
  titlePattern: RegExp;
  /** Sentences that open a part without a heading (the profile's lead-ins): a line is broken before them. */
  leadIns?: RegExp[];
  /** The kind's closing rally (各位代表，让我们……奋斗！): where a body is one line, it is broken off its end. */
  closingParagraph?: RegExp;
  /** Whether heading words name a part of the report's kind. */
  namesPart?: (words: string) => boolean;
}

/** Cleaning that takes out more than this share of a file's text is worth a warning. */
const MOST = 0.6;

export function normalize(raw: string, opts: NormalizeOptions): Normalized {
  const spaces = repairLostSpaces(basicCleanup(raw));
  const pinyin = stripPinyin(spaces.text);
  let text = foldWidth(pinyin.text);
  const { traditional, simplified } = detectScript(text);
  // mixed texts are converted too: simplified characters pass through OpenCC unchanged
  const converted = traditional >= 3 && traditional * 5 >= simplified;
  if (converted) text = convertToSimplified(text);
  const removed: Removed[] = [];
  if (spaces.removed) removed.push({ reason: 'lost-space ? (an encoder lost the spaces)', text: spaces.removed });
  if (pinyin.removed) removed.push({ reason: 'pinyin a converter left after characters', text: pinyin.removed });
  const warnings: string[] = [];

  let rawLines = text.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim());
  const header = readArchiveHeader(rawLines);
  removed.push(...header.removed);
  const fields: Record<string, string> = { ...header.fields };
  rawLines = rawLines.slice(header.lines).map((line) => {
    // a PDF converted to Markdown marks its headings (## 五、……): the marks are the converter's, not the report's
    const mark = /^#{1,6}\s+(?=\S)/.exec(line);
    if (mark) removed.push({ reason: 'Markdown heading mark', text: mark[0] });
    const l = mark ? line.slice(mark[0].length) : line;
    const cut = cutInlineChrome(l);
    if (!cut.removed.length) return l;
    removed.push(...cut.removed);
    for (const [k, v] of Object.entries(cut.fields)) fields[k] ??= v;
    // a breadcrumb ends with the page's own title
    const title = cut.crumbs.find((c) => opts.titlePattern.test(c));
    if (title) fields['标题'] ??= title;
    return cut.text;
  });

  const clean = removeClutter(rawLines, opts);
  const lost = clean.removed.reduce((n, r) => n + visible(r.text), 0);
  // prose is never removed (see removeClutter), so what goes is chrome; when it is most of a file, the reader should know
  const total = lost > 180 ? visible(text) - header.removed.reduce((n, r) => n + visible(r.text), 0) : 0;
  if (total > 300 && lost > total * MOST) warnings.push(`cleaning removed ${Math.round((lost / total) * 100)}% of the text as page chrome: see removed`);
  removed.push(...clean.removed);
  Object.assign(fields, clean.fields, header.fields);

  // the title (and any red header kept above it) leads the text; it is never joined to the text below it
  const titleLines = clean.title ? clean.title.index + clean.title.lines : 0;
  const head = clean.lines.slice(0, titleLines).filter((l) => l !== '');
  const titleText = clean.title ? clean.lines.slice(clean.title.index, titleLines).filter((l) => l !== '').join(' ') : null;
  const { lines: cued, restarts, pieces } = splitAtLeadIns(splitClosingRally(joinBrokenLines(clean.lines.slice(titleLines)), opts.closingParagraph), opts.leadIns ?? []);
  const body = splitInlineHeadings(cued, { restarts, pieces, namesPart: opts.namesPart }).filter((l) => l !== '');
  return {
    lines: [...head, ...body],
    title: titleText || null,
    titleLines: head.length,
    fields,
    script: converted ? 'traditional' : 'simplified',
    source: text,
    removed,
    warnings,
  };
}

/** Characters that are not white space. */
function visible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isBlank(s.charCodeAt(i))) n++;
  }
  return n;
}
