// Long output on a terminal goes through a pager, as git does: GOVDIFF_PAGER, else PAGER, else less. Never when
// stdout is not a terminal (a pipe, a file) and never with --no-pager.
import { spawnSync } from 'node:child_process';

export interface PagerOptions {
  /** false from --no-pager */
  pager?: boolean;
  isTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** The pager command to run, or null when output goes straight to stdout. */
export function pagerCommand(opts: PagerOptions = {}): string | null {
  const env = opts.env ?? process.env;
  if (opts.pager === false || !(opts.isTTY ?? process.stdout.isTTY)) return null;
  const cmd = (env.GOVDIFF_PAGER ?? env.PAGER ?? 'less').trim();
  // "cat" and an empty value mean no pager, as for git
  return cmd && cmd !== 'cat' ? cmd : null;
}

/**
 * Shows text through the pager; false when there is none (the caller prints). less gets -F (quit when the text fits
 * one screen), -R (colours) and -X (leave the text on screen), unless LESS is set: git's defaults.
 */
export function page(text: string, opts: PagerOptions = {}): boolean {
  const cmd = pagerCommand(opts);
  if (!cmd) return false;
  const env = { ...(opts.env ?? process.env) };
  env.LESS ??= 'FRX';
  env.LV ??= '-c';
  const r = spawnSync(cmd, { shell: true, input: text, stdio: ['pipe', 'inherit', 'inherit'], env });
  // a pager that cannot start: print as if there were none
  return !r.error && r.status !== 127;
}
