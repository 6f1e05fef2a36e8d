// JSON written piece by piece must read byte for byte as JSON.stringify(…, null, 2) of the whole: users diff and
// hash these outputs, and `parse --json` kept that format when it began to stream.
import { describe, it, expect } from 'vitest';
import { atDepth, JsonArrayWriter } from '../src/render/json.js';
import { readReport } from '../src/index.js';
import { reportToJson } from '../src/cli/parse.js';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runMain } from './helpers/cli.js';
import { ROOT, SAMPLES, S, samplePath } from './helpers/samples.js';

function streamed(elements: unknown[], depth = 0): string {
  let out = '';
  const w = new JsonArrayWriter((s) => (out += s), depth);
  for (const e of elements) w.push(e);
  w.end();
  return out;
}

const AWKWARD = [
  {},
  [],
  { a: [], b: {}, c: null, d: [1, [2, [3]]], e: '' },
  'line\nbreak\t"quoted" \\ 【全角】\u2028',
  { text: '一、主要举措\n(一) 加强领导', start: 0, end: 10, items: [{ marker: '一是', items: [] }] },
  null,
  undefined,
  3.5,
  true,
];

describe('JsonArrayWriter', () => {
  it('writes what JSON.stringify(array, null, 2) writes, for any elements', () => {
    expect(streamed([])).toBe(JSON.stringify([], null, 2));
    expect(streamed([1])).toBe(JSON.stringify([1], null, 2));
    expect(streamed(AWKWARD)).toBe(JSON.stringify(AWKWARD, null, 2));
  });

  it('nested at a depth, it reads as the same array inside other structure', () => {
    const whole = { columns: [{ file: 'a' }], rows: AWKWARD };
    const head = JSON.stringify({ columns: whole.columns }, null, 2).slice(0, -2);
    expect(head + ',\n  "rows": ' + streamed(AWKWARD, 1) + '\n}').toBe(JSON.stringify(whole, null, 2));
    expect(streamed([], 1)).toBe('[]');
  });

  it('atDepth indents every line, the first included', () => {
    expect(atDepth({ a: [1] }, 0)).toBe(JSON.stringify({ a: [1] }, null, 2));
    expect(atDepth({ a: [1] }, 2)).toBe('    {\n      "a": [\n        1\n      ]\n    }');
    expect(atDepth(undefined, 0)).toBe('null');
  });
});

describe('parse --json, streamed per report', () => {
  it('is byte for byte JSON.stringify of the reports, pretty-printed, in input order', async () => {
    const r = await runMain(['parse', '--json', SAMPLES]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out);
    expect(r.out).toBe(JSON.stringify(parsed, null, 2) + '\n');
    const changshou = parsed.find((x: { file: string }) => x.file === samplePath(S.changshou));
    expect(changshou).toEqual(JSON.parse(JSON.stringify(reportToJson(readReport(samplePath(S.changshou))))));
  });

  it('through a pipe read slowly (more than its buffer holds), the same bytes', async () => {
    const expected = (await runMain(['parse', '--json', SAMPLES, SAMPLES])).out;
    expect(expected.length).toBeGreaterThan(1 << 17);
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'govdiff.js'), 'parse', '--json', SAMPLES, SAMPLES]);
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 300));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  });

  it('nothing readable gives [] and exit 1, as before', async () => {
    const r = await runMain(['parse', '--json', samplePath('missing.txt')]);
    expect(r.out).toBe('[]\n');
    expect(r.code).toBe(1);
  });
});
