// A bug is never an unreadable input: a TypeError inside parse is reported as an internal error (exit 3) naming the
// file and the stage, and the other files go on.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from './helpers/cli.js';
import { S, samplePath } from './helpers/samples.js';

// the parser stumbles on one file as a bug would; the compare stage on request
vi.mock('../src/parse/index.js', async (original) => {
  const real = await original<typeof import('../src/parse/index.js')>();
  return {
    ...real,
    parseDecoded: (d: Parameters<typeof real.parseDecoded>[0]) => {
      if (d.file.endsWith('boom.txt')) return (undefined as unknown as { rank: number }).rank;
      return real.parseDecoded(d);
    },
  };
});
vi.mock('../src/compare/index.js', async (original) => {
  const real = await original<typeof import('../src/compare/index.js')>();
  return {
    ...real,
    compareReports: (...a: Parameters<typeof real.compareReports>) => {
      if (process.env.GOVDIFF_TEST_COMPARE_BUG) throw new TypeError("Cannot read properties of undefined (reading 'units')");
      return real.compareReports(...a);
    },
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.GOVDIFF_TEST_COMPARE_BUG;
});

describe('internal errors', () => {
  it('names the file and the stage, says it is a bug, exits 3, and the other files go on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govdiff-bug-'));
    const boom = join(dir, 'boom.txt');
    copyFileSync(samplePath(S.changshou), boom);
    const r = await runMain(['parse', '--json', boom, samplePath(S.guoziwei), join(dir, 'missing.txt')]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(
      `govdiff: ${boom}: internal error while parsing (TypeError: Cannot read properties of undefined (reading 'rank')): a bug in govdiff, please report it with this file\n`,
    );
    expect(r.err).not.toContain('could not be');
    expect(r.err).toContain(`${join(dir, 'missing.txt')}: no such file or directory`);
    expect(JSON.parse(r.out).map((x: { file: string }) => x.file)).toEqual([samplePath(S.guoziwei)]);
  });

  it('a bug after reading, in an analysis, is one line and exit 3, not a stack trace', async () => {
    process.env.GOVDIFF_TEST_COMPARE_BUG = '1';
    const r = await runMain(['compare', samplePath(S.guoziwei), samplePath(S.changshou)]);
    expect(r.code).toBe(3);
    expect(r.err).toBe("govdiff: internal error (TypeError: Cannot read properties of undefined (reading 'units')): a bug in govdiff, please report it with the command you ran\n");
  });
});
