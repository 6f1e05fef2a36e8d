// A report's bytes, read within a size budget: from a file (refusing pipes and devices, which would block or never
// end) or from stdin as a stream (readFileSync(0) fails with EAGAIN on a non-blocking pipe over 64 KB).
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../model.js';

/** Default per-file budget: the largest real report seen is about 2 MB; 50 MB leaves room for saved pages. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** 52428800 → "50 MB", for messages. */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = bytes;
  while (v >= 1024 && i < units.length - 1) (v /= 1024), i++;
  return `${i && v < 10 ? v.toFixed(1).replace(/\.0$/, '') : Math.round(v)} ${units[i]}`;
}

function tooLarge(file: string, size: string, maxBytes: number): InputError {
  return new InputError(file, `is ${size}, over the size limit of ${formatSize(maxBytes)} (--max-size): skipped`);
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (e as Error)?.message ?? String(e);
}

/** A file's bytes, at most `maxBytes`. Pipes, devices and sockets are refused before they are opened. */
/** A file's bytes, at most `maxBytes`; `path` may be a name's raw bytes, `file` is the name shown in messages. */
export function readFileBytes(path: string | Buffer, maxBytes = DEFAULT_MAX_BYTES, file = String(path)): Uint8Array {
  let fd: number;
  try {
    const st = statSync(path);
    if (st.isFIFO()) throw new InputError(file, 'is a named pipe (fifo), not a file: pipe it in with "-" instead');
    if (st.isCharacterDevice() || st.isBlockDevice()) throw new InputError(file, 'is a device, not a report file');
    if (st.isSocket()) throw new InputError(file, 'is a socket, not a report file');
    if (st.isDirectory()) throw new InputError(file, 'is a directory');
    if (st.size > maxBytes) throw tooLarge(file, formatSize(st.size), maxBytes);
    fd = openSync(path, 'r');
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(file, describe(e));
  }
  try {
    // the size may have changed since stat (or be unknown, as in /proc): read at most one byte over the budget
    const size = fstatSync(fd).size;
    let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(size + 1, 64 * 1024)));
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > maxBytes) throw tooLarge(file, `over ${formatSize(maxBytes)}`, maxBytes);
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (!got) break;
      n += got;
    }
    if (n > maxBytes) throw tooLarge(file, `over ${formatSize(maxBytes)}`, maxBytes);
    return buf.subarray(0, n);
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(file, describe(e));
  } finally {
    closeSync(fd);
  }
}

/** All of a stream (stdin) as bytes, read as it comes, at most `maxBytes`. */
export async function readStreamBytes(
  name: string,
  stream: NodeJS.ReadableStream = process.stdin,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let n = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      n += b.length;
      if (n > maxBytes) throw tooLarge(name, `over ${formatSize(maxBytes)}`, maxBytes);
      chunks.push(b);
    }
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(name, describe(e));
  }
  return Buffer.concat(chunks, n);
}
