// What main.ts needs before it knows the command: kept apart from shared.ts, which loads the parser and the
// renderers, so that `govdiff --help` and usage errors load neither.

/** Exit status for a usage error. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {}
