// Page furniture around a report: breadcrumbs, metadata tables, widgets, footers, link lists.
// Decided by position (before the title, after the signature date) and by general features of web pages
// (short lines without sentence punctuation, the vocabulary of site chrome), never by one site's strings.
import { markerAt } from '../grammar/markers.js';
import { isDateLine } from '../grammar/dates.js';
import { CHROME, WIDGET, META_KEYS, ADDRESS } from './vocabulary.js';
import { holdsProse } from './chrome.js';
import type { Removed } from '../model.js';

// pages space the characters of short keys out to align them: 索 引 号：
const SPACED_KEYS = META_KEYS.split('|').map((k) => [...k].join('\\s*')).join('|');
// keys also come with a qualifier in front: 信息索引号, 文章来源
const WHOLE_KEY = new RegExp(`^(?:${SPACED_KEYS})$`);
const META_KEY_ANYWHERE = new RegExp(`((?:信息|文章|文件)?(?:${SPACED_KEYS}))\\s*[:：]`, 'g');
const META_KV = new RegExp(`(?:^|\\s)((?:信息|文章|文件)?(?:${SPACED_KEYS}))\\s*[:：]`, 'g');
// [ 发布机构 ] keys a metadata table; 【…】 only when it holds such a key (【主要举措和成效】 is a heading)
const TABLE_KEY = /^[•·●◆▪\-*\s]*(?:\[\s*([^\]]{1,10}?)\s*\]|【\s*([^】]{1,10}?)\s*】)\s*$/;
const SENTENCE_PUNCT = /[。;；!！?？]/;
const CLAUSE_PUNCT = /[,，。;；:：!！?？、]/;

export interface ClutterResult {
  /** The report's lines, chrome removed ('' marks a paragraph break). */
  lines: string[];
  /** Metadata found in tables and key: value lines. */
  fields: Record<string, string>;
  /** The lines dropped, and why. */
  removed: Removed[];
  /** Index in `lines` of the title's first line, and how many lines it spans. */
  title: { index: number; lines: number } | null;
}

export interface ClutterOptions {
  /** What a title of this report kind says (from the profile). */
  titlePattern: RegExp;
}

const stripBullet = (l: string) => l.replace(/^[•·●◆▪*]\s*/, '');

const READS_REPORT = /^[^在于]{2,12}(?:作|做)(?:了)?(?:政府)?工作报告$/;

const OPENS: Record<string, string> = { '》': '《', '）': '（', ')': '(', '”': '“', '】': '【', '〕': '〔' };

/** Whether every bracket and quotation mark the line closes it opened too, and the reverse. */
function balanced(line: string): boolean {
  const open: string[] = [];
  for (const c of line) {
    if (c === '《' || c === '（' || c === '(' || c === '“' || c === '【' || c === '〔') open.push(c);
    else if (c in OPENS && open.pop() !== OPENS[c]) return false;
  }
  return open.length === 0;
}

/** A line naming one of the report's numbered annexes, linked as a file (1．附件1：名词解释.doc): the report's own list. */
const ANNEX_FILE = /^(?:\d{1,2}\s*[.．、]\s*)?附件\s*[0-9０-９一二三四五六七八九十]{1,2}(?:\s*[:：]|\s)\s*[^:：|>›»]{2,60}\.(?:docx?|pdf|xlsx?|wps|et|ofd)$/i;

/** A photo's caption, as a newspaper prints it under the picture: ……。本报记者 某某摄 */
const CAPTION = /(?:记者|摄影|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s*[、\s]\s*[\u4e00-\u9fff]{2,4})*\s*摄$/;

const OPENS_ADDRESS = new RegExp(`^${ADDRESS}[,，、:：!！]`);

function isChrome(line: string): boolean {
  if (line.length > 80) return false;
  return CAPTION.test(line) || (!ANNEX_FILE.test(line) && !SENTENCE_PUNCT.test(line.replace(/[【】]/g, '')) && CHROME.test(line));
}

