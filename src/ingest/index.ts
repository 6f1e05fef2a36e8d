// Paths, directories and stdin to decoded report texts.
import { readFileSync, readdirSync, statSync, realpathSync, type Dirent } from 'node:fs';
import { join, extname } from 'node:path';
import { InputError, type Decoded } from '../model.js';
import { decodeBytes, declaredCharset } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { readDocx, readDoc } from './docx.js';
import { readPdf } from './pdf.js';

export { decodeBytes, canonicalEncoding } from './decode.js';
export { htmlToText } from './html.js';

/** How stdin is named in results and messages; "-" on the command line. */
export const STDIN_NAME = '<stdin>';
const isStdin = (p: string) => p === '-' || p === STDIN_NAME;

/** What a directory walk reads. */
export const REPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.text', '.shtml', '.xhtml', '.docx', '.pdf', '.doc', '.wps'];

/** Files larger than this are skipped by a directory walk: no report is this large, a stray archive or video is. */
export const MAX_FILE_SIZE = 64 * 1024 * 1024;

export interface ReadOptions {
  /** Overrides encoding detection ("gbk", "gb18030", "big5", "utf-8", …); text and HTML only. */
  encoding?: string;
}

/** A decoded report, and the container its text came out of when that was not text or HTML. */
export type Ingested = Decoded & { container?: 'docx' | 'doc' | 'pdf' };

const has = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const convertHint = (file: string) => `convert it first: libreoffice --headless --convert-to docx ${shellQuote(file)}`;
const shellQuote = (s: string) => (/^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** Word, PDF and the formats named with the way to convert them, by their first bytes (names lie: .doc pages are often HTML). */
function readContainer(file: string, bytes: Uint8Array): Ingested | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) {
    const { text, warnings } = readPdf(file, bytes);
    return { file, text, encoding: 'utf-8', format: 'text', warnings, container: 'pdf' };
  }
  if (has(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const zip = Buffer.from(bytes);
    if (zip.includes('word/document.xml') || zip.includes('word/document2.xml')) {
      const text = readDocx(file, bytes);
      if (!text.trim()) throw new InputError(file, 'is a Word file with no text (images only?); govdiff does no OCR');
      return { file, text, encoding: 'utf-8', format: 'text', warnings: [], container: 'docx' };
    }
    if (zip.includes('application/vnd.oasis.opendocument.text')) throw new InputError(file, `is an OpenDocument text (.odt), which govdiff does not read; ${convertHint(file)}`);
    return undefined; // another archive: decodeBytes names it
  }
  if (has(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // WPS Office writes .wps in Word's binary format; an .xls or .ppt is named by word-extractor's failure
    const ext = extname(file).toLowerCase();
    const what = ext === '.wps' ? 'a WPS Writer (.wps) file' : ext === '.doc' || ext === '' ? 'a Word 97–2003 (.doc) file' : `an Office 97–2003 (${ext}) file`;
    const text = readDoc(file, bytes, what, convertHint(file));
    if (!text.trim()) throw new InputError(file, `is ${what} with no text`);
    return { file, text, encoding: 'utf-8', format: 'text', warnings: [], container: 'doc' };
  }
  if (has(bytes, ascii('{\\rtf'))) throw new InputError(file, `is an RTF file, which govdiff does not read; ${convertHint(file)}`);
  return undefined;
}

/** Decodes one report's bytes into text with its line structure. */
export function decodeReport(file: string, bytes: Uint8Array, opts: ReadOptions = {}): Ingested {
  const container = bytes.length ? readContainer(file, bytes) : undefined;
  if (container) return container;
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
export function readInput(path: string, opts: ReadOptions = {}): Ingested {
  let bytes: Uint8Array;
  try {
    bytes = isStdin(path) ? readFileSync(0) : readFileSync(rawNames.get(path) ?? path);
  } catch (e) {
    throw new InputError(path, describeFsError(e));
  }
  return decodeReport(isStdin(path) ? STDIN_NAME : path, bytes, opts);
}

/** The path to open for a name expandInputs gave (a non-UTF-8 name is shown decoded; its bytes open it). */
export function sourcePath(path: string): string | Buffer {
  return rawNames.get(path) ?? path;
}

/** A file a directory walk passed over, and why. */
export interface Skipped {
  file: string;
  reason: string;
}

export interface Expanded {
  files: string[];
  errors: InputError[];
  /** Files and folders inside the directories given that were not read, each with the reason. */
  skipped: Skipped[];
}

// Names that are not UTF-8 (GBK names from Windows archives) are shown decoded as GB18030; reading needs the
// original bytes, kept here under the shown name.
const rawNames = new Map<string, Buffer>();

/**
 * Expands the paths a user gave: files stay as given, directories become their report files
 * (recursively, sorted), "-" stays stdin. Missing paths and empty directories are errors.
 */
export function expandInputs(paths: string[]): Expanded {
  const files: string[] = [];
  const errors: InputError[] = [];
  const skipped: Skipped[] = [];
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
      const found: Found[] = [];
      const before = skipped.length;
      walk(p, Buffer.from(p), new Set([dirKey(st)]), found, skipped);
      // a symlink to a file the walk reads anyway would make a report compare with itself: the file itself is kept
      const owner = new Map<string, string>();
      for (const f of found) if (!f.link && !owner.has(f.key)) owner.set(f.key, f.file);
      const kept = found.filter((f) => {
        const first = owner.get(f.key);
        if (first === undefined) owner.set(f.key, f.file);
        else if (first !== f.file) {
          skipped.push({ file: f.file, reason: `same file as ${first}` });
          return false;
        }
        return true;
      });
      const mine = skipped.splice(before).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      skipped.push(...mine);
      if (kept.length === 0) errors.push(new InputError(p, `directory holds no report files (${REPORT_EXTENSIONS.join(' ')})`));
      files.push(...kept.map((f) => f.file));
    } else files.push(p);
  }
  return { files, errors, skipped };
}

