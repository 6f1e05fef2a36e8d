// Matching on several threads (node:worker_threads). findReuse is synchronous, so the parent does one part itself
// and then blocks on a shared flag (Atomics.wait) until each worker has posted its matches, which it takes with
// receiveMessageOnPort. Workers run the built dist/ code: when their script is not there (tests run src/), or a
// worker does not start or fails, its part is matched on this thread instead — same result, only slower.
import { Worker, MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { matchPart, mergeParts, type MatchInput, type PartMatches } from './match.js';
import type { Folded } from './normalize.js';

/** What a worker is given: everything in shared memory, nothing copied. */
export interface SharedMatchInput extends Omit<MatchInput, 'folded' | 'texts'> {
  codes: Uint16Array;
  orig: Int32Array;
  foldedOffsets: Int32Array;
  /** Report.text of each document (copied once into each worker: cheaper than shared units, and read rarely). */
  texts: string[];
}

const WORKER = new URL('./match-worker.js', import.meta.url);
/** A worker that has not started after this long is given up (its part is matched here). */
const START_TIMEOUT_MS = 10000;

export const workersAvailable = (): boolean => WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));

const shared = <T extends Uint16Array | Int32Array | Uint32Array>(Type: { new (b: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, n: number): T =>
  new Type(new SharedArrayBuffer(Math.max(1, n) * Type.BYTES_PER_ELEMENT));

/** Sorted fingerprint columns in shared memory, so that workers read them in place. */
export function sharedColumns(n: number): { hash: Uint32Array; doc: Int32Array; pos: Int32Array } {
  return { hash: shared(Uint32Array, n).subarray(0, n), doc: shared(Int32Array, n).subarray(0, n), pos: shared(Int32Array, n).subarray(0, n) };
}

/**
 * Matches on `threads` threads. Moves the folded reports into shared memory (`input.folded` then points there);
 * `input.hash`/`doc`/`pos` must already be shared (sharedColumns). Returns the matches in single-threaded order.
 */
export function matchParallel(input: MatchInput, texts: string[], threads: number, progress: (done: number, total: number) => void): PartMatches {
  const D = input.folded.length;
  const foldedOffsets = shared(Int32Array, D + 1);
  for (let d = 0; d < D; d++) foldedOffsets[d + 1] = foldedOffsets[d] + input.folded[d].length;
  const codes = shared(Uint16Array, foldedOffsets[D]);
  const orig = shared(Int32Array, foldedOffsets[D]);
  for (let d = 0; d < D; d++) {
    const f = input.folded[d];
    const o = foldedOffsets[d];
    codes.set(f.codes, o);
    orig.set(f.orig, o);
    input.folded[d] = { codes: codes.subarray(o, o + f.length), orig: orig.subarray(o, o + f.length), length: f.length } satisfies Folded;
  }
  const data: SharedMatchInput = { codes, orig, foldedOffsets, texts, hash: input.hash, doc: input.doc, pos: input.pos, k: input.k, formulaMin: input.formulaMin, baseline: input.baseline };
  const flags = shared(Int32Array, threads);
  const workers: { worker: Worker | null; port: MessagePort | null }[] = [];
  for (let part = 1; part < threads; part++) {
    try {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(WORKER, { workerData: { ...data, part, parts: threads, flags, slot: part, port: port2 }, transferList: [port2] });
      worker.unref();
      worker.on('error', () => {}); // reported through the flag; never an uncaught exception
      workers.push({ worker, port: port1 });
    } catch {
      workers.push({ worker: null, port: null });
    }
  }
  const parts: PartMatches[] = [matchPart(input, 0, threads, progress)];
  for (const [i, { worker, port }] of workers.entries()) {
    const part = i + 1;
    let got: PartMatches | null = null;
    if (worker && port) {
      if (Atomics.wait(flags, part, 0, START_TIMEOUT_MS) === 'timed-out' && Atomics.load(flags, part) === 0) {
        void worker.terminate();
      } else {
        while (Atomics.load(flags, part) === 1) Atomics.wait(flags, part, 1);
        const msg = receiveMessageOnPort(port)?.message as { data?: Int32Array; count?: number } | undefined;
        if (Atomics.load(flags, part) === 2 && msg?.data) got = { data: msg.data, count: msg.count! };
      }
      port.close();
    }
    parts.push(got ?? matchPart(input, part, threads));
  }
  return mergeParts(parts);
}
