// The conventions a user counts on from every command: one spelling of the output options, numbers checked with
// their range named, --width honoured everywhere, columns in the order given, help examples that paste whole, a
// pager only on a terminal, and progress lines that fit the terminal and leave nothing behind.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { ROOT, SAMPLES, S, samplePath } from './helpers/samples.js';
import { runMain } from './helpers/cli.js';
import { makeProgress } from '../src/cli/progress.js';
import { pagerCommand } from '../src/cli/pager.js';
import { emit } from '../src/cli/shared.js';

const BIN = process.env.GOVDIFF_BIN ?? join(ROOT, 'bin', 'govdiff.js');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
const tmp = () => mkdtempSync(join(tmpdir(), 'govdiff-conv-'));
const widest = (text: string) => Math.max(...text.split('\n').map((l) => stringWidth(l)));

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('output options', () => {
  it('-o/--out, -f/--format and --bom mean the same on every command that writes', () => {
    const dir = tmp();
    const two = [samplePath(S.guoziwei), samplePath(S.changshou)];
    const cases: Array<[string[], (text: string) => void]> = [
      [['matrix', ...two, '-f', 'csv', '--bom'], (t) => expect(t.startsWith('\uFEFFsection,topic,label,国资委,招商投资促进局')).toBe(true)],
      [['reuse', ...two, '-f', 'csv', '--bom', '--min-chars', '8'], (t) => expect(t.startsWith('\uFEFFfile,agency,chars,')).toBe(true)],
      [['export', ...two, '-f', 'passim'], (t) => expect(JSON.parse(t.split('\n')[0]).id).toBe(two[0])],
      [['report', ...two], (t) => expect(t).toMatch(/^<!doctype html>/i)],
      [['check', ...two, '--json'], (t) => expect(JSON.parse(t)).toHaveLength(2)],
      [['parse', ...two, '--json'], (t) => expect(JSON.parse(t)).toHaveLength(2)],
      [['compare', ...two, '--json'], (t) => expect(JSON.parse(t).columns).toHaveLength(2)],
      [['diff', ...two, '--json'], (t) => expect(JSON.parse(t).a.file).toBe(two[0])],
    ];
    for (const [args, check] of cases) {
      for (const flag of ['-o', '--out']) {
        const out = join(dir, `${args[0]}${flag}.out`);
        const r = run([...args, flag, out]);
        expect(r.status, `${args[0]} ${flag}: ${r.stderr}`).toBe(0);
        expect(r.stdout).toBe('');
        check(readFileSync(out, 'utf8'));
      }
    }
  });

  it("matrix's old --output still works; help shows only -o, --out", () => {
    const out = join(tmp(), 'old.csv');
    expect(run(['matrix', samplePath(S.guoziwei), '-f', 'csv', '--output', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^section,topic,label,国资委/);
    const help = run(['matrix', '--help']).stdout;
    expect(help).toMatch(/-o, --out\s/);
    expect(help).not.toContain('--output');
  });

  it('a result made in chunks (streamed) is written whole, to a file or to stdout', async () => {
    async function* parts() {
      yield '[';
      yield '1,';
      yield '2]\n';
    }
    const out = join(tmp(), 'chunks.json');
    await emit(parts(), { out });
    expect(readFileSync(out, 'utf8')).toBe('[1,2]\n');
    let got = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((got += String(s)), true));
    await emit(parts(), { pager: false });
    expect(got).toBe('[1,2]\n');
  });

  it('--bom with another format than CSV is a usage error', () => {
    const r = run(['reuse', samplePath(S.guoziwei), samplePath(S.changshou), '-f', 'md', '--bom']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--bom goes with --format csv');
  });
});

describe('numbers', () => {
  it('a bad number is a usage error naming the option and its range', () => {
    const cases: Array<[string[], string]> = [
      [['matrix', SAMPLES, '--width', 'abc'], '--width takes a whole number from 40 to 1000, not "abc"'],
      [['parse', SAMPLES, '--width', '1e9'], '--width takes a whole number from 40 to 1000'],
      [['compare', SAMPLES, '--min-similarity', '2'], '--min-similarity takes a number from 0 to 1, not "2"'],
      [['matrix', SAMPLES, '--min-similarity', '-0.5'], '--min-similarity takes a number from 0 to 1'],
      [['parse', SAMPLES, '--depth', 'x'], '--depth takes a whole number from 0 to 20'],
      [['report', SAMPLES, '-o', 'x.html', '--passages', '-3'], '--passages takes a whole number from 0 to 10000'],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
    }
  });
});

describe('--width', () => {
  // the widths the issue found ignored, and the narrowest the option takes
  const pair = [samplePath(S.jiangjin), samplePath(S.guoziwei)];
  const commands: string[][] = [['check', SAMPLES], ['reuse', SAMPLES], ['reuse', SAMPLES, '--series'], ['diff', ...pair], ['diff', '-u', ...pair], ['parse', SAMPLES], ['compare', SAMPLES], ['matrix', SAMPLES]];
  it.each([40, 60, 80])('every command fits %i columns (CJK counted as two)', async (width) => {
    for (const args of commands) {
      const { out, code } = await runMain([...args, '--width', String(width), '--no-color']);
      expect(code, args.join(' ')).toBe(0);
      expect(widest(out), `${args.join(' ')} --width ${width}`).toBeLessThanOrEqual(width);
    }
  });
});

describe('column order', () => {
  it('compare and matrix give columns in the order the reports were named', async () => {
    const named = [samplePath(S.guoziwei), samplePath(S.changshou), samplePath(S.jiangjin)];
    const cmp = JSON.parse((await runMain(['compare', ...named, '--json'])).out);
    expect(cmp.columns.map((c: { file: string }) => c.file)).toEqual(named);
    for (const s of cmp.sections) {
      expect(s.headings.map((h: { file: string }) => h.file)).toEqual(named);
      // cells only where a report has units (the sparse JSON), in the order the reports were named
      for (const row of s.rows) {
        const files = row.cells.map((c: { file: string }) => c.file);
        expect(files).toEqual(named.filter((f) => files.includes(f)));
      }
    }
    // 国资委 (004) reports a 法律顾问 problem, 招商投资促进局 (000) does not: the counts follow the columns
    const m = JSON.parse((await runMain(['matrix', ...named, '--section', 'problems', '--json'])).out);
    expect(m.columns.map((c: { agency: string }) => c.agency)).toEqual(['国资委', '招商投资促进局', '科学技术局']);
    const counsel = m.rows.find((r: { topic: string }) => r.topic === 'problem-counsel');
    expect(counsel.cells.map((c: { count: number }) => c.count)).toEqual([1, 0, 0]);
  });

  it('the rows are the same whatever the order', async () => {
    const a = JSON.parse((await runMain(['compare', samplePath(S.guoziwei), samplePath(S.changshou), '--json'])).out);
    const b = JSON.parse((await runMain(['compare', samplePath(S.changshou), samplePath(S.guoziwei), '--json'])).out);
    const labels = (c: { sections: { rows: { label: string }[] }[] }) => c.sections.flatMap((s) => s.rows.map((r) => r.label));
    expect(labels(a)).toEqual(labels(b));
  });
});

describe('help', () => {
  it('every example at 80 columns is one whole command on one line', () => {
    for (const cmd of ['parse', 'check', 'compare', 'matrix', 'diff', 'reuse', 'export', 'report']) {
      const r = run([cmd, '--help'], { COLUMNS: '80' });
      expect(r.status).toBe(0);
      const lines = r.stdout.split('\n');
      const from = lines.indexOf('Examples:');
      expect(from, cmd).toBeGreaterThan(0);
      const examples = lines.slice(from + 1).filter((l) => l.trim());
      expect(examples.length).toBeGreaterThan(0);
      for (const line of examples) {
        const text = line.trim();
        // a line is a comment or a command of this tool; a wrapped half would be neither
        if (text.startsWith('#')) continue;
        expect(text, `${cmd}: ${line}`).toMatch(new RegExp(`^(\\S.*\\| )?govdiff ${cmd}( |$)`));
        expect((text.match(/'/g) ?? []).length % 2, text).toBe(0);
        expect(stringWidth(line)).toBeLessThanOrEqual(80);
      }
    }
  });
});

describe('pager', () => {
  it('is off when stdout is piped, whatever GOVDIFF_PAGER says', () => {
    const dir = tmp();
    const marker = join(dir, 'paged');
    const r = run(['parse', SAMPLES], { GOVDIFF_PAGER: `touch ${marker}; cat` });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('重庆市江津区科学技术局');
    expect(existsSync(marker)).toBe(false);
  });

  // script(1) gives the command a terminal for stdout
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('on a terminal the output goes through GOVDIFF_PAGER, unless --no-pager', () => {
    for (const extra of [[], ['--no-pager']]) {
      const dir = tmp();
      const paged = join(dir, 'paged');
      const cmd = [process.execPath, BIN, 'parse', SAMPLES, '--depth', '0', ...extra].map((a) => `'${a}'`).join(' ');
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GOVDIFF_PAGER: `cat > '${paged}'` } });
      expect(r.status).toBe(0);
      if (extra.length) {
        expect(existsSync(paged)).toBe(false);
        expect(r.stdout).toContain('重庆市江津区科学技术局');
      } else {
        expect(readFileSync(paged, 'utf8')).toContain('重庆市江津区科学技术局');
        expect(r.stdout).not.toContain('重庆市江津区科学技术局');
      }
    }
  });

  it('on a terminal: GOVDIFF_PAGER over PAGER over less; --no-pager, "cat" and "" turn it off', () => {
    expect(pagerCommand({ isTTY: true, env: {} })).toBe('less');
    expect(pagerCommand({ isTTY: true, env: { PAGER: 'more' } })).toBe('more');
    expect(pagerCommand({ isTTY: true, env: { PAGER: 'more', GOVDIFF_PAGER: 'less -S' } })).toBe('less -S');
    expect(pagerCommand({ isTTY: true, env: { GOVDIFF_PAGER: 'cat' } })).toBeNull();
    expect(pagerCommand({ isTTY: true, env: { GOVDIFF_PAGER: '' } })).toBeNull();
    expect(pagerCommand({ isTTY: true, env: {}, pager: false })).toBeNull();
    expect(pagerCommand({ isTTY: false, env: { GOVDIFF_PAGER: 'less' } })).toBeNull();
  });
});

describe('progress', () => {
  function terminal(columns: number) {
    const writes: string[] = [];
    const stream = { isTTY: true, columns, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream;
    return { stream, writes };
  }
  const shown = (w: string) => w.replace(/^\r\x1b\[2K/, '');

  it('fits a line of CJK file names to the terminal by display width, and clears itself', () => {
    const { stream, writes } = terminal(40);
    const p = makeProgress({ stream });
    const name = '重庆市江津区科学技术局关于2021年度法治政府建设情况的报告.txt';
    p.count('reading', 37, 144, name);
    p.phase('aligning 144 reports');
    p.done();
    expect(writes.length).toBe(3);
    for (const w of writes) expect(stringWidth(shown(w))).toBeLessThan(40);
    expect(shown(writes[0])).toMatch(/^reading 37\/144 重庆市.*…$/);
    expect(shown(writes[1])).toBe('aligning 144 reports');
    expect(writes[2]).toBe('\r\x1b[2K');
  });

  it('is silent off a terminal and with --quiet', () => {
    const { stream, writes } = terminal(80);
    makeProgress({ stream, quiet: true }).phase('aligning');
    makeProgress({ stream: { ...stream, isTTY: false } as NodeJS.WriteStream }).phase('aligning');
    expect(writes).toEqual([]);
  });

  it('compare on a terminal names each step and ends with a clean line', async () => {
    const err = process.stderr as { isTTY?: boolean; columns?: number };
    const was = { isTTY: err.isTTY, columns: err.columns };
    err.isTTY = true;
    err.columns = 60;
    try {
      const { err: text, code } = await runMain(['compare', SAMPLES, '--section', 'problems', '--no-pager']);
      expect(code).toBe(0);
      const steps = text.split('\r\x1b[2K').filter(Boolean);
      expect(steps).toEqual(expect.arrayContaining(['aligning 5 reports', 'rendering']));
      expect(steps.some((s) => s.startsWith('reading '))).toBe(true);
      for (const s of steps) expect(stringWidth(s)).toBeLessThan(60);
      expect(text.endsWith('\r\x1b[2K')).toBe(true);
    } finally {
      err.isTTY = was.isTTY;
      err.columns = was.columns;
    }
  });
});
