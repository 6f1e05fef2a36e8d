import { describe, it, expect } from 'vitest';
import { readReport, expandInputs } from '../src/index.js';
import { toPassimLines } from '../src/reuse/index.js';

describe('export --format passim', () => {
  const reports = expandInputs(['samples']).files.map((f) => readReport(f));
  const lines = toPassimLines(reports).split('\n').filter(Boolean).map((l) => JSON.parse(l));

  it('writes one JSON object per report with passim’s id, series and text', () => {
    expect(lines).toHaveLength(5);
    expect(new Set(lines.map((l) => l.id)).size).toBe(5);
    const first = lines[0];
    expect(first.id).toBe(reports[0].file);
    expect(first.series).toBe('重庆市长寿区招商投资促进局');
    expect(first.text).toBe(reports[0].text);
    expect(first.year).toBe(2021);
  });

  it('carries canonical sections as offsets into the text', () => {
    const l = lines.find((x) => x.id.includes('003'))!;
    const problems = l.sections.find((s: { canonical: string }) => s.canonical === 'problems');
    expect(l.text.slice(problems.start, problems.end)).toMatch(/^二、存在的问题/);
  });
});
