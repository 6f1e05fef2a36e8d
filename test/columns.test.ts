// The side-by-side view as a person reads it in a terminal: aligned, never wider than the terminal, no character
// cut in half, every word of a point still there.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport } from '../src/index.js';
import { runMain } from './helpers/cli.js';
import { displayWidth, makeContext } from '../src/render/context.js';
import { wrapSpans, layoutColumns } from '../src/render/columns.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = join(ROOT, 'samples');

const run = async (argv: string[]) => (await runMain(argv)).out;
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const SEP = ' │ ';
/** Display columns where each separator starts, per line. */
function separatorColumns(line: string, ambiguousWide: boolean): number[] {
  const cols: number[] = [];
  let at = line.indexOf(SEP);
  while (at >= 0) {
    cols.push(displayWidth(line.slice(0, at), { ambiguousWide }));
    at = line.indexOf(SEP, at + SEP.length);
  }
  return cols;
}
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.each([120, 80])('compare samples/ --section problems at %i columns', (width) => {
  it('no line is wider than the terminal, and the columns line up', async () => {
    const out = await run(['compare', SAMPLES, '--section', 'problems', '--width', String(width), '--no-color']);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) expect(displayWidth(l, { ambiguousWide: false })).toBeLessThanOrEqual(width);
    // within a page every line with separators has them at the same display columns
    const pages = out.split(/\n(?=reports \d)/);
    for (const page of pages) {
      const seps = page.split('\n').filter((l) => l.includes(SEP)).map((l) => separatorColumns(l, false).join());
      const full = seps.reduce((a, b) => (b.length > a.length ? b : a), '');
      for (const s of seps) expect(full.startsWith(s)).toBe(true);
    }
  });

  it("keeps every character of 003's and 004's problems, in order, in their columns", async () => {
    const out = await run(['compare', SAMPLES, '--section', 'problems', '--width', String(width), '--no-color']);
    // put each column's pieces back together
    const cols = new Map<number, string>();
    for (const page of out.split(/\n(?=reports \d)/)) {
      const first = page.match(/^reports (\d+)/);
      const base = first ? Number(first[1]) - 1 : 0;
      for (const l of page.split('\n')) {
        if (l.startsWith('──') || l.startsWith('reports')) continue;
        // a line ends at its last non-empty column: its last separator may have lost the space after it
        l.split(/ │(?: |$)/).forEach((piece, k) => cols.set(base + k, (cols.get(base + k) ?? '') + piece.trim()));
      }
    }
    for (const [k, file] of [[3, '003_6e791484e7a4330b.txt'], [4, '004_7470bc842f3634e7.txt']] as const) {
      const r = readReport(join(SAMPLES, file));
      const problems = r.sections.find((s) => s.canonical === 'problems')!;
      for (const it of problems.items) expect(squeeze(cols.get(k)!)).toContain(squeeze(it.text));
    }
  });
});

describe('width arithmetic', () => {
  it('wraps Han characters two columns wide and never splits one', () => {
    const ctx = makeContext({ width: 80, color: false });
    const text = '普法宣传的创新招法不多。在宣传过程中大多以集中学习、理论宣讲、专题讲座等传统方式为主';
    for (const w of [7, 8, 9, 24]) {
      const lines = wrapSpans([{ text }], w, ctx).map((l) => l.map((s) => s.text).join(''));
      for (const l of lines) expect(displayWidth(l, ctx)).toBeLessThanOrEqual(w);
      expect(lines.join('')).toBe(text);
      if (w === 7) expect(lines[0]).toBe('普法宣'); // 3 × 2 = 6: a fourth would make 8
    }
  });

  it('with --ambiguous-wide counts “ ” … as two columns and still fits', async () => {
    const ctx = makeContext({ width: 80, color: false, ambiguousWide: true });
    const lines = wrapSpans([{ text: '依托“学习强国”APP……' }], 9, ctx).map((l) => l.map((s) => s.text).join(''));
    for (const l of lines) expect(displayWidth(l, ctx)).toBeLessThanOrEqual(9);
    expect(lines[0]).toBe('依托“学'); // 2+2+2+2 = 8; the narrow count would have fitted 依托“学习 in 9
    const out = await run(['compare', SAMPLES, '--section', 'measures', '--width', '80', '--no-color', '--ambiguous-wide']);
    expect(out).toContain('学习强国');
    for (const l of out.trimEnd().split('\n')) expect(displayWidth(l, { ambiguousWide: true })).toBeLessThanOrEqual(80);
  });

  it('spreads many reports over pages of columns no narrower than twelve Han characters', () => {
    const layout = layoutColumns(12, makeContext({ width: 100, color: false }));
    expect(layout.columnWidth).toBeGreaterThanOrEqual(24);
    expect(layout.pages.flat()).toEqual([...Array(12).keys()]);
    expect(Math.max(...layout.pages.map((p) => p.length)) - Math.min(...layout.pages.map((p) => p.length))).toBeLessThanOrEqual(1);
  });

  it('honours NO_COLOR and --no-color, colours with --color', async () => {
    const plain = await run(['compare', SAMPLES, '--section', 'problems', '--no-color']);
    expect(plain).not.toMatch(/\x1b\[/);
    vi.restoreAllMocks();
    const coloured = await run(['compare', SAMPLES, '--section', 'problems', '--color']);
    expect(coloured).toMatch(/\x1b\[36m/); // unique points in cyan
    const saved = process.env.NO_COLOR;
    process.env.NO_COLOR = '1';
    try {
      expect(makeContext({}).color).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });

  it('gives the rows as JSON with --json', async () => {
    const json = JSON.parse(await run(['compare', SAMPLES, '--section', 'problems', '--json']));
    expect(json.columns).toHaveLength(5);
    expect(json.sections[0].section).toBe('problems');
    // sparse: a cell for each report with units in the row, in column order
    const order = json.columns.map((c: { file: string }) => c.file);
    for (const r of json.sections[0].rows) {
      expect(r.cells).toHaveLength(r.reports);
      for (const c of r.cells) expect(c.units.length).toBeGreaterThan(0);
      const at = r.cells.map((c: { file: string }) => order.indexOf(c.file));
      expect(at).toEqual([...at].sort((a: number, b: number) => a - b));
    }
  });
});
