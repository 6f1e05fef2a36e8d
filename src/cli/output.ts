// Writing results without harming anything: whole files or nothing, the replaced file's mode kept, a symlink written
// through, no temporary left behind on any exit, and errors as one line naming the path.
import { realpathSync, lstatSync, readlinkSync, readdirSync, statSync, rmSync } from 'node:fs';
import { mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The output could not be written; `reason` is for people ("no such directory"). */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: could not be written (${reason}); nothing was changed`);
    this.name = 'OutputError';
  }
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EPIPE: 'the reader closed the pipe',
  EFBIG: 'file too large',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** Words for a failed write, from the error's code; the message itself when the code is unknown. */
export function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  return WRITE_ERRORS[code] ?? (e as Error)?.message ?? String(e);
}

/** Where writing `path` really lands: a symlink's final target (a dangling one too), else the path itself. */
export function outputTarget(path: string): string {
  let p = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    try {
      return realpathSync(p);
    } catch {
      // missing: a dangling link is followed by hand, a plain missing file is written where named
    }
    let link;
    try {
      link = lstatSync(p);
    } catch {
      return p;
    }
    if (!link.isSymbolicLink()) return p;
    p = resolve(dirname(p), readlinkSync(p));
  }
  return p;
}

// Temporaries being written now (files, or folders with their files): removed on exit, on Ctrl-C and on SIGTERM, so
// a killed run leaves nothing behind.
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removePending(): void {
  for (const tmp of pending) {
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  unwatchSignals();
  // die of the same signal, so the shell sees 130/143 as with any interrupted command
  process.kill(process.pid, signal);
}

function watchSignals(): void {
  if (pending.size !== 1) return;
  // a second watcher would run the first's cleanup twice
  process.on('exit', removePending);
  for (const s of SIGNALS) process.on(s, onSignal);
}

function unwatchSignals(): void {
  process.off('exit', removePending);
  for (const s of SIGNALS) process.off(s, onSignal);
}

/**
 * A temporary file another writer fills (the index database): removed on exit, Ctrl-C and SIGTERM like the
 * temporaries above until the function returned is called (after it has been renamed into place).
 */
export function removeOnExit(tmp: string): () => void {
  pending.add(tmp);
  watchSignals();
  return () => {
    pending.delete(tmp);
    if (!pending.size) unwatchSignals();
  };
}

/** A temporary name beside `target`, as writeOutputFile uses. */
export function temporaryBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

type Chunks = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Writes a file whole or not at all: a temporary beside the target, renamed into place only when complete. An
 * existing file keeps its mode; a symlink is written through to its target, not replaced. Throws OutputError.
 */
export async function writeOutputFile(path: string, data: Chunks): Promise<void> {
  const target = outputTarget(path);
  let mode: number | undefined;
  try {
    const st = statSync(target);
    if (st.isDirectory()) throw new OutputError(path, 'it is a directory');
    if (!st.isFile()) throw new OutputError(path, 'not a regular file; write to stdout and redirect instead');
    mode = st.mode & 0o7777;
  } catch (e) {
    if (e instanceof OutputError) throw e;
    // a new file: it gets the usual mode (0666 less the umask)
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(tmp);
  watchSignals();
  try {
    const fh = await open(tmp, 'wx', mode ?? 0o666);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await fh.writeFile(data);
      else for await (const chunk of data) await fh.writeFile(chunk);
      // open() applies the umask: set the replaced file's mode exactly
      if (mode !== undefined) await fh.chmod(mode);
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e instanceof OutputError ? e : new OutputError(path, describeWriteError(e));
  } finally {
    pending.delete(tmp);
    if (!pending.size) unwatchSignals();
  }
}

/** Same file? By device and inode, so another spelling, a symlink or a hard link is caught too. */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * stdout that cannot take the output (a full disk, a closed pipe) ends the run with one line, not a stack trace.
 * A reader that stops early (`| head`) is not an error.
 */
export function guardStdout(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    try {
      process.stderr.write(`govdiff: the output could not be written (${describeWriteError(e)})\n`);
    } finally {
      process.exit(1);
    }
  });
}

/**
 * Writes a folder of files whole or not at all: the files go into a temporary folder beside the target, which then
 * takes the target's place; a folder already there (an earlier run's) is moved aside first and removed after, so a
 * reader sees the old folder or the new one, never half of either. A symlinked folder is written through. Throws
 * OutputError; nothing is left behind on failure or on a signal.
 */
export async function writeOutputDir(
  path: string,
  files: Array<{ name: string; data: string | Uint8Array }>,
  opts: { replaceable?: (file: string) => boolean } = {},
): Promise<void> {
  const target = outputTarget(path);
  let existing = false;
  try {
    const st = statSync(target);
    if (!st.isDirectory()) throw new OutputError(path, 'there is a file of that name, not a folder');
    existing = true;
    // a folder holding anything else (a file of the user's) is not ours to replace
    const foreign = readdirSync(target).find((f) => !opts.replaceable || !opts.replaceable(join(target, f)));
    if (foreign !== undefined && opts.replaceable) throw new OutputError(path, `it holds ${foreign}, which govdiff did not write`);
  } catch (e) {
    if (e instanceof OutputError) throw e;
  }
  const stem = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  const tmp = `${stem}.tmp`;
  const old = `${stem}.old`;
  let swapped = false;
  pending.add(tmp);
  watchSignals();
  try {
    await mkdir(tmp, { mode: 0o777 });
    for (const f of files) {
      if (!/^[^/\\]+$/.test(f.name) || f.name === '.' || f.name === '..') throw new OutputError(path, `not a plain file name: ${f.name}`);
      const fh = await open(join(tmp, f.name), 'wx', 0o666);
      try {
        await fh.writeFile(f.data);
      } finally {
        await fh.close();
      }
    }
    if (existing) await rename(target, old);
    try {
      await rename(tmp, target);
    } catch (e) {
      // put the old folder back
      if (existing) await rename(old, target).catch(() => {});
      throw e;
    }
    // only now is the old folder garbage (a signal between the two renames leaves it, hidden, rather than lose it)
    if (existing) {
      pending.add(old);
      swapped = true;
    }
  } catch (e) {
    await rm(tmp, { recursive: true, force: true }).catch(() => {});
    throw e instanceof OutputError ? e : new OutputError(path, describeWriteError(e));
  } finally {
    if (swapped) await rm(old, { recursive: true, force: true }).catch(() => {});
    pending.delete(tmp);
    pending.delete(old);
    if (!pending.size) unwatchSignals();
  }
}

/** The folder of pages beside a report's overview: report.html → report.parts (govdiff report --layout split). */
export function partsDirOf(out: string): string {
  const base = basename(out);
  const ext = extname(base);
  return join(dirname(out), `${ext ? base.slice(0, -ext.length) : base}.parts`);
}
