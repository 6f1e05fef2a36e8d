// One line of progress on stderr for long runs: what is being done ("reading 37/144 name", "aligning"), fitted to
// the terminal by display width (a CJK file name is twice as wide as its length), and cleared when the run is done.
import { truncate } from '../render/context.js';

export interface Progress {
  /** A counted step: "reading 37/144 file". Throttled; the last one always shows. */
  count(label: string, done: number, total: number, what?: string): void;
  /** A step with no count ("aligning", "rendering"): shown at once, until the next step or done(). */
  phase(label: string): void;
  /** Clears the line: nothing stays behind on the screen. */
  done(): void;
}

export interface ProgressOptions {
  quiet?: boolean;
  /** Fewer inputs than this run fast: no progress at all. */
  minInputs?: number;
  inputs?: number;
  stream?: NodeJS.WriteStream;
}

const NONE: Progress = { count() {}, phase() {}, done() {} };

/** Progress on a terminal stderr only, never with --quiet. */
export function makeProgress(opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  if (!stream.isTTY || opts.quiet || (opts.inputs ?? Infinity) < (opts.minInputs ?? 0)) return NONE;
  let last = 0;
  let shown = false;
  const show = (line: string) => {
    // one column spare: a line that fills the last column wraps on some terminals
    const cols = Math.max(10, (stream.columns || 80) - 1);
    stream.write(`\r\x1b[2K${truncate(line, cols, { ambiguousWide: false })}`);
    shown = true;
  };
  return {
    count(label, done, total, what = '') {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      show(`${label} ${Math.min(done, total)}/${total}${what ? ` ${what}` : ''}`);
    },
    phase(label) {
      last = Date.now();
      show(label);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