const dirKey = (st: { dev: number; ino: number }) => `${st.dev}:${st.ino}`;
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** A file name's bytes as text: UTF-8 when they are, else GB18030 (what Chinese Windows writes into zip files). */
export function decodeName(raw: Buffer): string {
  try {
    return utf8Strict.decode(raw);
  } catch {
    return gb18030.decode(raw);
  }
}

const compareBytes = (a: Dirent<Buffer>, b: Dirent<Buffer>) => Buffer.compare(a.name, b.name);

interface Found {
  file: string;
  /** Device and inode: two names of one file share it. */
  key: string;
  link: boolean;
}

// `ancestors` holds the folders on the way down (by device and inode): a symlink back to one of them is a loop.
function walk(dir: string, rawDir: Buffer, ancestors: Set<string>, out: Found[], skipped: Skipped[]): void {
  let entries: Dirent<Buffer>[];
  try {
    entries = readdirSync(rawDir, { withFileTypes: true, encoding: 'buffer' }).sort(compareBytes);
  } catch (e) {
    skipped.push({ file: dir, reason: `could not be listed: ${describeFsError(e)}` });
    return;
  }
  for (const e of entries) {
    const name = decodeName(e.name);
    const full = join(dir, name);
    const raw = Buffer.concat([rawDir, Buffer.from('/'), e.name]);
    if (name.startsWith('.')) {
      skipped.push({ file: full, reason: e.isDirectory() ? 'hidden folder' : 'hidden file (dotfile)' });
      continue;
    }
    let st;
    try {
      st = statSync(raw); // follows symlinks
    } catch (err) {
      const broken = e.isSymbolicLink() && (err as NodeJS.ErrnoException).code === 'ENOENT';
      const loop = (err as NodeJS.ErrnoException).code === 'ELOOP';
      skipped.push({ file: full, reason: loop ? 'symlink loop' : broken ? 'broken symlink' : describeFsError(err) });
      continue;
    }
    if (st.isDirectory()) {
      const key = dirKey(st);
      if (ancestors.has(key)) {
        skipped.push({ file: full, reason: `symlink loop (back to ${safeRealpath(raw) ?? 'a folder above'})` });
        continue;
      }
      walk(full, raw, new Set([...ancestors, key]), out, skipped);
      continue;
    }
    const ext = extname(name).toLowerCase();
    if (!st.isFile()) skipped.push({ file: full, reason: 'not a regular file (a device, fifo or socket)' });
    else if (!REPORT_EXTENSIONS.includes(ext)) skipped.push({ file: full, reason: ext ? `unsupported extension ${ext}` : 'no extension' });
    else if (st.size > MAX_FILE_SIZE) skipped.push({ file: full, reason: `too large (${Math.round(st.size / 1048576)} MB; the limit is ${MAX_FILE_SIZE / 1048576} MB)` });
    else {
      if (!Buffer.from(name).equals(e.name)) rawNames.set(full, raw);
      out.push({ file: full, key: dirKey(st), link: e.isSymbolicLink() });
    }
  }
}

function safeRealpath(p: Buffer): string | undefined {
  try {
    return decodeName(realpathSync(p, { encoding: 'buffer' }));
  } catch {
    return undefined;
  }
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (e as Error)?.message ?? String(e);
}
