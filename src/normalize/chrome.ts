// Page chrome inside a line, and the header an archive or crawler writes above a saved page. Chrome is cut out at its
// own extent, wherever the line breaks fall: a body handed out as one line behind a breadcrumb keeps every word.
import type { Removed } from '../model.js';
import { markerAt } from '../grammar/markers.js';
import { CHROME, META_KEY_RE, META_KEYS } from './vocabulary.js';

/** A separator line under an archive's header: ==== 正文 ====, -----, ***** 内容 *****. */
const SEPARATOR = /^[=＝\-—_*#~]{3,}\s*[\u4e00-\u9fffA-Za-z]{0,6}\s*[=＝\-—_*#~]{3,}$|^[=＝\-—_*#~]{6,}$/;
/** key: value as crawlers write them (标题: …, 原文链接: https://…, 本地目录: …), any key of a few words. */
const HEADER_KV = /^([^\s:：]{1,12})\s*[:：]\s*(.*)$/;
const SENTENCE_END = /[。！？!?]/;

export interface ArchiveHeader {
  /** Lines of the header, separator included (0 when there is none). */
  lines: number;
  fields: Record<string, string>;
  removed: Removed[];
}

/**
 * The header an archive puts above a saved page: two or more key: value lines and notes, closed by a separator line,
 * within the first 40 lines. Its values are the page's metadata; none of it is report text.
 */
export function readArchiveHeader(lines: string[]): ArchiveHeader {
  const none: ArchiveHeader = { lines: 0, fields: {}, removed: [] };
  const sep = lines.slice(0, 40).findIndex((l) => SEPARATOR.test(l.trim()));
  if (sep < 1) return none;
  const fields: Record<string, string> = {};
  let pairs = 0;
  for (const raw of lines.slice(0, sep)) {
    const l = raw.trim();
    if (!l) continue;
    const kv = HEADER_KV.exec(l);
    if (kv && !(SENTENCE_END.test(kv[2]) && kv[2].length > 60)) {
      fields[kv[1]] = kv[2].trim();
      pairs++;
    } else if (l.length > 80 || /。/.test(l)) return none; // prose: this is no header
  }
  if (pairs < 2) return none;
  const removed = lines
    .slice(0, sep + 1)
    .filter((l) => l.trim())
    .map((text) => ({ reason: 'archive header', text }));
  return { lines: sep + 1, fields, removed };
}

const CRUMB_START = /^(?:当前位置|您(?:当前)?(?:的|所在)?位置|所在位置|当前栏目|位置)\s*[:：>›»]|^首页\s*(?:[>›»/]|$)/;
const CLAUSE = /[,，。;；!！?？]/;
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$|^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$/;
const PAGE_TURN = /\s*[(（](?:下转|上接|紧接|接|转|续)第?[一二三四五六七八九十\d]{1,3}版[)）]\s*/g;
const FILE_NAME = /\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|et)$/i;
/** A metadata key anywhere near the end of a line (来源:…, 发布时间:…). */
const META_TAIL = new RegExp(`(?:${META_KEYS})[:：]`);

export interface InlineCut {
  /** The line without its chrome. */
  text: string;
  removed: Removed[];
  /** key: value pairs the chrome carried (时间:…, 来源:…). */
  fields: Record<string, string>;
  /** The labels of a breadcrumb, last first (a page's title is often the last). */
  crumbs: string[];
}

/**
 * Cuts a breadcrumb and share bar from the start of a long line (当前位置:首页…政务公开 标题 时间:… 微信 微博 QQ空间 正文…)
 * and a source line and download links from its end (…。 来源:某某局 附件下载). The breadcrumb runs over short labels,
 * key: value pairs and times, and ends at the first word with clause punctuation or a numbering marker; the trailer
 * must hold page vocabulary and no sentence.
 */
