// Bytes to text: BOMs, strict UTF-8, then a guessed Chinese legacy encoding.
import { createRequire } from 'node:module';
import { InputError } from '../model.js';

// Most reports are UTF-8: the legacy decoders (CommonJS) load on first need, not at every start.
const require = createRequire(import.meta.url);
let iconvModule: typeof import('iconv-lite') | undefined;
const iconvLite = () => (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'));
const iconv = {
  decode: (buf: Buffer, enc: string) => iconvLite().decode(buf, enc),
  encodingExists: (enc: string) => iconvLite().encodingExists(enc),
};
const chardet = { detect: (buf: Uint8Array) => (require('chardet') as typeof import('chardet')).detect(buf) };

export interface DecodedBytes {
  text: string;
  encoding: string;
}

const SIGNATURES: Array<[string, number[]]> = [
  ['a PDF file', [0x25, 0x50, 0x44, 0x46]],
  ['a .docx/.zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['an old .doc (OLE) file', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a gzip archive', [0x1f, 0x8b]],
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Normalises user-given and detected encoding names to iconv-lite's. */
export function canonicalEncoding(name: string): string {
  const n = name.toLowerCase().replace(/[_\s]/g, '-');
  if (n === 'utf8') return 'utf-8';
  if (n === 'gbk' || n === 'gb2312' || n === 'cp936' || n === 'gb-2312' || n === 'euc-cn') return 'gb18030';
  if (n === 'big-5' || n === 'cp950') return 'big5';
  return n;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes; throws InputError naming what is wrong. */
export function decodeBytes(file: string, bytes: Uint8Array, forced?: string, hinted?: string): DecodedBytes {
  if (bytes.length === 0) throw new InputError(file, 'the file is empty');
  if (forced) {
    const enc = canonicalEncoding(forced);
    if (!iconv.encodingExists(enc)) throw new InputError(file, `unknown encoding "${forced}"`);
    return { text: stripBom(iconv.decode(Buffer.from(bytes), enc)), encoding: enc };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeUtf8(file, bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  for (const [what, sig] of SIGNATURES) {
    if (startsWith(bytes, sig)) throw new InputError(file, `is ${what}, not a text or HTML report (convert it to text first)`);
  }
  if (looksBinary(bytes)) throw new InputError(file, 'is a binary file, not a text or HTML report');
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: a legacy encoding
  }
  const enc = legacyEncoding(bytes, hinted);
  const text = iconv.decode(Buffer.from(bytes), enc);
  const bad = countReplacement(text);
  if (bad > Math.max(8, text.length * 0.02)) {
    throw new InputError(file, `cannot be decoded: not UTF-8, and as ${enc} ${bad} characters are invalid (try --encoding)`);
  }
  // bytes that happen to form valid but meaningless characters: no common Chinese characters at all
  if (text.length >= 200 && countCommon(text.slice(0, 20_000)) < Math.min(text.length, 20_000) * 0.005) {
    throw new InputError(file, `cannot be decoded: not UTF-8, and as ${enc} it is no Chinese text (try --encoding)`);
  }
  return { text, encoding: enc };
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(file, 'has a UTF-8 byte-order mark but invalid UTF-8 bytes');
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL bytes or many control bytes mean binary; UTF-16 without a BOM is rare enough to treat so too. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.indexOf(0) >= 0) return true;
  // counted by a native regex over a byte-per-character string: a JS loop over bytes was a tenth of parse time
  const control = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1').match(/[\x01-\x08\x0e-\x1f]/g);
  return (control?.length ?? 0) > head.length * 0.05;
}

// Characters frequent in any Chinese prose, in both scripts: a decoding that yields many of them is the right one.
const COMMON = new Set('的一是在不了有和人中大上为為国國年会會工作法政府建设設行管理发發展部门們们区區市县縣局委单位單我将將进進加强強全面'.split(''));

/**
 * Chinese pages that are not UTF-8 are GB18030 (a superset of GBK/GB2312) or Big5. chardet's guess, the page's
 * declared charset and both Chinese encodings are tried; the decoding with the most common Chinese characters and
 * the fewest invalid sequences wins.
 */
function legacyEncoding(bytes: Uint8Array, hinted?: string): string {
  const sample = Buffer.from(bytes.subarray(0, 64 * 1024));
  const candidates = new Set(['gb18030', 'big5']);
  if (hinted && iconv.encodingExists(canonicalEncoding(hinted))) candidates.add(canonicalEncoding(hinted));
  const guess = chardet.detect(sample);
  if (guess && iconv.encodingExists(canonicalEncoding(guess))) candidates.add(canonicalEncoding(guess));
  candidates.delete('utf-8');
  let best = 'gb18030';
  let bestScore = -Infinity;
  for (const enc of candidates) {
    const text = iconv.decode(sample, enc);
    const score = countCommon(text) - 20 * countReplacement(text);
    if (score > bestScore) [best, bestScore] = [enc, score];
  }
  return best;
}

function countCommon(text: string): number {
  let n = 0;
  for (const ch of text) if (COMMON.has(ch)) n++;
  return n;
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** The charset an HTML page declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  // one [\s"']* after =, not \s*["']?\s*: two \s* around an optional quote try every split of a run of spaces
  const m = /<meta[^>]+charset\s*=[\s"']*([\w-]+)/i.exec(head);
  return m?.[1];
}