/** Reads every key: value pair on a metadata line; null when the line is not one. */
function readKeyValues(input: string): Record<string, string> | null {
  if (input.length > 300 && input.includes('。')) return null; // a body run into one line after 发布日期:… is no metadata
  // a table flattened onto one line keeps its keys in brackets: "[ 成文日期 ]: 2023-02-08 [ 发布日期 ]: 2023-02-15";
  // some pages bracket whole pairs: 【录入时间:…】【更新时间:…】
  const line =
    input.includes('[') || input.includes('【')
      ? input
          .replace(/[[【]\s*([^\]】]{1,10}?)\s*[\]】]\s*(?=[:：])/g, (m, k: string) => (WHOLE_KEY.test(k) ? k : m))
          .replace(/【([^】:：]{2,10}[:：][^【】]*)】/g, ' $1 ')
          .trim()
      : input;
  // a WeChat byline: "原创 宁安司法 宁安司法 2022-03-18 18:30"
  const byline = /^(?:原创\s+)?(?:[^\s,，。:：]{2,20}\s+){1,3}((?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?)(?:\s+发表于\S{1,8})?$/.exec(line);
  if (byline) return { 发布日期: byline[1] };
  // "2023-03-28 14:30 来源:某某局": the page's publication time, written without its key
  // (a date written 2023年3月20日 alone under a title is the document's own date, not the page's)
  const stamp = /^((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s+|$)/.exec(line);
  if (stamp) {
    const rest = line.slice(stamp[0].length);
    const more = rest ? readKeyValues(rest) : {};
    if (more) return { 发布日期: stamp[1], ...more };
  }
  META_KV.lastIndex = 0;
  const first = META_KV.exec(line);
  // a widget may come first on the line: 字体:[大 中 小]  发布时间:…
  const prefix = first ? line.slice(0, first.index).trim() : '';
  if (!first || (prefix && !isChrome(prefix))) return null;
  const out: Record<string, string> = {};
  const hits: Array<{ key: string; start: number; valueStart: number }> = [];
  // once a line is metadata, later keys may follow their value with no space (<span>成文时间:…</span><span>发布时间:…)
  META_KEY_ANYWHERE.lastIndex = first.index;
  for (let m = META_KEY_ANYWHERE.exec(line); m; m = META_KEY_ANYWHERE.exec(line)) {
    hits.push({ key: m[1], start: m.index, valueStart: m.index + m[0].length });
  }
  hits.forEach((h, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].start : line.length;
    out[h.key.replace(/\s+/g, '')] = line
      .slice(h.valueStart, end)
      .replace(/【[^【】]*】|\[[^[\]]*\]/g, '')
      .replace(/\s+[大中小](\s+[大中小]){2}\s*$/, '')
      .trim();
  });
  return out;
}

// What a document may carry after its signature date: attachments, a contact, 此件公开发布 — the report's own text.
const TRAILER = /^(?:附件|附表|联系人|联系电话|联系方式|抄送|印发)|^[(（](?:此件|联系人|联系电话|联系方式)/;

/**
 * Where the trailer that ends lines[..end) begins (end when there is none): lines such as 附件:1.…, the numbered
 * lines of that attachment list, (联系人:…), (此件公开发布). Blank lines inside it are skipped.
 */
export function trailerStart(lines: string[], end = lines.length): number {
  let start = end;
  // lines that may belong to an attachment (its numbered list, a table's title and rows), pending an 附件/附表 above
  let pending = false;
  for (let i = end - 1; i >= 0 && i >= end - 30; i--) {
    const l = lines[i].trim();
    if (!l) continue;
    // a file to download (附件:报告.docx) is the page's, not the report's
    if (TRAILER.test(l) && !isChrome(l)) {
      start = i;
      pending = false;
    } else if (l.length <= 80 && !/[。;；]$/.test(l) && !isChrome(l) && !isDateLine(l) && !readKeyValues(l)) pending = true;
    else break;
  }
  // what is pending belongs to the trailer only under an 附件 or 附表 line
  return pending && !/^附[件表]/.test(lines[start]?.trim() ?? '') ? end : start;
}

/**
 * Where attachments appended after the signature begin (附件1 / 附件:…, within three lines of the signature date or
 * 特此报告): they are the report's own text, closing it, however long and whatever their numbering. lines.length when
 * there are none.
 */
export function annexStart(lines: string[]): number {
  for (let i = 1; i < lines.length; i++) {
    if (!/^附件\s*[0-9０-９一二三四五六七八九十]{0,2}\s*(?:[:：]|$)/.test(lines[i].trim())) continue;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const l = lines[j].trim();
      if (isDateLine(l) || /^(?:特此|专此)(?:报告|汇报)/.test(l) || (j === i - 1 && looksLikeAgency(l))) return i;
    }
  }
  return lines.length;
}

