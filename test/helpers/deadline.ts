// Parses in a worker thread with a deadline, so that a hang fails its test instead of blocking the whole run:
// vitest's timeout cannot interrupt synchronous code such as a backtracking regular expression.
import { Worker } from 'node:worker_threads';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { Report } from '../../src/model.js';
import { ROOT } from './samples.js';

let built: string | null = null;

/** src/ transpiled to plain JS once per run, inside the repository so that its packages resolve. */
export function transpiledSrc(): string {
  if (built) return built;
  const src = join(ROOT, 'src');
  const out = join(ROOT, 'node_modules', '.cache', 'govdiff-test-src');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) {
        const js = ts.transpileModule(readFileSync(path, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText;
        const target = join(out, relative(src, path)).replace(/\.ts$/, '.js');
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, js);
      }
    }
  };
  walk(src);
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return (built = out);
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { decodeReport } = await import(workerData.base + '/ingest/index.js');
  const { parseDecoded } = await import(workerData.base + '/parse/index.js');
  parentPort.postMessage('ready');
  const report = parseDecoded(decodeReport(workerData.file, workerData.bytes));
  parentPort.postMessage(report);
})().catch((e) => parentPort.postMessage({ error: String(e && e.stack || e) }));
`;

/** Decodes and parses `content` as the file `file` would be; rejects when the parse takes longer than `ms`. */
export function parseWithin(ms: number, file: string, content: string | Uint8Array): Promise<Report> {
  const base = pathToFileURL(transpiledSrc()).href;
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { base, file, bytes } });
    let timer: NodeJS.Timeout | undefined;
    // the deadline runs from when the modules are loaded: it times the parse alone
    worker.on('message', (m: 'ready' | Report | { error: string }) => {
      if (m === 'ready') {
        timer = setTimeout(() => {
          void worker.terminate();
          reject(new Error(`${file} (${bytes.length} bytes) was not parsed within ${ms} ms`));
        }, ms);
        return;
      }
      clearTimeout(timer);
      void worker.terminate();
      if ('error' in m) reject(new Error(m.error));
      else resolve(m);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