export function cutInlineChrome(input: string): InlineCut {
  const out: InlineCut = { text: input, removed: [], fields: {}, crumbs: [] };
  // a newspaper's page-turn marks, wherever the text was cut between pages: (下转第四版)(紧接第一版)
  let line = input;
  if (line.includes('版')) {
    line = input.replace(PAGE_TURN, (m) => {
      out.removed.push({ reason: 'newspaper page-turn mark', text: m });
      return '';
    });
    out.text = line;
  }
  if (line.length <= 80) return out;
  let text = line;
  if (CRUMB_START.test(text.trimStart())) {
    const tokens = [...text.matchAll(/\S+/g)];
    let end = -1;
    for (let k = 0; k < tokens.length && k < 60; k++) {
      const t = tokens[k][0];
      // a subtitle (——2017年1月10日在……会议上) is the report's own: the crumbs end before it
      if (/^[—－-]{1,2}[^—－-]/.test(t) && t.length > 6) break;
      const kv = META_KEY_RE.exec(t);
      // a label of a breadcrumb or share bar: no clause punctuation, no colon (各位代表: is the report's), no marker
      const label = !CLAUSE.test(t) && !/[:：]/.test(t) && t.length <= 40 && markerAt(t) === null;
      const chrome = (k === 0 && CRUMB_START.test(t)) || (CHROME.test(t) && !SENTENCE_END.test(t) && t.length <= 40);
      if (kv || chrome || TIME.test(t) || label || /^[-=>›»|/\\:：]+$/.test(t)) {
        if (kv && kv[2]) out.fields[kv[1]] = kv[2];
        else if (label && !TIME.test(t)) out.crumbs.unshift(t);
        end = tokens[k].index! + t.length;
        continue;
      }
      // a key whose value is glued to the text (时间:2023-03-31 16:47 微信 ……) was taken above; the first other word
      // with clause punctuation or a marker is the report's
      break;
    }
    if (end > 0) {
      out.removed.push({ reason: 'breadcrumb and share bar in the line', text: text.slice(0, end) });
      text = text.slice(end).trimStart();
    }
  }
  // a trailer is short and ends no sentence: only a line whose last words hold page vocabulary is read word by word
  const tail = text.slice(-200);
  if (/[。！？!?;；,，:：]\s*$/.test(tail) || !CHROME.test(tail) && !META_TAIL.test(tail) && !FILE_NAME.test(tail)) {
    out.text = text;
    return out;
  }
  // 。来源:… glued to the last sentence: a space lets the trailer be read word by word
  const spaced = text.replace(/([。！？!?])(?=(?:来源|信息来源|文章来源|责任编辑|编辑|附件下载|附件|打印|关闭)\s*[:：]?)/g, '$1 ');
  const tokens = [...spaced.matchAll(/\S+/g)];
  let start = spaced.length;
  let vocabulary = false;
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 12; k--) {
    const t = tokens[k][0];
    const kv = META_KEY_RE.exec(t);
    const chrome = CHROME.test(t) && !SENTENCE_END.test(t);
    if (kv || chrome || FILE_NAME.test(t) || TIME.test(t)) {
      if (kv && kv[2]) out.fields[kv[1]] ??= kv[2];
      if (kv || chrome || FILE_NAME.test(t)) vocabulary = true;
      start = tokens[k].index!;
      continue;
    }
    break;
  }
  if (vocabulary && start > 0 && start < spaced.length) {
    out.removed.push({ reason: 'source line and download links in the line', text: spaced.slice(start) });
    text = spaced.slice(0, start).trimEnd();
  }
  out.text = text;
  return out;
}

/** A run of report prose: a sentence of 30 or more characters ending in 。 (or ! ?), with no web-page vocabulary. */
export function holdsProse(text: string): boolean {
  if (CHROME.test(text)) return false;
  // a scan, not /[^。]{30,}。/: that regex is quadratic on a long line without a full stop
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') {
      if (run >= 30) return true;
      run = 0;
    } else run++;
  }
  return false;
}