/** A short, unpunctuated line that names an organ of government, as a signature does. */
export function looksLikeAgency(line: string): boolean {
  const t = line.replace(/\s+/g, '');
  return (
    t.length >= 3 &&
    t.length <= 40 &&
    !CLAUSE_PUNCT.test(t) &&
    !/网站|网$|公众号|微博/.test(t) &&
    /(?:局|委员会|委|政府|办公室|办|院|厅|部|处|中心|所|站|队|会|司|街道|镇|乡|区|县|市|省|管委会|公司|党组|室|馆)$/.test(t)
  );
}

export function removeClutter(input: string[], opts: ClutterOptions): ClutterResult {
  const lines = input.map((l) => l.trim());
  const n = lines.length;
  const fields: Record<string, string> = {};
  // why each line was dropped ('' while it is kept)
  const drop: string[] = new Array(n).fill('');

  // metadata tables: "[ 发布机构 ]" on one line, its value on the next ones
  const isTableKey = (l: string) => {
    const m = TABLE_KEY.exec(l);
    return !!m && (m[1] !== undefined || WHOLE_KEY.test(m[2]));
  };
  const tableKeys = lines.filter(isTableKey).length;
  if (tableKeys >= 2) {
    for (let i = 0; i < n; i++) {
      if (!isTableKey(lines[i])) continue;
      const m = TABLE_KEY.exec(lines[i])!;
      drop[i] = 'metadata table';
      const values: string[] = [];
      let j = i + 1;
      const bulleted = /^[•·●◆▪*]/.test(lines[i]);
      for (; j < n && lines[j] && !isTableKey(lines[j]); j++) {
        // bulleted tables mark their values too; otherwise a value is one short line that is not the title
        const ok = bulleted
          ? /^[•·●◆▪*]/.test(lines[j])
          : j === i + 1 && lines[j].length <= 40 && !opts.titlePattern.test(lines[j]);
        if (!ok) break;
        values.push(stripBullet(lines[j]));
        drop[j] = 'metadata table';
      }
      if (values.length) fields[(m[1] ?? m[2]).replace(/\s+/g, '')] = values.join(' ');
      i = j - 1;
    }
  }

  const isHeading = (l: string) => markerAt(l) !== null;
  const isProse = (l: string) => l.length >= 20 && CLAUSE_PUNCT.test(l) && !isChrome(l) && !readKeyValues(l);

  // a table of contents before the article (本文目录: 一、… 二、… 三、…, with no text between) is the page's
  for (let i = 0; i < Math.min(n, 80); i++) {
    if (!lines[i] || drop[i]) continue;
    const run = contentsRun(lines, i);
    if (run > 0) {
      for (let j = i; j < i + run; j++) drop[j] ||= 'table of contents before the article';
      i += run - 1;
    } else if (isProse(lines[i]) || isHeading(lines[i])) break;
  }

  // the title: a line that says what kind of report this is, the last such before the first heading or paragraph
  // (link lists and sidebars before the article name other reports)
  let title: ClutterResult['title'] = null;
  // titles carry no clause punctuation (、 and spaces between agencies are fine)
  // nor a bracket left open or closed: such a line is a piece of a sentence wrapped at the page's width
  // nor a photo's caption that names the report (省长某某作政府工作报告: who, with no venue)
  const titleLike = (l: string) =>
    l.length <= 100 && !/[。>|,，;；:：]/.test(l) && balanced(l) && !READS_REPORT.test(l) && !readKeyValues(l) && !isChrome(l);
  for (let i = 0; i < Math.min(n, 80); i++) {
    const l = lines[i];
    if (!l || drop[i]) continue;
    if (isHeading(l)) break;
    if (!titleLike(l)) {
      if (isProse(l)) break;
      continue;
    }
    // a title broken over two lines (……关于2022年度法治政府 / 建设情况的报告) is read as one
    const next = lines[i + 1];
    const broken = !!next && titleLike(next) && !opts.titlePattern.test(next) && (l.length >= 10 || looksLikeAgency(l));
    const span = opts.titlePattern.test(l) ? 1 : broken && opts.titlePattern.test(l + next) ? 2 : 0;
    if (span) {
      let index = i;
      // an agency on the line above "关于……的报告" belongs to the title
      const prev = lines[i - 1];
      if (i > 0 && /^(?:关于|(?:19|20)\d{2}|二〇)/.test(l) && prev && !drop[i - 1] && looksLikeAgency(prev)) index = i - 1;
      title = { index, lines: i - index + span };
      i += span - 1;
    }
  }

  // before the body: metadata is read, chrome and everything else that is not prose is dropped
  let bodyStart = title ? title.index : -1;
  // an official document's red header above the title (宁府〔2024〕12号, the issuing organ, the date) is the report's own
  if (title) {
    for (let i = Math.max(0, title.index - 6); i < title.index; i++) {
      if (!drop[i] && /^[\u4e00-\u9fff]{1,8}[〔\[(（]\s*(?:19|20)\d{2}\s*[〕\])）]\s*\d{1,4}\s*号$/.test(lines[i])) {
        bodyStart = i;
        break;
      }
    }
  }
  if (bodyStart < 0) {
    // a short line that ends a sentence ("现将有关情况报告如下:") is text too
    // and so is the address that opens a speech (各位代表:)
    const opens = (l: string) => isProse(l) || isHeading(l) || (l.length >= 6 && /[。:：]$/.test(l)) || OPENS_ADDRESS.test(l);
    bodyStart = lines.findIndex((l, i) => !drop[i] && l && !readKeyValues(l) && !isChrome(l) && opens(l));
    if (bodyStart < 0) bodyStart = 0;
  }
  for (let i = 0; i < bodyStart; i++) {
    const kv = readKeyValues(lines[i]);
    if (kv) Object.assign(fields, kv);
    drop[i] ||= kv ? 'page metadata before the title' : isChrome(lines[i]) ? 'page chrome before the title' : 'page text before the title';
  }

  // between the title and the first paragraph: metadata lines and widgets
  const firstText = title ? title.index + title.lines : bodyStart;
  for (let i = firstText; i < n; i++) {
    const l = lines[i];
    if (!l || drop[i]) continue;
    if (isHeading(l) || (isProse(l) && !readKeyValues(l))) break;
    const kv = readKeyValues(l);
    if (kv) {
      Object.assign(fields, kv);
      drop[i] = 'page metadata under the title';
    } else if (isChrome(l)) drop[i] = 'page chrome under the title';
  }

  // after the signature date: the page's footer (a trailer such as 附件 or 联系人 stays with the report)
  let lastHeading = -1;
  let inAttachments = false;
  const annex = annexStart(lines);
  for (let i = 0; i < annex; i++) {
    if (drop[i] || !lines[i]) continue;
    if (/^附件/.test(lines[i])) inAttachments = true;
    else if (inAttachments && !/^\d{1,2}[.、．]/.test(lines[i])) inAttachments = false;
    if (!inAttachments && isHeading(lines[i])) lastHeading = i;
  }
  let tailStart = n;
  let signed = false;
  for (let i = annex - 1; i > Math.max(lastHeading, bodyStart); i--) {
    if (!drop[i] && isDateLine(lines[i])) {
      tailStart = i + 1;
      signed = true;
      break;
    }
  }
  // attachments after the signature stay; the page's footer after them goes as for an unsigned report
  if (signed && annex < n) signed = false;
  if (signed) {
    // keep the trailer right after the date; what follows it is the footer
    let j = tailStart;
    while (j < n && (!lines[j] || trailerStart(lines.slice(Math.max(tailStart, j - 30), j + 1)) < j + 1 - Math.max(tailStart, j - 30))) j++;
    tailStart = j;
  }
  if (!signed) {
    // no signature date: trailing chrome, and runs of two or more short unpunctuated lines (link lists)
    let i = n - 1;
    while (i > bodyStart) {
      const l = lines[i];
      if (!l || drop[i] || isChrome(l) || readKeyValues(l)) {
        i--;
        continue;
      }
      let j = i;
      while (j > bodyStart && (!lines[j] || (isShortLabel(lines[j]) && !looksLikeAgency(lines[j])))) j--;
      const run = lines.slice(j + 1, i + 1).filter(Boolean);
      // a list of links: site names, or titles of other documents ("相关文章" and the like above them)
      const linky = run.filter((l) => isChrome(l) || LINK_TITLE.test(l)).length;
      if (run.length >= 2 && (linky * 2 >= run.length || isChrome(lines[j] ?? ''))) {
        i = j;
        continue;
      }
      break;
    }
    tailStart = i + 1;
    // a page's footer block after the last sentence of prose: every line of it short or chrome, two or more of them
    // in page vocabulary (扫一扫在手机打开当前页, 版权所有, 登录注册, 返回手机版)
    let last = n - 1;
    while (last > bodyStart && !holdsProse(lines[last])) last--;
    const block = lines.slice(last + 1, tailStart).filter(Boolean);
    const chromeLines = block.filter(isChrome).length;
    if (last > bodyStart && chromeLines >= 2 && block.length >= 3 && block.every((l) => l.length <= 80 && !looksLikeAgency(l) && !isDateLine(l))) tailStart = last + 1;
  }
  for (let i = tailStart; i < n; i++) {
    const kv = readKeyValues(lines[i]);
    if (kv) for (const [k, v] of Object.entries(kv)) fields[k] ??= v;
    drop[i] ||= kv ? 'page metadata after the report' : signed ? 'page footer after the signature' : 'page footer (links and chrome after the text)';
  }

  // inside the body only lines that are nothing but a widget, punctuation or a page number go, and the running
  // header a PDF repeats on every page (a short line seen three times or more, or the title again)
  const seen = new Map<string, number>();
  for (let i = bodyStart; i < tailStart; i++) if (lines[i] && lines[i].length <= 40) seen.set(lines[i], (seen.get(lines[i]) ?? 0) + 1);
  // a line the page header already showed (dropped above the body) is that header again, on a later page
  const header = new Set(lines.slice(0, bodyStart).filter((l) => l && l.length <= 40));
  const titleText = title ? lines.slice(title.index, title.index + title.lines).join('') : null;
  for (let i = bodyStart; i < tailStart; i++) {
    const l = lines[i];
    if (!l || drop[i]) continue;
    if (title && i >= title.index && i < title.index + title.lines) continue;
    // page numbers, and a page's pager: 共3页 上一页 1 2 3 下一页
    const pageNumber =
      /^[-—–\s]*\d{1,3}[-—–\s]*$|^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/.test(l) ||
      /^(?:(?:共\s*\d{1,3}\s*页|第\s*\d{1,3}\s*页|上一页|下一页|首页|末页|尾页|\d{1,3}(?!\d))\s*)+$/.test(l);
    const runningHeader = !isHeading(l) && !SENTENCE_PUNCT.test(l) && ((seen.get(l) ?? 0) >= 3 || l === titleText || header.has(l));
    if (/^[\s?？.·•…\-—_=*#~]+$/.test(l)) drop[i] = 'separator line';
    else if (pageNumber) drop[i] = 'page number or pager';
    else if (runningHeader) drop[i] = 'running header';
    else if (l.length <= 40 && !isHeading(l) && !SENTENCE_PUNCT.test(l) && WIDGET.test(l)) drop[i] = 'widget';
  }

  // report prose is never chrome, wherever it stands: a sentence of 30 characters with no page vocabulary stays
  for (let i = 0; i < n; i++) if (drop[i] && drop[i] !== 'metadata table' && holdsProse(lines[i])) drop[i] = '';

  const kept: string[] = [];
  const removed: Removed[] = [];
  let titleIndex = -1;
  for (let i = 0; i < n; i++) {
    if (drop[i]) {
      if (lines[i]) removed.push({ reason: drop[i], text: lines[i] });
      continue;
    }
    if (title && i === title.index) titleIndex = kept.length;
    kept.push(lines[i]);
  }
  return { lines: kept, fields, removed, title: title && titleIndex >= 0 ? { index: titleIndex, lines: title.lines } : null };
}

/**
 * How many lines from `at` form a table of contents: three or more short headings in a row, numbered in sequence
 * in one style, with no text between them (0 when they do not).
 */
function contentsRun(lines: string[], at: number): number {
  let count = 0;
  let style: string | null = null;
  let value = 0;
  for (let i = at; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    const m = markerAt(l);
    if (!m || l.length > 40 || SENTENCE_PUNCT.test(l) || (style !== null && (m.style !== style || m.value !== value + 1))) break;
    style = m.style;
    value = m.value;
    count = i - at + 1;
  }
  const headings = lines.slice(at, at + count).filter(Boolean).length;
  return headings >= 3 ? count : 0;
}

/** What the titles in a page's link lists look like: documents, news, sites. */
const LINK_TITLE = /报告|通知|公告|意见|办法|方案|规定|决定|公示|简报|动态|新闻|网站|网$|平台$|公众号|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/;

/** A short line without sentence punctuation or numbering: a link, a label, a site name. */
function isShortLabel(l: string): boolean {
  return l.length <= 40 && !SENTENCE_PUNCT.test(l) && markerAt(l) === null && !isDateLine(l);
}
