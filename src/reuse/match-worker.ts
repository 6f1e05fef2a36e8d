// A worker thread growing its part of the seeds (see match.ts). Reports, folded text and sorted fingerprints come
// in shared memory; the matches go back over a port, and a shared flag says when (the parent waits on it).
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { matchPart } from './match.js';
import type { Folded } from './normalize.js';
import type { SharedMatchInput } from './parallel.js';

const data = workerData as SharedMatchInput & { part: number; parts: number; flags: Int32Array; port: MessagePort; slot: number };
const { flags, slot, port } = data;
Atomics.store(flags, slot, 1);
try {
  const D = data.foldedOffsets.length - 1;
  const folded: Folded[] = new Array(D);
  for (let d = 0; d < D; d++) {
    const f0 = data.foldedOffsets[d];
    const f1 = data.foldedOffsets[d + 1];
    folded[d] = { codes: data.codes.subarray(f0, f1), orig: data.orig.subarray(f0, f1), length: f1 - f0 };
  }
  const out = matchPart({ folded, texts: data.texts, hash: data.hash, doc: data.doc, pos: data.pos, k: data.k, formulaMin: data.formulaMin, baseline: data.baseline }, data.part, data.parts);
  const matches = out.data.slice(0, out.count * 7);
  port.postMessage({ data: matches, count: out.count }, [matches.buffer]);
  Atomics.store(flags, slot, 2);
} catch (e) {
  port.postMessage({ error: String((e as Error)?.stack ?? e) });
  Atomics.store(flags, slot, 3);
}
Atomics.notify(flags, slot);
port.close();
parentPort?.close();
