// What main.ts needs before it knows the command: kept apart from shared.ts, which loads the parser and the
// renderers, so that `govdiff --help` and usage errors load neither.

/** Exit status when some input could not be read (or the output could not be written). */
export const EXIT_INPUT = 1;
/** Exit status for a usage error. */
export const EXIT_USAGE = 2;
/** Exit status for an internal error: a bug. */
export const EXIT_INTERNAL = 3;

export class UsageError extends Error {}

export function describeBug(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** --max-size 10M → bytes; a usage error naming what it takes. */
export function maxSizeArg(value: string | number): number {
  const n = parseSize(value);
  if (!Number.isFinite(n) || n < 1) throw new UsageError(`--max-size takes a size such as 500K, 50M or 1G, not "${value}"`);
  return n;
}

/** A number option within a range, for yargs' coerce: the message names the range. */
export function numberIn(name: string, min: number, max: number, opts: { integer?: boolean } = {}) {
  return (value: unknown): number => {
    const n = typeof value === 'number' ? value : Number(value);
    const kind = opts.integer ? 'a whole number' : 'a number';
    if (Array.isArray(value) || value === '' || !Number.isFinite(n) || (opts.integer && !Number.isInteger(n)) || n < min || n > max)
      throw new UsageError(`--${name} takes ${kind} from ${min} to ${max}, not "${Array.isArray(value) ? value.join(' ') : value}"`);
    return n;
  };
}

/** 1536, 10K, 10M, 1G, 2.5MB → bytes (powers of 1024); NaN when it is not a size. */
export function parseSize(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(value);
  if (!m) return NaN;
  const power = ' kmgt'.indexOf(m[2].toLowerCase() || ' ');
  return Math.round(Number(m[1]) * 1024 ** power);
}
