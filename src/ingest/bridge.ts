// mammoth, word-extractor and pdfjs-dist only have async APIs, but reading is synchronous everywhere (readReport, every command):
// one worker thread runs them and the caller blocks on Atomics.wait until it answers. The worker starts on the
// first Word file or PDF and loads only the library that file needs, so start-up is untouched.
import { Worker, MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

/** One text run of a PDF page, as pdfjs reports it: [text, x, y, width, font size, ends a line]. */
export type PdfRun = [string, number, number, number, number, boolean];

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfRun[];
  /** Whether the page paints images: told only for pages without text, to say "scanned?" with reason. */
  images?: boolean;
}

export interface DocxResult {
  html: string;
}

export interface DocResult {
  text: string;
}

export interface PdfResult {
  pages: PdfPage[];
}

type Request = { kind: 'docx' | 'doc' | 'pdf'; bytes: Uint8Array };

// Plain JavaScript run with eval, so the same code works from dist/ and from the TypeScript sources under vitest.
const WORKER = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const { port, signal, paths } = workerData;
const sig = new Int32Array(signal);
let pdfjs;
async function docx(bytes) {
  const mammoth = require(paths.mammoth);
  // images are not read: scans pasted into a report would otherwise become megabytes of base64 in the HTML
  const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage });
  return { html: r.value };
}
async function doc(bytes) {
  const WordExtractor = require(paths.wordExtractor);
  const d = await new WordExtractor().extract(Buffer.from(bytes));
  return { text: d.getBody({ filterUnicode: false }) }; // unfiltered: “” and —— stay as written
}
async function pdf(bytes) {
  pdfjs ??= await import(pathToFileURL(paths.pdfjs).href);
  const doc = await pdfjs.getDocument({
    data: bytes,
    cMapUrl: paths.cmaps, cMapPacked: true, standardFontDataUrl: paths.fonts,
    useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0,
  }).promise;
  const pages = [];
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const runs = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const t = it.transform;
        runs.push([it.str, t[4] - x0, t[5] - y0, it.width, Math.hypot(t[2], t[3]) || it.height, !!it.hasEOL]);
      }
      const p = { width: x1 - x0, height: y1 - y0, runs };
      if (!runs.some((r) => r[0].trim())) {
        const ops = await page.getOperatorList();
        const O = pdfjs.OPS;
        p.images = ops.fnArray.some((f) => f === O.paintImageXObject || f === O.paintInlineImageXObject || f === O.paintImageMaskXObject);
      }
      pages.push(p);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { pages };
}
parentPort.on('message', async ({ kind, bytes }) => {
  let reply;
  try {
    reply = { ok: true, value: kind === 'docx' ? await docx(bytes) : kind === 'doc' ? await doc(bytes) : await pdf(bytes) };
  } catch (e) {
    reply = { ok: false, name: (e && e.name) || 'Error', error: String((e && e.message) || e) };
  }
  port.postMessage(reply);
  Atomics.store(sig, 0, 1);
  Atomics.notify(sig, 0);
});
`;

interface Bridge {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

let bridge: Bridge | undefined;

function libraryPaths() {
  const require = createRequire(import.meta.url);
  const pdfRoot = dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    mammoth: require.resolve('mammoth'),
    wordExtractor: require.resolve('word-extractor'),
    // the legacy build is the one that runs on Node without browser globals
    pdfjs: join(pdfRoot, 'legacy', 'build', 'pdf.mjs'),
    // pdfjs reads these with fs on Node: plain paths ending in a separator, not URLs
    cmaps: join(pdfRoot, 'cmaps') + sep,
    fonts: join(pdfRoot, 'standard_fonts') + sep,
  };
}

function start(): Bridge {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { port: port2, signal: signal.buffer, paths: libraryPaths() },
    transferList: [port2],
    stdout: true, // kept from our stdout (--json output): pdfjs may warn there. Not read: reading would hold the process open
    execArgv: [], // the parent's flags (--input-type=module, test loaders) would not run this plain script
  });
  worker.on('error', () => {}); // seen as a missing answer by convertSync, not as a crash of the whole run
  worker.unref();
  port1.unref();
  return { worker, port: port1, signal };
}

/** An error the library raised on a file: its class name (InvalidPDFException, PasswordException…) and message. */
export class LibraryError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

/** Runs one conversion in the worker and waits for it; throws LibraryError, or a timeout Error. */
export function convertSync(kind: 'docx', bytes: Uint8Array, timeoutMs?: number): DocxResult;
export function convertSync(kind: 'doc', bytes: Uint8Array, timeoutMs?: number): DocResult;
export function convertSync(kind: 'pdf', bytes: Uint8Array, timeoutMs?: number): PdfResult;
export function convertSync(kind: Request['kind'], bytes: Uint8Array, timeoutMs = 120_000): DocxResult | DocResult | PdfResult {
  const b = (bridge ??= start());
  Atomics.store(b.signal, 0, 0);
  b.worker.postMessage({ kind, bytes } satisfies Request);
  const waited = Atomics.wait(b.signal, 0, 0, timeoutMs);
  const msg = receiveMessageOnPort(b.port)?.message as
    | { ok: true; value: DocxResult | DocResult | PdfResult }
    | { ok: false; name: string; error: string }
    | undefined;
  if (!msg) {
    // a stuck or dead worker is not reused: the next file gets a fresh one
    void b.worker.terminate();
    bridge = undefined;
    throw new Error(waited === 'timed-out' ? `took longer than ${timeoutMs / 1000} s to read` : 'the reader stopped without an answer');
  }
  if (!msg.ok) throw new LibraryError(msg.name, msg.error);
  return msg.value;
}
