// Runs the CLI in-process (from src/) and captures what it prints and the exit status it sets.
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  out: string;
  err: string;
  code: number;
}

export async function runMain(argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  try {
    await main(argv);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { out, err, code };
}
