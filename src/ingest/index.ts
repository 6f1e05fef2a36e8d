// Paths, directories and stdin to decoded report texts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { InputError, type Decoded } from '../model.js';
import { decodeBytes, declaredCharset } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';

export { decodeBytes, canonicalEncoding } from './decode.js';
export { htmlToText } from './html.js';

/** How stdin is named in results and messages; "-" on the command line. */
export const STDIN_NAME = '<stdin>';
const isStdin = (p: string) => p === '-' || p === STDIN_NAME;

export const REPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.text', '.shtml', '.xhtml'];

export interface ReadOptions {
  /** Overrides encoding detection ("gbk", "gb18030", "big5", "utf-8", …). */
  encoding?: string;
}

/** Decodes one report's bytes into text with its line structure. */
export function decodeReport(file: string, bytes: Uint8Array, opts: ReadOptions = {}): Decoded {
  const html = /\.x?s?html?$/i.test(file) || sniffHtml(bytes);
  const hinted = html ? declaredCharset(bytes) : undefined;
  const { text, encoding } = decodeBytes(file, bytes, opts.encoding, hinted);
  const warnings: string[] = [];
  if (html || looksLikeHtml(file, text)) {
    const page = htmlToText(text);
    if (!page.text.trim()) throw new InputError(file, 'is an HTML page with no text');
    return { file, text: page.text, encoding, format: 'html', warnings, fields: page.fields };
  }
  if (!text.trim()) throw new InputError(file, 'has no text (only white space)');
  return { file, text, encoding, format: 'text', warnings };
}

function sniffHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** Reads one file, or all of stdin for "-". */
export function readInput(path: string, opts: ReadOptions = {}): Decoded {
  let bytes: Uint8Array;
  try {
    bytes = isStdin(path) ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    throw new InputError(path, describeFsError(e));
  }
  return decodeReport(isStdin(path) ? STDIN_NAME : path, bytes, opts);
}

export interface Expanded {
  files: string[];
  errors: InputError[];
}

/**
 * Expands the paths a user gave: files stay as given, directories become their report files
 * (recursively, sorted), "-" stays stdin. Missing paths and empty directories are errors.
 */
export function expandInputs(paths: string[]): Expanded {
  const files: string[] = [];
  const errors: InputError[] = [];
  for (const p of paths) {
    if (isStdin(p)) {
      files.push(STDIN_NAME);
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      errors.push(new InputError(p, describeFsError(e)));
      continue;
    }
    if (st.isDirectory()) {
      const found = walk(p);
      if (found.length === 0) errors.push(new InputError(p, `directory holds no report files (${REPORT_EXTENSIONS.join(' ')})`));
      files.push(...found);
    } else files.push(p);
  }
  return { files, errors };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile() && REPORT_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (e as Error)?.message ?? String(e);
}
