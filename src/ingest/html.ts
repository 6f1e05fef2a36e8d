// HTML page to plain text that keeps the page's line structure.
import { Parser } from 'htmlparser2';

const DROP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'select', 'button', 'head', 'nav', 'map']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'aside', 'main', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'hr', 'form',
  'fieldset', 'address', 'figure', 'figcaption', 'center', 'title',
]);
const CELL = new Set(['td', 'th']);

export interface HtmlText {
  text: string;
  title: string | null;
  /** Publication metadata from <meta> tags (the 发布日期, 来源, 标题 of CMS pages), under the keys pages print. */
  fields: Record<string, string>;
}

// <meta name="PubDate" content="2023-03-02 10:00"> and the like, as government CMSs (TRS and others) write them
const META_NAMES: Record<string, string> = {
  pubdate: '发布日期',
  publishdate: '发布日期',
  firstpublishedtime: '发布日期',
  'article:published_time': '发布日期',
  contentsource: '来源',
  source: '来源',
  articletitle: '标题',
};

/** Text of an HTML page: scripts, styles and navigation dropped, block elements on lines of their own. */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let title: string | null = null;
  let inTitle = false;
  let titleText = '';
  let drop = 0;
  let thText: string | null = null;
  const fields: Record<string, string> = {};
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'th') thText = '';
        if (name === 'meta') {
          const key = META_NAMES[(attrs.name ?? attrs.property ?? '').toLowerCase()];
          const content = attrs.content?.trim();
          if (key && content) fields[key] ??= content;
        }
        if (DROP.has(name)) drop++;
        else if (drop === 0 && BLOCK.has(name)) out.push('\n');
        else if (drop === 0 && CELL.has(name)) out.push(' ');
        drop = Math.max(0, drop - forgetDeepElements(parser));
      },
      ontext(text) {
        if (inTitle) titleText += text;
        if (thText !== null) thText += text;
        if (drop === 0) out.push(text.replace(/[\r\n\t]+/g, ' '));
      },
      onclosetag(name) {
        // a metadata table keys its values with <th>: "发布日期" becomes "发布日期:" so the key reads as one
        if (name === 'th' && thText !== null) {
          const key = thText.trim();
          if (drop === 0 && key && key.length <= 10 && !/[:：]$/.test(key)) out.push(':');
          thText = null;
        }
        if (name === 'title') {
          inTitle = false;
          // one space for a run: the split below would otherwise try every split of a long run
          title = titleText.replace(/\s+/g, ' ').trim() || null;
        }
        if (DROP.has(name)) drop = Math.max(0, drop - 1);
        else if (drop === 0 && BLOCK.has(name)) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \u00a0]{2,}/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  // the page's <title> is "标题_站点名" or "标题 - 站点名": the document's title, when the article has none of its own
  const own = (title as string | null)?.split(/\s*(?:[_|｜]|\s[-—–]\s)\s*/)[0].trim();
  if (own) fields['标题'] ??= own;
  return { text, title, fields };
}

// htmlparser2 keeps the open elements in an array it unshifts and searches on every tag: O(depth) per tag, so a page of
// 100k unclosed <div> took seconds to minutes. No page nests this deep on purpose; beyond it the oldest open elements
// are forgotten (their end tags then match nothing), which bounds the cost per tag.
const MAX_OPEN = 2048;

/** Forgets the oldest open elements past MAX_OPEN; returns how many of them were dropped elements (script, nav…). */
function forgetDeepElements(parser: Parser): number {
  const stack = (parser as unknown as { stack?: string[] }).stack;
  if (!Array.isArray(stack) || stack.length <= MAX_OPEN) return 0;
  // newest first: the oldest half goes
  return stack.splice(MAX_OPEN / 2).filter((name) => DROP.has(name)).length;
}

/** An HTML page, by its name or by the look of its first characters. */
export function looksLikeHtml(file: string, text: string): boolean {
  if (/\.x?html?$/i.test(file)) return true;
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|head|meta|div|p)[\s>]/.test(head.slice(0, 300));
}
